// The matrix's writes on sales: recordSale, reverseSale and importSales (see matrix-mutations.ts).
import type { AnyData } from "./http";
import { NOT_FOUND, ok, sees, sellerOnly, type MatrixRow, type Scene } from "./matrix-outcomes";

const IMPORT = (selection: string) => `mutation Import($input: ImportSalesInput!) {
  importSales(input: $input) { dryRun recordedCount lines { ${selection} } }
}`;

/** One line naming the target's referral code and A's promoted offer. */
const importLine = (s: Scene, orderId: string) => ({
  line: 2,
  orderId,
  referralCode: s.target.referralCode,
  offer: s.A.promotedOfferId,
  saleAmount: "10.00",
});

const outcomeOf = (d: AnyData): string | undefined => d.importSales.lines[0]?.outcome;

export const SALE_ROWS: Array<Omit<MatrixRow, "kind">> = [
  {
    operation: "Mutation.recordSale",
    label: "recordSale (the target's referral code)",
    document: `mutation Record($input: RecordSaleInput!) {
      recordSale(input: $input) { id orderId amount { amount } }
    }`,
    variables: (s) => ({
      input: {
        referralCode: s.target.referralCode,
        offerId: s.A.promotedOfferId,
        orderId: `order-${s.fresh}`,
        saleAmount: "10.00",
      },
    }),
    expect: sellerOnly(
      ok(
        (d, s) =>
          d.recordSale.orderId === `order-${s.fresh}` && d.recordSale.amount.amount === "1.00",
      ),
      NOT_FOUND,
    ),
  },
  {
    operation: "Mutation.reverseSale",
    label: "reverseSale (the target's order)",
    document:
      "mutation Reverse($orderId: String!) { reverseSale(orderId: $orderId) { id reversed } }",
    variables: (s) => ({ orderId: s.target.orderIds[0] }),
    expect: sellerOnly(
      ok((d) => d.reverseSale.reversed === true),
      NOT_FOUND,
    ),
  },
  {
    operation: "Mutation.importSales",
    label: "importSales (a new order of the target's referral code)",
    document: IMPORT("outcome commission { orderId amount { amount } }"),
    variables: (s) => ({ input: { rows: [importLine(s, `import-${s.fresh}`)], dryRun: false } }),
    expect: sellerOnly(
      ok(
        (d) =>
          outcomeOf(d) === "RECORDED" && d.importSales.lines[0].commission.amount.amount === "1.00",
      ),
      // Another seller's codes do not exist for B: a line's outcome, not an error.
      ok((d) => outcomeOf(d) === "UNKNOWN_REFERRAL_CODE" && d.importSales.recordedCount === 0),
    ),
  },
  {
    operation: "SaleImport.lines",
    label: "importSales dry run of the target's recorded order: its commission",
    document: IMPORT("outcome commission { id orderId offer { id } }"),
    variables: (s) => ({
      input: { rows: [importLine(s, s.target.orderIds[0] ?? "")], dryRun: true },
    }),
    expect: sellerOnly(
      sees(
        (s) => [s.A.promotedOfferId],
        (d) => outcomeOf(d) === "ALREADY_RECORDED",
      ),
      ok(
        (d) =>
          outcomeOf(d) === "UNKNOWN_REFERRAL_CODE" && d.importSales.lines[0].commission === null,
      ),
    ),
  },
];
