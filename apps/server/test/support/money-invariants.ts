// DESIGN's invariants 1, 4 and 7, checked against the rows: every running total equals the sum it
// keeps. The SQL is @allyhut/testkit's, the one copy the fault scenarios, the soak and the bench use.
// Payout batches add theirs here: totals = their withdrawals, and OPEN ⇔ something PENDING in it;
// and every receipt on a withdrawal has its claim row.
// Checked on a date, holds add theirs: what the services report on hold is what the rows hold.
import { moneyInvariantViolations as violationsOf } from "@allyhut/testkit";
import type { DataSource } from "typeorm";
import { holdViolations } from "./hold-invariants";

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

/** The duplicate-receipt guard skips its check on a new claim: every receipt in use has a claim. */
const UNCLAIMED_RECEIPTS = `
  SELECT w.id, w.receipt_number FROM withdrawals w
  LEFT JOIN withdrawal_receipt_claims c
    ON c.seller_id = w.seller_id AND c.receipt_number = w.receipt_number
  WHERE w.receipt_number IS NOT NULL AND w.receipt_number <> '' AND c.seller_id IS NULL
  ORDER BY w.id`;

async function receiptClaimViolations(db: DataSource): Promise<string[]> {
  const rows = await db.query(UNCLAIMED_RECEIPTS);
  return rows.map(
    (row: Record<string, unknown>) =>
      `withdrawal ${row.id} carries receipt ${row.receipt_number}, which has no claim`,
  );
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
    ...(await receiptClaimViolations(db)),
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
