// DESIGN's invariants 1, 4 and 7, checked against the rows: every running total equals the sum it keeps.
import type { DataSource } from "typeorm";

/** Every way the database breaks the money invariants; [] when it keeps them all. */
export async function moneyInvariantViolations(db: DataSource): Promise<string[]> {
  const violations: string[] = [];
  const affiliates = await db.query(`
    SELECT a.id, a.sales_count, a.earned_cents, a.pending_cents, a.paid_cents, a.pending_count,
      a.approved_count, a.rejected_count, a.rejected_cents,
      (SELECT COUNT(*) FROM commissions c WHERE c.affiliate_id = a.id AND c.reversed_at IS NULL) AS rows_sales,
      (SELECT COALESCE(SUM(c.amount_cents), 0) FROM commissions c
        WHERE c.affiliate_id = a.id AND c.reversed_at IS NULL) AS rows_earned,
      (SELECT COALESCE(SUM(w.amount_cents), 0) FROM withdrawals w
        WHERE w.affiliate_id = a.id AND w.status = 'PENDING') AS rows_pending,
      (SELECT COALESCE(SUM(w.amount_cents), 0) FROM withdrawals w
        WHERE w.affiliate_id = a.id AND w.status = 'APPROVED') AS rows_paid,
      (SELECT COUNT(*) FROM withdrawals w WHERE w.affiliate_id = a.id AND w.status = 'PENDING') AS rows_pending_count,
      (SELECT COUNT(*) FROM withdrawals w WHERE w.affiliate_id = a.id AND w.status = 'APPROVED') AS rows_approved_count,
      (SELECT COUNT(*) FROM withdrawals w WHERE w.affiliate_id = a.id AND w.status = 'REJECTED') AS rows_rejected_count,
      (SELECT COALESCE(SUM(w.amount_cents), 0) FROM withdrawals w
        WHERE w.affiliate_id = a.id AND w.status = 'REJECTED') AS rows_rejected
    FROM affiliates a`);
  for (const row of affiliates) {
    for (const [total, rows] of [
      ["sales_count", "rows_sales"],
      ["earned_cents", "rows_earned"],
      ["pending_cents", "rows_pending"],
      ["paid_cents", "rows_paid"],
      ["pending_count", "rows_pending_count"],
      ["approved_count", "rows_approved_count"],
      ["rejected_count", "rows_rejected_count"],
      ["rejected_cents", "rows_rejected"],
    ] as const) {
      if (Number(row[total]) !== Number(row[rows])) {
        violations.push(
          `affiliate ${row.id}: ${total} ${row[total]} but the rows sum to ${row[rows]}`,
        );
      }
    }
  }
  const promotions = await db.query(`
    SELECT p.affiliate_id, p.offer_id, p.sales_count, p.commission_cents,
      COUNT(c.id) AS rows_sales, COALESCE(SUM(c.amount_cents), 0) AS rows_commission
    FROM offer_promotions p
    LEFT JOIN commissions c
      ON c.affiliate_id = p.affiliate_id AND c.offer_id = p.offer_id AND c.reversed_at IS NULL
    GROUP BY p.affiliate_id, p.offer_id, p.sales_count, p.commission_cents`);
  for (const row of promotions) {
    const promotion = `promotion ${row.affiliate_id}/${row.offer_id}`;
    if (Number(row.sales_count) !== Number(row.rows_sales)) {
      violations.push(`${promotion}: sales_count ${row.sales_count} but ${row.rows_sales} rows`);
    }
    if (Number(row.commission_cents) !== Number(row.rows_commission)) {
      violations.push(
        `${promotion}: commission_cents ${row.commission_cents} but ${row.rows_commission}`,
      );
    }
  }
  const sellers = await db.query(`
    SELECT s.id, s.recorded_commission_cents,
      (SELECT COALESCE(SUM(c.amount_cents), 0) FROM commissions c WHERE c.seller_id = s.id) AS rows_recorded
    FROM sellers s`);
  for (const row of sellers) {
    if (Number(row.recorded_commission_cents) !== Number(row.rows_recorded)) {
      violations.push(
        `seller ${row.id}: recorded_commission_cents ${row.recorded_commission_cents} but the rows sum to ${row.rows_recorded}`,
      );
    }
  }
  // History: opened by the request, one event per change, and its last event is the current status.
  const histories = await db.query(`
    SELECT w.id, w.status,
      (SELECT COUNT(*) FROM withdrawal_events e WHERE e.withdrawal_id = w.id AND e.from_status IS NULL
        AND e.to_status = 'PENDING') AS opened,
      (SELECT COUNT(*) FROM withdrawal_events e WHERE e.withdrawal_id = w.id
        AND e.to_status <> 'PENDING') AS decisions,
      (SELECT e.to_status FROM withdrawal_events e WHERE e.withdrawal_id = w.id
        ORDER BY e.id DESC LIMIT 1) AS last_status
    FROM withdrawals w`);
  for (const row of histories) {
    const decided = row.status === "PENDING" ? 0 : 1;
    if (
      Number(row.opened) !== 1 ||
      Number(row.decisions) !== decided ||
      row.last_status !== row.status
    ) {
      violations.push(
        `withdrawal ${row.id} (${row.status}): ${row.opened} opening and ${row.decisions} decision events, last ${row.last_status}`,
      );
    }
  }
  return violations;
}

/** Fails the test with every violation spelled out. */
export async function expectMoneyInvariants(db: DataSource): Promise<void> {
  expect(await moneyInvariantViolations(db)).toEqual([]);
}
