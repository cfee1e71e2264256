import type { PayoutReportLine } from "@allyhut/schema/domain";

/**
 * The payment lines of a provider's report (PayPal Payouts, Wise batch, AllyHut's result CSV); a
 * malformed file is BadInput("csv") naming the line. (Being written: see issue 13.)
 */
export function parsePayoutReport(csv: string): PayoutReportLine[] {
  throw new Error(`parsePayoutReport of ${csv.length} characters is not written yet`);
}
