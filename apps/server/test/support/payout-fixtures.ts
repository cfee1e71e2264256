// Payout-day scenes: a seller whose affiliates have PENDING withdrawals, written set-based so a
// 1000-withdrawal batch is quick to set up; the money invariants hold over them.
import { WithdrawalStatus } from "@allyhut/schema";
import { stringify } from "csv-stringify/sync";
import type { DataSource } from "typeorm";
import { PayoutBatchService } from "../../src/modules/payouts/payout-batch.service";
import {
  createAffiliate,
  createOffer,
  createSeller,
  moneyServices,
  serviceDeps,
  type AffiliateFixture,
  type SellerFixture,
} from "./fixtures";

export const payoutServices = (db: DataSource) => ({
  ...moneyServices(db),
  payoutBatches: new PayoutBatchService(serviceDeps(db)),
});

export interface PayoutScene {
  seller: SellerFixture;
  affiliates: AffiliateFixture[];
  /** The PENDING withdrawals' ids, oldest request first (affiliates take turns). */
  withdrawalIds: string[];
}

/**
 * A seller with `affiliates` affiliates who each earned 1,000.00 (one sale) and asked for
 * `withdrawalsEach` withdrawals of `amountCents`: bulk INSERTs with their opening events and totals.
 */
export async function payoutScene(
  db: DataSource,
  options: {
    affiliates?: number;
    withdrawalsEach?: number;
    amountCents?: number;
    currencyCode?: string;
    paymentMethod?: "PAYPAL" | "BANK_TRANSFER";
    /** The seller's owner can sign in over HTTP (FIXTURE_PASSWORD). */
    loginPassword?: boolean;
  } = {},
): Promise<PayoutScene> {
  const seller = await createSeller(db, {
    currencyCode: options.currencyCode,
    loginPassword: options.loginPassword,
  });
  const offerId = await createOffer(db, seller.sellerId, {
    commissionType: "FLAT",
    commissionValue: 100_000,
  });
  const affiliates: AffiliateFixture[] = [];
  const count = options.withdrawalsEach ?? 1;
  const amountCents = options.amountCents ?? 100;
  for (let n = 0; n < (options.affiliates ?? 1); n++) {
    const affiliate = await createAffiliate(db, seller.sellerId, { promotes: [offerId] });
    if (options.paymentMethod) {
      await db.query("UPDATE affiliates SET payment_method = ? WHERE id = ?", [
        options.paymentMethod,
        affiliate.affiliateId,
      ]);
    }
    await moneyServices(db).commissions.record(seller.viewer, {
      referralCode: affiliate.referralCode,
      offerId,
      orderId: `scene-${affiliate.affiliateId}`,
      saleCents: 200_000,
    });
    affiliates.push(affiliate);
  }
  if (count * amountCents > 100_000) throw new Error("a scene's affiliate earns 1,000.00");
  // Affiliate k's i-th request is the (i × affiliates + k)-th: they take turns, a millisecond apart.
  for (const [k, affiliate] of affiliates.entries()) {
    await db.query(
      `INSERT INTO withdrawals (seller_id, affiliate_id, amount_cents, status, payment_method,
         payout_account, requested_at)
       WITH RECURSIVE n (i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?)
       SELECT a.seller_id, a.id, ?, 'PENDING', a.payment_method, a.payout_account,
         TIMESTAMPADD(MICROSECOND, (n.i * ? + ?) * 1000, '2026-01-05 09:00:00')
       FROM affiliates a JOIN n WHERE a.id = ? ORDER BY n.i`,
      [count, amountCents, affiliates.length, k, affiliate.affiliateId],
    );
    await db.query(
      `INSERT INTO withdrawal_events (withdrawal_id, at, actor_user_id, from_status, to_status)
       SELECT w.id, w.requested_at, ?, NULL, 'PENDING' FROM withdrawals w WHERE w.affiliate_id = ?
         AND NOT EXISTS (SELECT 1 FROM withdrawal_events e WHERE e.withdrawal_id = w.id)`,
      [affiliate.user.userId, affiliate.affiliateId],
    );
    await db.query(
      `UPDATE affiliates SET pending_cents = pending_cents + ?, pending_count = pending_count + ?
       WHERE id = ?`,
      [count * amountCents, count, affiliate.affiliateId],
    );
  }
  const rows = await db.query(
    "SELECT id FROM withdrawals WHERE seller_id = ? AND status = ? ORDER BY requested_at, id",
    [seller.sellerId, WithdrawalStatus.PENDING],
  );
  return { seller, affiliates, withdrawalIds: rows.map((row: { id: unknown }) => String(row.id)) };
}

/** AllyHut's result CSV of these lines. */
export function resultCsv(
  lines: Array<{
    reference: string;
    status: "PAID" | "FAILED";
    receipt?: string;
    paidOn?: string;
    note?: string;
    amount?: string;
    currency?: string;
  }>,
): string {
  const withAmounts = lines.some((line) => line.amount !== undefined);
  const header = ["reference", "status", "receipt_number", "paid_on", "note"];
  if (withAmounts) header.push("amount", "currency");
  const rows = lines.map((line) => {
    const cells = [
      line.reference,
      line.status,
      line.receipt ?? "",
      line.paidOn ?? "",
      line.note ?? "",
    ];
    if (withAmounts) cells.push(line.amount ?? "", line.currency ?? "");
    return cells;
  });
  return stringify([header, ...rows]);
}

/** Every row a payout import may touch, to compare before and after a dry run. */
export async function payoutState(db: DataSource): Promise<unknown[]> {
  return Promise.all(
    [
      "SELECT * FROM withdrawals ORDER BY id",
      "SELECT * FROM withdrawal_events ORDER BY id",
      "SELECT * FROM affiliates ORDER BY id",
      "SELECT * FROM payout_batches ORDER BY id",
      "SELECT * FROM payout_imports ORDER BY id",
      "SELECT * FROM withdrawal_receipt_claims ORDER BY seller_id, receipt_number",
    ].map((sql) => db.query(sql)),
  );
}
