import { formatCents } from "@allyhut/schema";
import { RequestWithdrawalDocument } from "../../src/gql/graphql";
import { newIdempotencyKey } from "../../src/lib/idempotency";
import { apiDecimalToCents } from "../../src/lib/money";
import {
  withdrawalAmountError,
  withdrawalRequestInput,
} from "../../src/routes/affiliate/withdrawal-request-rules";
import { apiJudged, expectVerdicts, webJudged, type Verdict } from "./support/verdicts";
import {
  availableOf,
  earnFifty,
  newAffiliate,
  newOffer,
  newSeller,
  type Affiliate,
  type Seller,
} from "./support/world";

// Request a withdrawal: the amount, against the available balance the form was given.
const plusCents = (amount: string, cents: number) => formatCents(apiDecimalToCents(amount) + cents);

const cases: [rule: string, expected: Verdict, amount: (available: string) => string][] = [
  ["an amount", "accepted", () => "1.00"],
  ["trimmed", "accepted", () => " 0.50 "],
  ["whole", "accepted", () => "7"],
  ["one cent", "accepted", () => "0.01"],
  ["zero", "refused", () => "0"],
  ["0.00", "refused", () => "0.00"],
  ["negative", "refused", () => "-1"],
  ["three decimals", "refused", () => "1.234"],
  ["an exponent", "refused", () => "1e3"],
  ["a decimal comma", "refused", () => "1,5"],
  ["14 digits", "refused", () => "12345678901234"],
  ["empty", "refused", () => ""],
  ["the largest Decimal", "refused", () => "9999999999999.99"],
  ["a cent above the available balance", "refused", (a) => plusCents(a, 1)],
  ["the whole available balance", "accepted", (a) => a],
];

describe("Request a withdrawal and requestWithdrawal agree", () => {
  let seller: Seller;
  let offerId: string;
  let affiliate: Affiliate;
  beforeAll(async () => {
    seller = await newSeller();
    offerId = await newOffer(seller);
    affiliate = await newAffiliate(seller, offerId);
  });

  it.each(cases)("%s → %s", async (_rule, expected, amount) => {
    await earnFifty(seller, affiliate, offerId);
    const available = await availableOf(affiliate);
    const typed = amount(available.amount);
    const web = webJudged(
      { amount: (value: string) => withdrawalAmountError(value, available) },
      { amount: typed },
    );
    const input = withdrawalRequestInput(affiliate.affiliateId, typed, newIdempotencyKey());
    const answer = await affiliate.client.send(RequestWithdrawalDocument, { input });
    expectVerdicts(expected, web, apiJudged(answer));
  });
});
