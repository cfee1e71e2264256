// Bad values in the sales page url, updateOffer's fields and importSales' list of lines.
import { SALE_IMPORT_MAX_ROWS } from "@allyhut/schema";
import {
  BAD_IDS,
  MALFORMED_DECIMALS,
  all,
  invalid,
  type CorpusGroup,
  type ValueTable,
} from "./corpus-cases";
import { OFFER, field, offer, table, type Slot } from "./corpus-slots";

const UPDATE_OFFER = `mutation M($input: UpdateOfferInput!) { updateOffer(input: $input) { id } }`;
const IMPORT_SALES = `mutation M($input: ImportSalesInput!) { importSales(input: $input) { dryRun } }`;

const BAD_URLS: ValueTable = [
  ...all("rule", [
    "http://coach.test/course",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "ftp://coach.test/course",
    "coach.test/course",
    "https://localhost/course",
    "https://",
    `https://coach.test/${"a".repeat(1982)}`,
    `https://coach.test/${"💸".repeat(1982)}`,
  ]),
  ...all("type", [42, { href: "https://coach.test" }, ["https://coach.test"]]),
];

const urlSlots: Slot[] = [
  {
    name: "createOffer.url",
    as: "seller",
    query: OFFER,
    field: "url",
    variables: (_, url) => ({ input: { ...offer, url } }),
  },
  {
    name: "updateOffer.url",
    as: "seller",
    query: UPDATE_OFFER,
    field: "url",
    variables: (t, url) => ({ input: { offerId: t.offerId, url } }),
  },
];

// updateOffer's fields may be null (unchanged): only values no field accepts.
const decimalSlots: Slot[] = ["price", "commissionValue"].map((name) => ({
  name: `updateOffer.${name}`,
  as: "seller",
  query: UPDATE_OFFER,
  field: name,
  variables: (t, value) => ({ input: { offerId: t.offerId, [name]: value } }),
}));

const line = (n: number) => ({
  line: n,
  orderId: `corpus-import-${n}`,
  referralCode: "CORPUS",
  offer: "Corpus offer",
  saleAmount: "10.00",
});

export const OFFER_IMPORT_GROUPS: CorpusGroup[] = [
  table("sales page urls", urlSlots, BAD_URLS),
  table(
    "malformed decimals in updateOffer",
    decimalSlots,
    all(
      "type",
      MALFORMED_DECIMALS.filter((value) => value !== null),
    ),
  ),
  field(
    {
      name: "updateOffer.offerId",
      as: "seller",
      query: UPDATE_OFFER,
      field: "offerId",
      variables: (_, offerId) => ({ input: { offerId, name: "Mine now" } }),
    },
    BAD_IDS,
  ),
  field(
    {
      name: "updateOffer.name",
      as: "seller",
      query: UPDATE_OFFER,
      field: "name",
      variables: (t, name) => ({ input: { offerId: t.offerId, name } }),
    },
    [...all("rule", ["", "   ", "n".repeat(201), "tab\there"]), ...all("type", [42, ["a"]])],
  ),
  field(
    {
      name: "importSales.rows",
      as: "seller",
      query: IMPORT_SALES,
      field: "rows",
      variables: (_, rows) => ({ input: { rows, dryRun: false } }),
    },
    [
      ...all("rule", [[], Array.from({ length: SALE_IMPORT_MAX_ROWS + 1 }, (_, n) => line(n + 2))]),
      // Each required field a line lacks is an error on rows; a wrong type is one on its field.
      ...all("type", [null, "rows", [{}]]),
      [[{ ...line(2), line: "two" }], invalid("line")],
      [[{ ...line(2), saleAmount: 10 }], invalid("saleAmount")],
      [[{ ...line(2), orderId: null }], invalid("orderId")],
    ],
  ),
];
