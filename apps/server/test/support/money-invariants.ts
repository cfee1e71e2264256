// DESIGN's invariants 1, 4 and 7, checked against the rows: every running total equals the sum it
// keeps. The SQL is @allyhut/testkit's, the one copy the fault scenarios, the soak and the bench use.
// Payout batches add theirs here: totals = their withdrawals, and OPEN ⇔ something PENDING in it.
// Checked on a date, holds add theirs: what the services report on hold is what the rows hold.
import { moneyInvariantViolations as violationsOf } from "@allyhut/testkit";
import type { DataSource } from "typeorm";
import { onHoldLoader } from "../../src/modules/affiliates/affiliate-hold";

/** A batch's running totals against its withdrawals, and its status against what is PENDING in it. */
const PAYOUT_BATCH_TOTALS = `
  SELECT b.id, b.status, b.item_count, b.total_cents, COALESCE(w.items, 0) AS rows_items,
    COALESCE(w.cents, 0) AS rows_cents, COALESCE(w.pending, 0) AS rows_pending
  FROM payout_batches b
  LEFT JOIN (
    SELECT payout_batch_id, COUNT(*) AS items, SUM(amount_cents) AS cents,
      SUM(status = 'PENDING') AS pending
    FROM withdrawals WHERE payout_batch_id IS NOT NULL GROUP BY payout_batch_id
  ) w ON w.payout_batch_id = b.id
  WHERE NOT (b.item_count <=> COALESCE(w.items, 0) AND b.total_cents <=> COALESCE(w.cents, 0)
    AND (b.status = 'OPEN') = (COALESCE(w.pending, 0) > 0))
  ORDER BY b.id`;

async function payoutBatchViolations(db: DataSource): Promise<string[]> {
  const rows = await db.query(PAYOUT_BATCH_TOTALS);
  return rows.map(
    (row: Record<string, unknown>) =>
      `payout batch ${row.id} (${row.status}): ${row.item_count} items of ${row.total_cents} cents, ` +
      `but its withdrawals are ${row.rows_items} of ${row.rows_cents}, ${row.rows_pending} PENDING`,
  );
}

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
async function holdViolations(db: DataSource, date: string): Promise<string[]> {
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

/**
 * Every way the database breaks the money invariants; [] when it keeps them all. With `on`
 * ("YYYY-MM-DD"), also the hold dates and what is on hold that day.
 */
export async function moneyInvariantViolations(
  db: DataSource,
  options: { on?: string } = {},
): Promise<string[]> {
  return [
    ...(await violationsOf((sql) => db.query(sql))),
    ...(await payoutBatchViolations(db)),
    ...(options.on === undefined ? [] : await holdViolations(db, options.on)),
  ];
}

/** Fails the test with every violation spelled out. */
export async function expectMoneyInvariants(
  db: DataSource,
  options: { on?: string } = {},
): Promise<void> {
  expect(await moneyInvariantViolations(db, options)).toEqual([]);
}
