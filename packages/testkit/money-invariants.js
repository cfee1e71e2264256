// DESIGN's invariants 1, 4 and 7, checked against the rows: every running total equals the sum of
// the rows it keeps, and no withdrawal is half-written. The one copy of this SQL: the server's
// tests, the fault scenarios, the soak and the bench fixture's check all run it. Each query returns
// only the rows that break an invariant (grouped sums, no per-row subqueries), so it stays quick on
// the million-sale bench database as well as on a test's handful of rows.
"use strict";

/** Running totals of an affiliate against its commissions and withdrawals. */
const AFFILIATE_TOTALS = `
  SELECT a.id, a.sales_count, a.earned_cents, a.pending_cents, a.paid_cents, a.pending_count,
    a.approved_count, a.rejected_count, a.rejected_cents,
    COALESCE(c.sales, 0) AS rows_sales, COALESCE(c.earned, 0) AS rows_earned,
    COALESCE(w.pending, 0) AS rows_pending, COALESCE(w.paid, 0) AS rows_paid,
    COALESCE(w.pending_count, 0) AS rows_pending_count,
    COALESCE(w.approved_count, 0) AS rows_approved_count,
    COALESCE(w.rejected_count, 0) AS rows_rejected_count, COALESCE(w.rejected, 0) AS rows_rejected
  FROM affiliates a
  LEFT JOIN (
    SELECT affiliate_id, COUNT(*) AS sales, SUM(amount_cents) AS earned
    FROM commissions WHERE reversed_at IS NULL GROUP BY affiliate_id
  ) c ON c.affiliate_id = a.id
  LEFT JOIN (
    SELECT affiliate_id,
      SUM(IF(status = 'PENDING', amount_cents, 0)) AS pending,
      SUM(IF(status = 'APPROVED', amount_cents, 0)) AS paid,
      SUM(IF(status = 'REJECTED', amount_cents, 0)) AS rejected,
      SUM(status = 'PENDING') AS pending_count,
      SUM(status = 'APPROVED') AS approved_count,
      SUM(status = 'REJECTED') AS rejected_count
    FROM withdrawals GROUP BY affiliate_id
  ) w ON w.affiliate_id = a.id
  WHERE NOT (a.sales_count <=> COALESCE(c.sales, 0) AND a.earned_cents <=> COALESCE(c.earned, 0)
    AND a.pending_cents <=> COALESCE(w.pending, 0) AND a.paid_cents <=> COALESCE(w.paid, 0)
    AND a.pending_count <=> COALESCE(w.pending_count, 0)
    AND a.approved_count <=> COALESCE(w.approved_count, 0)
    AND a.rejected_count <=> COALESCE(w.rejected_count, 0)
    AND a.rejected_cents <=> COALESCE(w.rejected, 0))
  ORDER BY a.id`;

/** A promotion's sales and commission against the affiliate's commissions on that offer. */
const PROMOTION_TOTALS = `
  SELECT p.affiliate_id, p.offer_id, p.sales_count, p.commission_cents,
    COALESCE(c.sales, 0) AS rows_sales, COALESCE(c.commission, 0) AS rows_commission
  FROM offer_promotions p
  LEFT JOIN (
    SELECT affiliate_id, offer_id, COUNT(*) AS sales, SUM(amount_cents) AS commission
    FROM commissions WHERE reversed_at IS NULL GROUP BY affiliate_id, offer_id
  ) c ON c.affiliate_id = p.affiliate_id AND c.offer_id = p.offer_id
  WHERE NOT (p.sales_count <=> COALESCE(c.sales, 0)
    AND p.commission_cents <=> COALESCE(c.commission, 0))
  ORDER BY p.affiliate_id, p.offer_id`;

/** What a seller has recorded (reversed sales too: the cap) against its commissions. */
const SELLER_TOTALS = `
  SELECT s.id, s.recorded_commission_cents, COALESCE(c.recorded, 0) AS rows_recorded
  FROM sellers s
  LEFT JOIN (
    SELECT seller_id, SUM(amount_cents) AS recorded FROM commissions GROUP BY seller_id
  ) c ON c.seller_id = s.id
  WHERE NOT (s.recorded_commission_cents <=> COALESCE(c.recorded, 0))
  ORDER BY s.id`;

