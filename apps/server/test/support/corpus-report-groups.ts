// Bad `months` of the monthly totals: outside 1–36 is refused on "months", a non-integer by GraphQL.
// Affiliate.monthly (a nullable parent answers data with the error) and the CSV exports' bad filters
// (plain HTTP) are refused in reports.monthly.test.ts and reports.exports.http.test.ts.
import { all, type ValueTable } from "./corpus-cases";
import { field } from "./corpus-slots";

const BAD_MONTHS: ValueTable = [
  ...all("rule", [0, 37, -1, 2_147_483_647]),
  ...all("type", ["12", 1.5, true, [12]]),
];

export const REPORT_GROUPS = [
  field(
    {
      name: "payoutSummary.monthly.months",
      as: "seller",
      query: "query Q($months: Int) { payoutSummary { monthly(months: $months) { month } } }",
      field: "months",
      variables: (_, months) => ({ months }),
    },
    BAD_MONTHS,
  ),
];
