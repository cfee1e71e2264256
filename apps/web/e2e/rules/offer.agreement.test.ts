import { CommissionType } from "@allyhut/schema";
import { CreateOfferDocument } from "../../src/gql/graphql";
import {
  offerInput,
  offerValidators,
  type OfferValues,
} from "../../src/routes/seller/offers/offer-rules";
import { ASTRAL, COMBINING_E } from "./support/texts";
import { apiJudged, expectVerdicts, webJudged, type Verdict } from "./support/verdicts";
import { newSeller, type Seller } from "./support/world";

// Create an offer: name, price, a percentage or flat commission, and the hold, each varied alone.
const VALID: OfferValues = {
  name: "Masterclass",
  price: "49.00",
  commissionType: CommissionType.PERCENTAGE,
  commissionValue: "10",
};
const flat = (commissionValue: string, price = "49.00"): Partial<OfferValues> => ({
  commissionType: CommissionType.FLAT,
  commissionValue,
  price,
});

const cases: [rule: string, expected: Verdict, values: Partial<OfferValues>][] = [
  ["name: a name", "accepted", {}],
  ["name: trimmed", "accepted", { name: "  Masterclass  " }],
  ["name: empty", "refused", { name: "" }],
  ["name: blank", "refused", { name: "   " }],
  ["name: 200 characters", "accepted", { name: "n".repeat(200) }],
  ["name: 201 characters", "refused", { name: "n".repeat(201) }],
  ["name: 200 astral", "accepted", { name: ASTRAL.repeat(200) }],
  ["name: 201 astral", "refused", { name: ASTRAL.repeat(201) }],
  ["name: 100 e + combining accent (200)", "accepted", { name: COMBINING_E.repeat(100) }],
  [
    "name: 100 e + combining accent and an e (201)",
    "refused",
    { name: `${COMBINING_E.repeat(100)}e` },
  ],
  ["name: a line break inside", "refused", { name: "Master\nclass" }],
  ["price: whole", "accepted", { price: "49" }],
  ["price: trimmed", "accepted", { price: " 49.00 " }],
  ["price: one cent", "accepted", { price: "0.01" }],
  ["price: the largest Decimal", "accepted", { price: "9999999999999.99" }],
  ["price: zero", "refused", { price: "0" }],
  ["price: 0.00", "refused", { price: "0.00" }],
  ["price: negative", "refused", { price: "-1" }],
  ["price: three decimals", "refused", { price: "1.234" }],
  ["price: an exponent", "refused", { price: "1e3" }],
  ["price: a decimal comma", "refused", { price: "1,5" }],
  ["price: 14 digits", "refused", { price: "12345678901234" }],
  ["price: empty", "refused", { price: "" }],
  ["percentage: 0", "accepted", { commissionValue: "0" }],
  ["percentage: 12.5", "accepted", { commissionValue: "12.5" }],
  ["percentage: 100", "accepted", { commissionValue: "100" }],
  ["percentage: 100.00", "accepted", { commissionValue: "100.00" }],
  ["percentage: 100.01", "refused", { commissionValue: "100.01" }],
  ["percentage: negative", "refused", { commissionValue: "-1" }],
  ["percentage: empty", "refused", { commissionValue: "" }],
  ["flat: 0", "accepted", flat("0")],
  ["flat: the price", "accepted", flat("49")],
  ["flat: the price, 2 decimals", "accepted", flat("49.00")],
  ["flat: a cent above the price", "refused", flat("49.01")],
  ["flat: a cent on a one-cent price", "accepted", flat("0.01", "0.01")],
  ["flat: empty", "refused", flat("")],
  ["hold: none typed", "accepted", { holdDays: "" }],
  ["hold: 0", "accepted", { holdDays: "0" }],
  ["hold: 30, trimmed", "accepted", { holdDays: " 30 " }],
  ["hold: 365", "accepted", { holdDays: "365" }],
  ["hold: 366", "refused", { holdDays: "366" }],
  ["hold: negative", "refused", { holdDays: "-1" }],
  ["hold: a fraction", "refused", { holdDays: "1.5" }],
];

describe("Create an offer and createOffer agree", () => {
  let seller: Seller;
  beforeAll(async () => {
    seller = await newSeller();
  });

  it.each(cases)("%s → %s", async (_rule, expected, values) => {
    const typed = { ...VALID, ...values };
    const web = webJudged(offerValidators, typed);
    const answer = await seller.client.send(CreateOfferDocument, { input: offerInput(typed) });
    expectVerdicts(expected, web, apiJudged(answer));
  });
});
