// A quick consistency check of the bench database: row counts, the running totals against the sums
// of their detail rows (DESIGN, invariants 1, 4 and 7: @allyhut/testkit's money invariants, the SQL
// the server's tests run, per affiliate, promotion, seller and withdrawal), and the shape the
// harness needs.
import { moneyInvariants } from "@allyhut/testkit";
import { BIG_SELLER_ID, PENDING_WITHDRAWALS } from "./fixture-shape.mjs";

const COUNTS = `SELECT
  (SELECT COUNT(*) FROM users) AS users,
  (SELECT COUNT(*) FROM sellers) AS sellers,
  (SELECT COUNT(*) FROM offers) AS offers,
  (SELECT COUNT(*) FROM affiliates) AS affiliates,
  (SELECT COUNT(*) FROM offer_promotions) AS offer_promotions,
  (SELECT COUNT(*) FROM commissions) AS commissions,
  (SELECT COUNT(*) FROM withdrawals) AS withdrawals,
  (SELECT COUNT(*) FROM withdrawals WHERE status = 'PENDING') AS pending_withdrawals,
  (SELECT COUNT(*) FROM withdrawal_events) AS withdrawal_events`;

// Totals summed two ways: from the running totals and from the detail rows.
const SUMS = `SELECT
  (SELECT SUM(sales_count) FROM affiliates) AS total_sales,
  (SELECT COUNT(*) FROM commissions WHERE reversed_at IS NULL) AS row_sales,
  (SELECT SUM(earned_cents) FROM affiliates) AS total_earned,
  (SELECT SUM(amount_cents) FROM commissions WHERE reversed_at IS NULL) AS row_earned,
  (SELECT SUM(pending_cents) FROM affiliates) AS total_pending,
  (SELECT SUM(amount_cents) FROM withdrawals WHERE status = 'PENDING') AS row_pending,
  (SELECT SUM(paid_cents) FROM affiliates) AS total_paid,
  (SELECT SUM(amount_cents) FROM withdrawals WHERE status = 'APPROVED') AS row_paid,
  (SELECT SUM(rejected_cents) FROM affiliates) AS total_rejected,
  (SELECT SUM(amount_cents) FROM withdrawals WHERE status = 'REJECTED') AS row_rejected,
  (SELECT SUM(pending_count + approved_count + rejected_count) FROM affiliates) AS total_withdrawals,
  (SELECT COUNT(*) FROM withdrawals) AS row_withdrawals,
  (SELECT SUM(commission_cents) FROM offer_promotions) AS total_promotion_cents,
  (SELECT SUM(sales_count) FROM offer_promotions) AS total_promotion_sales`;

// Loaded with foreign_key_checks off: every row's parents exist and belong to the same seller.
const TENANCY = `SELECT
  (SELECT COUNT(*) FROM commissions c LEFT JOIN affiliates a ON a.id = c.affiliate_id
     LEFT JOIN offers o ON o.id = c.offer_id
   WHERE a.id IS NULL OR o.id IS NULL OR a.seller_id <> c.seller_id OR o.seller_id <> c.seller_id) AS bad_commissions,
  (SELECT COUNT(*) FROM withdrawals w LEFT JOIN affiliates a ON a.id = w.affiliate_id
   WHERE a.id IS NULL OR a.seller_id <> w.seller_id) AS bad_withdrawals`;

const SHAPE = `SELECT
  (SELECT MIN(earned_cents - pending_cents - paid_cents) FROM affiliates) AS min_available_cents,
  (SELECT COUNT(*) FROM affiliates WHERE seller_id = ?) AS big_affiliates,
  (SELECT COUNT(*) FROM commissions WHERE seller_id = ?) AS big_commissions,
  (SELECT COUNT(*) FROM withdrawals WHERE seller_id = ?) AS big_withdrawals,
  (SELECT COUNT(*) FROM withdrawals WHERE seller_id = ? AND status = 'PENDING') AS big_pending`;

const n = (value) => Number(value).toLocaleString("en");

/** Runs the checks; `lines` says what was found, `ok` whether all of it holds. */
export async function checkFixture(db) {
  const lines = [];
  let ok = true;
  const expect = (label, holds, detail) => {
    ok &&= holds;
    lines.push(`${holds ? "ok  " : "FAIL"} ${label}: ${detail}`);
  };
  const [[counts]] = await db.query(COUNTS);
  lines.push(
    "rows: " +
      Object.entries(counts)
        .map(([table, count]) => `${table} ${n(count)}`)
        .join(", "),
  );
  const [[sums]] = await db.query(SUMS);
  for (const [total, rows] of [
    ["total_sales", "row_sales"],
    ["total_earned", "row_earned"],
    ["total_pending", "row_pending"],
    ["total_paid", "row_paid"],
    ["total_rejected", "row_rejected"],
    ["total_withdrawals", "row_withdrawals"],
    ["total_promotion_cents", "row_earned"],
    ["total_promotion_sales", "row_sales"],
  ]) {
    const holds = String(sums[total]) === String(sums[rows]);
    expect(`${total} = ${rows}`, holds, `${n(sums[total])} vs ${n(sums[rows])}`);
  }
  // Per row, not only in sum: a total off by +1 here and -1 there would hide in the sums.
  const invariants = await moneyInvariants((sql) => db.query(sql).then(([rows]) => rows));
  const checked = invariants.counts;
  expect(
    `money invariants (${n(checked.affiliates)} affiliates, ${n(checked.promotions)} promotions, ` +
      `${n(checked.sellers)} sellers, ${n(checked.withdrawals)} withdrawals and their histories)`,
    invariants.violations.length === 0,
    invariants.violations.length === 0
      ? "0 violations"
      : `${n(invariants.violations.length)} violations, first: ${invariants.violations.slice(0, 5).join("; ")}`,
  );
  const [[tenancy]] = await db.query(TENANCY);
  expect(
    "commissions without their affiliate or offer, or of another seller",
    Number(tenancy.bad_commissions) === 0,
    n(tenancy.bad_commissions),
  );
  expect(
    "withdrawals without their affiliate, or of another seller",
    Number(tenancy.bad_withdrawals) === 0,
    n(tenancy.bad_withdrawals),
  );
  const [[shape]] = await db.query(SHAPE, Array(4).fill(BIG_SELLER_ID));
  expect(
    "smallest available balance (cents, never below 0)",
    Number(shape.min_available_cents) >= 0,
    n(shape.min_available_cents),
  );
  expect(
    `seller ${BIG_SELLER_ID}: PENDING withdrawals (page 10,000 of 20 needs ${n(PENDING_WITHDRAWALS)})`,
    Number(shape.big_pending) >= PENDING_WITHDRAWALS,
    n(shape.big_pending),
  );
  lines.push(
    `seller ${BIG_SELLER_ID}: ${n(shape.big_affiliates)} affiliates, ${n(shape.big_commissions)} sales, ` +
      `${n(shape.big_withdrawals)} withdrawals`,
  );
  return { ok, lines };
}
