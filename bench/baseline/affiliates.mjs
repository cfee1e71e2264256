// The baseline's affiliate reads: hand-written SQL per screen, independent statements in parallel.
import {
  GraphQLFailure,
  balance,
  decodeCursor,
  encodeCursor,
  firstOf,
  iso,
  money,
  pageOf,
} from "./format.mjs";
import { withdrawalCursor } from "./payouts.mjs";
import { sellerOf } from "./viewer.mjs";

const placeholders = (values) => values.map(() => "?").join(", ");

/** My Affiliates by commission total, descending. */
export async function affiliatesPage(db, viewer, { first: firstArg, after }) {
  const sellerId = sellerOf(viewer);
  const first = firstOf(firstArg);
  const parameters = [sellerId];
  let keyset = "";
  if (after) {
    const [key, id] = decodeCursor(after);
    const earned = Number(String(key).replace(/^COMMISSION_TOTAL:/, ""));
    keyset = "AND (a.earned_cents < ? OR (a.earned_cents = ? AND a.id < ?))";
    parameters.push(earned, earned, id);
  }
  const [rows, [count]] = await Promise.all([
    db.run(
      `SELECT a.id, a.name, a.email, a.status, a.sales_count, a.earned_cents, a.pending_cents,
         a.pending_count, s.currency_code
       FROM affiliates a JOIN sellers s ON s.id = a.seller_id
       WHERE a.seller_id = ? ${keyset} ORDER BY a.earned_cents DESC, a.id DESC LIMIT ${first + 1}`,
      parameters,
    ),
    db.run("SELECT COUNT(*) AS total FROM affiliates WHERE seller_id = ?", [sellerId]),
  ]);
  const page = pageOf(rows, first, (row) =>
    encodeCursor([`COMMISSION_TOTAL:${row.earned_cents}`, String(row.id)]),
  );
  const ids = page.nodes.map((row) => row.id);
  const promotions = ids.length
    ? await db.run(
        `SELECT affiliate_id, offer_id FROM offer_promotions WHERE affiliate_id IN (${placeholders(ids)})
         ORDER BY affiliate_id, promoted_since, offer_id`,
        ids,
      )
    : [];
  const offersOf = new Map();
  for (const promotion of promotions) {
    const offers = offersOf.get(promotion.affiliate_id) ?? [];
    offers.push(String(promotion.offer_id));
    offersOf.set(promotion.affiliate_id, offers);
  }
  return {
    affiliates: {
      totalCount: Number(count.total),
      pageInfo: page.pageInfo,
      nodes: page.nodes.map((row) => ({
        id: String(row.id),
        name: row.name,
        email: row.email,
        status: row.status,
        salesCount: row.sales_count,
        commissionTotal: money(row.earned_cents, row.currency_code),
        pendingWithdrawalCount: row.pending_count,
        balance: { pending: money(row.pending_cents, row.currency_code) },
        offers: (offersOf.get(row.id) ?? []).map((offerId) => ({ offer: { id: offerId } })),
      })),
    },
  };
}

/** One affiliate (the seller's, or the viewer's own): profile, offers, commissions, withdrawals. */
export async function affiliateOverview(db, viewer, { id, first: firstArg }) {
  if (!viewer) throw new GraphQLFailure("UNAUTHENTICATED", "Sign in first.");
  const first = firstOf(firstArg);
  const [affiliate] = await db.run(
    `SELECT a.*, s.currency_code,
       (SELECT COUNT(*) FROM commissions c WHERE c.affiliate_id = a.id) AS commission_count
     FROM affiliates a JOIN sellers s ON s.id = a.seller_id
     WHERE a.id = ? AND (a.seller_id = ? OR a.user_id = ?)`,
    [id, viewer.sellerId, viewer.userId],
  );
  if (!affiliate) return { affiliate: null };
  const currency = affiliate.currency_code;
  const [promotions, commissionRows, withdrawalRows] = await Promise.all([
    db.run(
      `SELECT p.offer_id, p.promoted_since, p.sales_count, p.commission_cents, o.name,
         o.commission_type, o.commission_value, o.price_cents
       FROM offer_promotions p JOIN offers o ON o.id = p.offer_id
       WHERE p.affiliate_id = ? ORDER BY p.promoted_since, p.offer_id`,
      [affiliate.id],
    ),
    db.run(
      `SELECT c.id, c.order_id, c.occurred_at, c.reversed_at, c.offer_id, o.name AS offer_name,
         c.sale_cents, c.amount_cents
       FROM commissions c JOIN offers o ON o.id = c.offer_id
       WHERE c.affiliate_id = ? ORDER BY c.occurred_at DESC, c.id DESC LIMIT ${first + 1}`,
      [affiliate.id],
    ),
    db.run(
      `SELECT id, amount_cents, status, payment_method, payout_account, requested_at,
         receipt_number, paid_on, note
       FROM withdrawals WHERE affiliate_id = ? ORDER BY requested_at DESC, id DESC LIMIT ${first + 1}`,
      [affiliate.id],
    ),
  ]);
  // The latest sale first (occurred_at DESC, id DESC), its cursor "OCCURRED_AT:epoch ms", as AllyHut's.
  const commissions = pageOf(commissionRows, first, (row) =>
    encodeCursor([`OCCURRED_AT:${row.occurred_at.getTime()}`, String(row.id)]),
  );
  const withdrawals = pageOf(withdrawalRows, first, withdrawalCursor);
  return {
    affiliate: {
      id: String(affiliate.id),
      name: affiliate.name,
      email: affiliate.email,
      status: affiliate.status,
      joinedAt: iso(affiliate.joined_at),
      referralCode: affiliate.referral_code,
      paymentMethod: affiliate.payment_method,
      payoutAccount: affiliate.payout_account,
      salesCount: affiliate.sales_count,
      pendingWithdrawalCount: affiliate.pending_count,
      commissionTotal: money(affiliate.earned_cents, currency),
      balance: balance(affiliate),
      offers: promotions.map((row) => ({
        promotedSince: iso(row.promoted_since),
        salesCount: row.sales_count,
        commissionTotal: money(row.commission_cents, currency),
        offer: {
          id: String(row.offer_id),
          name: row.name,
          commissionType: row.commission_type,
          commissionValue: money(row.commission_value, currency).amount,
          price: money(row.price_cents, currency),
        },
      })),
      commissions: {
        totalCount: Number(affiliate.commission_count),
        pageInfo: commissions.pageInfo,
        nodes: commissions.nodes.map((row) => ({
          id: String(row.id),
          orderId: row.order_id,
          occurredAt: iso(row.occurred_at),
          reversed: row.reversed_at !== null,
          offer: { id: String(row.offer_id), name: row.offer_name },
          saleAmount: money(row.sale_cents, currency),
          amount: money(row.amount_cents, currency),
        })),
      },
      withdrawals: {
        totalCount: affiliate.pending_count + affiliate.approved_count + affiliate.rejected_count,
        pageInfo: withdrawals.pageInfo,
        nodes: withdrawals.nodes.map((row) => ({
          id: String(row.id),
          amount: money(row.amount_cents, currency),
          status: row.status,
          paymentMethod: row.payment_method,
          payoutAccount: row.payout_account,
          requestedAt: iso(row.requested_at),
          receiptNumber: row.receipt_number,
          paidOn: row.paid_on,
          note: row.note,
        })),
      },
    },
  };
}
