import { PaymentMethod } from "@allyhut/schema";
import { JoinProgramDocument, UpdatePayoutDetailsDocument } from "../../src/gql/graphql";
import {
  payoutDetailsInput,
  payoutDetailsValidators,
  type PayoutDetailsValues,
} from "../../src/routes/affiliate/payout-rules";
import { ASTRAL, emailOfLength } from "./support/texts";
import { apiJudged, expectVerdicts, webJudged, type Verdict } from "./support/verdicts";
import {
  newAffiliate,
  newOffer,
  newSeller,
  signedUpUser,
  type Affiliate,
  type Seller,
} from "./support/world";

// Payout details (Join the program, and Payout details in the affiliate center): one rule.
const paypal = (payoutAccount: string) => ({ paymentMethod: PaymentMethod.PAYPAL, payoutAccount });
const bank = (payoutAccount: string) => ({
  paymentMethod: PaymentMethod.BANK_TRANSFER,
  payoutAccount,
});

const cases: [rule: string, expected: Verdict, values: PayoutDetailsValues][] = [
  ["PayPal: an email", "accepted", paypal("clark@dailyplanet.test")],
  ["PayPal: trimmed", "accepted", paypal(" clark@dailyplanet.test ")],
  [
    "PayPal: a long address",
    "accepted",
    paypal("clark.kent.extremely.long.address@dailyplanet-newsroom.test"),
  ],
  ["PayPal: 254 characters", "accepted", paypal(emailOfLength(254))],
  ["PayPal: 255 characters", "refused", paypal(emailOfLength(255))],
  ["PayPal: astral local part", "accepted", paypal(`${ASTRAL}@dailyplanet.test`)],
  ["PayPal: not an email", "refused", paypal("clark-kent")],
  ["PayPal: no dot in the domain", "refused", paypal("clark@dailyplanet")],
  ["PayPal: a quote", "refused", paypal('cl"ark@dailyplanet.test')],
  ["PayPal: an underscore in the domain", "refused", paypal("clark@daily_planet.test")],
  ["PayPal: blank", "refused", paypal("   ")],
  ["bank: an IBAN", "accepted", bank("DE89 3704 0044 0532 0130 00")],
  ["bank: 3 characters", "accepted", bank("123")],
  ["bank: 1 character", "accepted", bank("7")],
  ["bank: empty", "refused", bank("")],
  ["bank: blank", "refused", bank(" \t ")],
  ["bank: 254 characters", "accepted", bank("1".repeat(254))],
  ["bank: 255 characters", "refused", bank("1".repeat(255))],
  ["bank: 254 astral", "accepted", bank(ASTRAL.repeat(254))],
  ["bank: 255 astral", "refused", bank(ASTRAL.repeat(255))],
  ["bank: a tab inside", "refused", bank("DE89\t3704")],
];

describe("the payout details forms and the API agree", () => {
  let seller: Seller;
  let affiliate: Affiliate;
  beforeAll(async () => {
    seller = await newSeller();
    affiliate = await newAffiliate(seller, await newOffer(seller));
  });

  it.each(cases)("updatePayoutDetails, %s → %s", async (_rule, expected, values) => {
    const web = webJudged(payoutDetailsValidators, values);
    const input = { affiliateId: affiliate.affiliateId, ...payoutDetailsInput(values) };
    const answer = await affiliate.client.send(UpdatePayoutDetailsDocument, { input });
    expectVerdicts(expected, web, apiJudged(answer));
  });

  it.each(cases.filter(([rule]) => /^(PayPal: (an email|not an email)|bank: 3)/.test(rule)))(
    "joinAffiliateProgram, %s → %s",
    async (_rule, expected, values) => {
      const web = webJudged(payoutDetailsValidators, values);
      const user = await signedUpUser();
      const input = { sellerSlug: seller.slug, ...payoutDetailsInput(values) };
      const answer = await user.send(JoinProgramDocument, { input });
      expectVerdicts(expected, web, apiJudged(answer));
    },
  );
});
