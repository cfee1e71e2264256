// The hold's invariants on a date: the dates each commission became or becomes available, and the
// onHold the services report against the rows.
import type { DataSource } from "typeorm";
import { onHoldLoader } from "../../src/modules/affiliates/affiliate-hold";

/** A commission available before its sale's UTC date, or later than the longest hold after it. */
const HOLD_DATES = `
  SELECT id, occurred_at, available_on FROM commissions
  WHERE available_on < DATE(occurred_at) OR available_on > DATE(occurred_at) + INTERVAL 365 DAY
  ORDER BY id`;

/** Each affiliate's earned total and, summed over all its rows, what is on hold on `?`. */
const HOLD_TOTALS = `
  SELECT a.id, a.earned_cents,
    COALESCE(SUM(IF(c.available_on > ? AND c.reversed_at IS NULL, c.amount_cents, 0)), 0) AS rows_on_hold
  FROM affiliates a LEFT JOIN commissions c ON c.affiliate_id = a.id
  GROUP BY a.id, a.earned_cents ORDER BY a.id`;

/** On `date`: the services' onHold against the rows, 0 ≤ onHold ≤ earned, and sane hold dates. */
export async function holdViolations(db: DataSource, date: string): Promise<string[]> {
  const violations = (await db.query(HOLD_DATES)).map(
    (row: Record<string, unknown>) =>
      `commission ${row.id}: sold ${String(row.occurred_at)}, available on ${row.available_on}`,
  );
  const totals: Array<Record<string, unknown>> = await db.query(HOLD_TOTALS, [date]);
  const reported = await onHoldLoader(db, () => date).loadMany(totals.map((row) => String(row.id)));
  for (const [n, row] of totals.entries()) {
    const served = reported[n];
    const servedCents = served instanceof Error ? String(served) : served?.onHoldCents;
    const [rowsCents, earnedCents] = [Number(row.rows_on_hold), Number(row.earned_cents)];
    if (servedCents !== rowsCents || rowsCents < 0 || rowsCents > earnedCents) {
      violations.push(
        `affiliate ${row.id} on ${date}: onHold ${servedCents}, rows on hold ${rowsCents}, earned ${earnedCents}`,
      );
    }
  }
  return violations;
}
