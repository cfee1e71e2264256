import { SELLER_CURRENCY_CODES } from "@allyhut/schema";
import { CreateSellerDocument } from "../../src/gql/graphql";
import {
  sellerInput,
  sellerValidators,
  type SellerValues,
} from "../../src/routes/onboarding/seller-rules";
import { ASTRAL, uniqueToken } from "./support/texts";
import { apiJudged, expectVerdicts, webJudged, type Verdict } from "./support/verdicts";
import { signedUpUser } from "./support/world";

// Create your seller account: name, program address (slug) and currency, each varied alone.
const valid = (): SellerValues => ({
  name: "Daily Planet Photo",
  slug: `rules-${uniqueToken()}`,
  currencyCode: "USD",
});

const slugOfLength = (length: number) => uniqueToken().padEnd(length, "a");

const cases: [rule: string, expected: Verdict, values: () => Partial<SellerValues>][] = [
  ["name: a name", "accepted", () => ({})],
  ["name: blank", "refused", () => ({ name: "   " })],
  ["name: 100 characters", "accepted", () => ({ name: "n".repeat(100) })],
  ["name: 101 characters", "refused", () => ({ name: "n".repeat(101) })],
  ["name: 100 astral", "accepted", () => ({ name: ASTRAL.repeat(100) })],
  ["name: 101 astral", "refused", () => ({ name: ASTRAL.repeat(101) })],
  ["name: a control character", "refused", () => ({ name: "Daily\u0000Planet" })],
  ["slug: 2 characters", "refused", () => ({ slug: "ab" })],
  ["slug: 3 characters", "accepted", () => ({ slug: slugOfLength(3) })],
  ["slug: 60 characters", "accepted", () => ({ slug: slugOfLength(60) })],
  ["slug: 61 characters", "refused", () => ({ slug: slugOfLength(61) })],
  ["slug: a double dash", "accepted", () => ({ slug: `a--${uniqueToken()}` })],
  ["slug: trimmed", "accepted", () => ({ slug: ` rules-${uniqueToken()} ` })],
  ["slug: a leading dash", "refused", () => ({ slug: `-${uniqueToken()}` })],
  ["slug: a trailing dash", "refused", () => ({ slug: `${uniqueToken()}-` })],
  ["slug: uppercase", "refused", () => ({ slug: `Rules-${uniqueToken()}` })],
  ["slug: a space", "refused", () => ({ slug: "daily planet" })],
  ["slug: a cedilla", "refused", () => ({ slug: "façade" })],
  ["slug: astral", "refused", () => ({ slug: `rules${ASTRAL}` })],
  ["slug: empty", "refused", () => ({ slug: "" })],
  ...SELLER_CURRENCY_CODES.map((currencyCode): (typeof cases)[number] => [
    `currency: ${currencyCode}, as offered`,
    "accepted",
    () => ({ currencyCode }),
  ]),
  ["currency: trimmed", "accepted", () => ({ currencyCode: " EUR " })],
  ["currency: JPY (no cents)", "refused", () => ({ currencyCode: "JPY" })],
  ["currency: lowercase", "refused", () => ({ currencyCode: "usd" })],
  ["currency: not ISO 4217", "refused", () => ({ currencyCode: "XYZ" })],
  ["currency: empty", "refused", () => ({ currencyCode: "" })],
];

describe("Create your seller account and createSeller agree", () => {
  it.each(cases)("%s → %s", async (_rule, expected, values) => {
    const typed = { ...valid(), ...values() };
    const web = webJudged(sellerValidators, typed);
    // A user owns one seller: every case gets a new one.
    const user = await signedUpUser();
    const answer = await user.send(CreateSellerDocument, { input: sellerInput(typed) });
    expectVerdicts(expected, web, apiJudged(answer));
  });
});
