import type { MonthTotalModel } from "@allyhut/schema/domain";
import { centsFrom, type Queryable, type Row } from "../../db/sql-values";

/** Whose months: a seller's (with its currency) or one affiliate's (with its seller's). */
export type MonthlyScope = { sellerId: string } | { affiliateId: string };

/** The first day of the month after "YYYY-MM", "YYYY-MM-DD". */
function dayAfterMonth(month: string): string {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber, 1)).toISOString().slice(0, 10);
}

/**
 * Commissions (not reversed) by UTC sale month and APPROVED withdrawals by month paid, over `months`
 * (consecutive "YYYY-MM", oldest first): one statement, two GROUP BYs over index ranges
 * (ix_commissions_seller_occurred and ix_withdrawals_seller_status_paid for a seller; the
 * affiliate's own keys for one affiliate), joined to the currency so an idle scope still answers.
 */
export async function monthlyTotals(
  db: Queryable,
  scope: MonthlyScope,
  months: string[],
): Promise<MonthTotalModel[]> {
  const from = `${months[0]}-01`;
  const until = dayAfterMonth(months[months.length - 1] ?? "");
  const [column, id, currencyOf] =
    "sellerId" in scope
      ? ["seller_id", scope.sellerId, "SELECT currency_code FROM sellers WHERE id = ?"]
      : [
          "affiliate_id",
          scope.affiliateId,
          `SELECT s.currency_code FROM affiliates a JOIN sellers s ON s.id = a.seller_id
           WHERE a.id = ?`,
        ];
  const rows: Row[] = await db.query(
    `SELECT c.currency_code, m.kind, m.month, m.cents FROM (${currencyOf}) c LEFT JOIN (
       SELECT 'C' AS kind, DATE_FORMAT(occurred_at, '%Y-%m') AS month, SUM(amount_cents) AS cents
       FROM commissions WHERE ${column} = ? AND occurred_at >= ? AND occurred_at < ?
         AND reversed_at IS NULL
       GROUP BY month
       UNION ALL
       SELECT 'P', DATE_FORMAT(paid_on, '%Y-%m'), SUM(amount_cents)
       FROM withdrawals WHERE ${column} = ? AND status = 'APPROVED' AND paid_on >= ? AND paid_on < ?
       GROUP BY 2
     ) m ON TRUE`,
    [id, id, from, until, id, from, until],
  );
  const currencyCode = String(rows[0]?.currency_code ?? "");
  const byMonth = new Map(
    months.map((month) => [month, { month, commissionsCents: 0, paidCents: 0, currencyCode }]),
  );
  for (const row of rows) {
    const total = byMonth.get(String(row.month));
    if (!total) continue;
    if (row.kind === "C") total.commissionsCents = centsFrom(row.cents);
    else total.paidCents = centsFrom(row.cents);
  }
  return [...byMonth.values()];
}
