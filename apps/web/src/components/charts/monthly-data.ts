// Monthly totals as a chart draws them: integer cents (never a float), with labels and a summary.
import { formatCents, parseDecimalToCents } from "@allyhut/schema";
import { formatMoney } from "../../lib/money";

/** One month as the API answers it (PayoutSummary.monthly, Affiliate.monthly). */
export interface MonthPoint {
  month: string;
  commissions: { amount: string; currencyCode: string };
  paid: { amount: string; currencyCode: string };
}

export interface ChartMonth {
  /** "Jan 2026". */
  label: string;
  commissions: number;
  paid: number;
}

const monthFormat = new Intl.DateTimeFormat(undefined, {
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** "2026-01" in the reader's words ("Jan 2026"): the API's months are UTC months. */
export const monthLabel = (month: string): string =>
  monthFormat.format(new Date(`${month}-01T00:00:00Z`));

export const chartMonths = (months: MonthPoint[]): ChartMonth[] =>
  months.map((point) => ({
    label: monthLabel(point.month),
    commissions: parseDecimalToCents(point.commissions.amount),
    paid: parseDecimalToCents(point.paid.amount),
  }));

/** Cents in the currency, for the chart's axis and tooltip. */
export const formatChartCents = (cents: number, currencyCode: string): string =>
  formatMoney(formatCents(cents), currencyCode);

/** The chart in one sentence, for its aria-label: the range, the totals and the busiest month. */
export function monthlySummary(title: string, months: MonthPoint[]): string {
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) return `${title}: no months.`;
  const currency = first.commissions.currencyCode;
  const data = chartMonths(months);
  const total = (key: "commissions" | "paid") => data.reduce((sum, month) => sum + month[key], 0);
  const busiest = data.reduce((best, month) =>
    month.commissions > best.commissions ? month : best,
  );
  const range = `${monthLabel(first.month)} to ${monthLabel(last.month)}`;
  const peak =
    busiest.commissions > 0
      ? ` Most commissions in ${busiest.label}: ${formatChartCents(busiest.commissions, currency)}.`
      : "";
  return (
    `${title}, ${range}: commissions ${formatChartCents(total("commissions"), currency)}, ` +
    `paid ${formatChartCents(total("paid"), currency)}.${peak}`
  );
}