/** A withdrawal's history: opened by the request, one decision once decided, last event = status. */
const WITHDRAWAL_HISTORIES = `
  SELECT w.id, w.status, COALESCE(e.opened, 0) AS opened, COALESCE(e.decisions, 0) AS decisions,
    last.to_status AS last_status
  FROM withdrawals w
  LEFT JOIN (
    SELECT withdrawal_id, SUM(from_status IS NULL AND to_status = 'PENDING') AS opened,
      SUM(to_status <> 'PENDING') AS decisions, MAX(id) AS last_id
    FROM withdrawal_events GROUP BY withdrawal_id
  ) e ON e.withdrawal_id = w.id
  LEFT JOIN withdrawal_events last ON last.id = e.last_id
  WHERE NOT (COALESCE(e.opened, 0) = 1
    AND COALESCE(e.decisions, 0) = IF(w.status = 'PENDING', 0, 1)
    AND last.to_status <=> w.status)
  ORDER BY w.id`;

const COUNTS = `SELECT
  (SELECT COUNT(*) FROM affiliates) AS affiliates,
  (SELECT COUNT(*) FROM offer_promotions) AS promotions,
  (SELECT COUNT(*) FROM sellers) AS sellers,
  (SELECT COUNT(*) FROM withdrawals) AS withdrawals`;

const MONEY_INVARIANT_SQL = {
  AFFILIATE_TOTALS,
  PROMOTION_TOTALS,
  SELLER_TOTALS,
  WITHDRAWAL_HISTORIES,
};

const AFFILIATE_PAIRS = [
  ["sales_count", "rows_sales"],
  ["earned_cents", "rows_earned"],
  ["pending_cents", "rows_pending"],
  ["paid_cents", "rows_paid"],
  ["pending_count", "rows_pending_count"],
  ["approved_count", "rows_approved_count"],
  ["rejected_count", "rows_rejected_count"],
  ["rejected_cents", "rows_rejected"],
];

// As SQL's <=> does: NULL equals only NULL (the totals are NOT NULL, so a NULL is a violation too).
const differ = (a, b) => (a === null || b === null ? a !== b : Number(a) !== Number(b));

/**
 * Every way the database breaks the money invariants ([] when it keeps them all). `query` runs
 * one SELECT and resolves with its rows: `(sql) => dataSource.query(sql)` for TypeORM,
 * `(sql) => connection.query(sql).then(([rows]) => rows)` for mysql2.
 */
async function moneyInvariantViolations(query) {
  const violations = [];
  for (const row of await query(AFFILIATE_TOTALS)) {
    for (const [total, rows] of AFFILIATE_PAIRS) {
      if (differ(row[total], row[rows])) {
        violations.push(
          `affiliate ${row.id}: ${total} ${row[total]} but the rows sum to ${row[rows]}`,
        );
      }
    }
  }
  for (const row of await query(PROMOTION_TOTALS)) {
    const promotion = `promotion ${row.affiliate_id}/${row.offer_id}`;
    if (differ(row.sales_count, row.rows_sales)) {
      violations.push(`${promotion}: sales_count ${row.sales_count} but ${row.rows_sales} rows`);
    }
    if (differ(row.commission_cents, row.rows_commission)) {
      violations.push(
        `${promotion}: commission_cents ${row.commission_cents} but ${row.rows_commission}`,
      );
    }
  }
  for (const row of await query(SELLER_TOTALS)) {
    violations.push(
      `seller ${row.id}: recorded_commission_cents ${row.recorded_commission_cents} but the rows sum to ${row.rows_recorded}`,
    );
  }
  for (const row of await query(WITHDRAWAL_HISTORIES)) {
    violations.push(
      `withdrawal ${row.id} (${row.status}): ${row.opened} opening and ${row.decisions} decision events, last ${row.last_status}`,
    );
  }
  return violations;
}

/** The violations, and how many affiliates, promotions, sellers and withdrawals were checked. */
async function moneyInvariants(query) {
  const violations = await moneyInvariantViolations(query);
  const [counts] = await query(COUNTS);
  return {
    violations,
    counts: {
      affiliates: Number(counts.affiliates),
      promotions: Number(counts.promotions),
      sellers: Number(counts.sellers),
      withdrawals: Number(counts.withdrawals),
    },
  };
}

/** Throws unless the invariants hold; returns what was checked, for printing. */
async function assertMoneyInvariants(query, when) {
  const { violations, counts } = await moneyInvariants(query);
  if (violations.length) {
    throw new Error(`money invariants broken ${when}:\n  ${violations.join("\n  ")}`);
  }
  return `invariants hold ${when} (${counts.affiliates} affiliates, ${counts.promotions} promotions, ${counts.withdrawals} withdrawals with complete histories)`;
}

module.exports = {
  MONEY_INVARIANT_SQL,
  moneyInvariantViolations,
  moneyInvariants,
  assertMoneyInvariants,
};
