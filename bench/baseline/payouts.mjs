// The baseline's Payouts reads: the withdrawals page and the summary, from hand-written SQL.
import {
  GraphQLFailure,
  MAX_DECIMAL_CENTS,
  decodeCursor,
  encodeCursor,
  firstOf,
  iso,
  money,
  pageOf,
  sqlDateTime,
} from "./format.mjs";
import { sellerOf } from "./viewer.mjs";

export const withdrawalCursor = (row) =>
  encodeCursor([`REQUESTED_AT:${row.requested_at.getTime()}`, String(row.id)]);

const COUNT_COLUMNS = {
  PENDING: "pending_count",
  APPROVED: "approved_count",
  REJECTED: "rejected_count",
};

/** Payouts: the seller's withdrawals, newest first, optionally in one status. */
export async function payoutsPage(db, viewer, { first: firstArg, after, status }) {
  const sellerId = sellerOf(viewer);
  const first = firstOf(firstArg);
  const conditions = ["w.seller_id = ?"];
  const parameters = [sellerId];
  if (status) {
    if (!COUNT_COLUMNS[status]) throw new GraphQLFailure("BAD_USER_INPUT", "Unknown status.");
    conditions.push("w.status = ?");
    parameters.push(status);
  }
  if (after) {
    const [key, id] = decodeCursor(after);
    const requestedAt = sqlDateTime(new Date(Number(String(key).replace(/^REQUESTED_AT:/, ""))));
    conditions.push("(w.requested_at < ? OR (w.requested_at = ? AND w.id < ?))");
    parameters.push(requestedAt, requestedAt, id);
  }
  const counted = status
    ? COUNT_COLUMNS[status]
    : "pending_count + approved_count + rejected_count";
  // STRAIGHT_JOIN: always walk the withdrawals index of the order, then look up each affiliate.
  const [rows, [count]] = await Promise.all([
    db.run(
      `SELECT STRAIGHT_JOIN w.id, w.status, w.amount_cents, w.payment_method, w.payout_account,
         w.requested_at, w.affiliate_id, a.name AS affiliate_name
       FROM withdrawals w JOIN affiliates a ON a.id = w.affiliate_id
       WHERE ${conditions.join(" AND ")}
       ORDER BY w.requested_at DESC, w.id DESC LIMIT ${first + 1}`,
      parameters,
    ),
    db.run(
      `SELECT (SELECT currency_code FROM sellers WHERE id = ?) AS currency_code,
         COALESCE(SUM(${counted}), 0) AS total FROM affiliates WHERE seller_id = ?`,
      [sellerId, sellerId],
    ),
  ]);
  const page = pageOf(rows, first, withdrawalCursor);
  return {
    withdrawals: {
      totalCount: Number(count.total),
      pageInfo: page.pageInfo,
      nodes: page.nodes.map((row) => ({
        id: String(row.id),
        status: row.status,
        amount: money(row.amount_cents, count.currency_code),
        paymentMethod: row.payment_method,
        payoutAccount: row.payout_account,
        requestedAt: iso(row.requested_at),
        affiliate: { id: String(row.affiliate_id), name: row.affiliate_name },
      })),
    },
  };
}

/** The Payouts summary from the running totals (the same statement as AllyHut's). */
export async function payoutSummary(db, viewer) {
  const sellerId = sellerOf(viewer);
  const [row] = await db.run(
    `SELECT (SELECT currency_code FROM sellers WHERE id = ?) AS currency_code,
       COALESCE(SUM(pending_count), 0) AS pending_count,
       COALESCE(SUM(pending_cents), 0) AS pending_cents,
       COALESCE(SUM(approved_count), 0) AS approved_count,
       COALESCE(SUM(paid_cents), 0) AS paid_cents,
       COALESCE(SUM(rejected_count), 0) AS rejected_count,
       LEAST(COALESCE(SUM(rejected_cents), 0), ?) AS rejected_cents
     FROM affiliates WHERE seller_id = ?`,
    [sellerId, MAX_DECIMAL_CENTS, sellerId],
  );
  return {
    payoutSummary: {
      pendingCount: Number(row.pending_count),
      pendingTotal: money(row.pending_cents, row.currency_code),
      approvedCount: Number(row.approved_count),
      approvedTotal: money(row.paid_cents, row.currency_code),
      rejectedCount: Number(row.rejected_count),
      rejectedTotal: money(row.rejected_cents, row.currency_code),
    },
  };
}
