// The matrix's reporting rows: the seller's monthly totals are its own; an affiliate's are for whoever
// can see the affiliate (its seller, its own user).
import { ok, readable, sellerOnly, type MatrixRow } from "./matrix-outcomes";

const thisMonth = () => new Date().toISOString().slice(0, 7);
type Month = { month: string; paid: { amount: string } };
const lastOf = (months: Month[]) => months[months.length - 1];

export const REPORT_QUERY_ROWS: Array<Omit<MatrixRow, "kind">> = [
  {
    operation: "PayoutSummary.monthly",
    label: "payoutSummary.monthly",
    document:
      "query { payoutSummary { monthly(months: 3) { month commissions { amount } paid { amount } } } }",
    // A paid one withdrawal of 1.00 per affiliate (2), B one (1), all this month.
    expect: sellerOnly(
      ok((d) => {
        const months = d.payoutSummary.monthly as Month[];
        return (
          months.length === 3 &&
          lastOf(months)?.month === thisMonth() &&
          lastOf(months)?.paid.amount === "2.00"
        );
      }),
      ok((d) => lastOf(d.payoutSummary.monthly)?.paid.amount === "1.00"),
    ),
  },
  {
    operation: "Affiliate.monthly",
    label: "affiliate(id).monthly",
    document: `query Affiliate($id: ID!) {
      affiliate(id: $id) { id monthly { month commissions { amount } paid { amount } } }
    }`,
    variables: (s) => ({ id: s.target.affiliateId }),
    expect: readable(
      ok(
        (d) =>
          d.affiliate.monthly.length === 12 && lastOf(d.affiliate.monthly)?.month === thisMonth(),
      ),
    ),
  },
];
