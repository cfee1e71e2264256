// The authorization matrix's world: two tenants, their records, sessions, and who may see what.
import { randomBytes } from "node:crypto";
import { WithdrawalStatus } from "@allyhut/schema";
import type { DataSource } from "typeorm";
import { SESSION_COOKIE, tokenHashOf } from "../../src/modules/auth/session";
import { PayoutBatchService } from "../../src/modules/payouts/payout-batch.service";
import {
  createAffiliate,
  createOffer,
  createSeller,
  createUser,
  moneyServices,
  serviceDeps,
  type SellerFixture,
} from "./fixtures";

export const unique = (): string => randomBytes(5).toString("hex");

/** A signed-in session made straight in the table (no password hashing): the Cookie header to send. */
export async function sessionCookieFor(db: DataSource, userId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.query(
    `INSERT INTO sessions (user_id, token_hash, created_at, expires_at)
     VALUES (?, ?, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3) + INTERVAL 1 DAY)`,
    [userId, tokenHashOf(token)],
  );
  return `${SESSION_COOKIE}=${token}`;
}

// Ids start far apart per table, so an id in a body names exactly one record of the world.
const ID_BASES: Record<string, number> = {
  users: 1_000_000,
  sellers: 2_000_000,
  offers: 3_000_000,
  affiliates: 4_000_000,
  commissions: 5_000_000,
  withdrawals: 6_000_000,
  payout_batches: 7_000_000,
  webhook_endpoints: 8_000_000,
  outbox_deliveries: 9_000_000,
};

export interface TenantRecords {
  sellerId: string;
  slug: string;
  /** The seller's name: public on its join page (sellerBySlug), like the slug. */
  name: string;
  owner: SellerFixture["owner"];
  fixture: SellerFixture;
  /** FLAT 1.00, promoted by the tenant's affiliates. */
  promotedOfferId: string;
  /** Active, promoted by nobody. */
  unpromotedOfferId: string;
  /** An OPEN payout batch of its affiliates' PENDING withdrawals, with one import (batchTenant). */
  batchId: string;
}

export interface AffiliateRecords {
  affiliateId: string;
  userId: string;
  email: string;
  referralCode: string;
  pendingWithdrawalId: string;
  /** Null for a fresh affiliate (it has only a pending one). */
  approvedWithdrawalId: string | null;
  orderIds: string[];
}

export async function separateIdRanges(db: DataSource): Promise<void> {
  for (const [table, base] of Object.entries(ID_BASES)) {
    await db.query(`ALTER TABLE \`${table}\` AUTO_INCREMENT = ${base}`);
  }
}

export async function createTenant(db: DataSource): Promise<TenantRecords> {
  const fixture = await createSeller(db);
  // A name of its own, so that the owner's name in an answer says whose it is.
  await db.query("UPDATE users SET name = ? WHERE id = ?", [
    `Owner ${unique()}`,
    fixture.owner.userId,
  ]);
  const [seller] = await db.query("SELECT slug, name FROM sellers WHERE id = ?", [
    fixture.sellerId,
  ]);
  return {
    sellerId: fixture.sellerId,
    slug: seller.slug,
    name: seller.name,
    owner: fixture.owner,
    fixture,
    promotedOfferId: await createOffer(db, fixture.sellerId, {
      commissionType: "FLAT",
      commissionValue: 100,
    }),
    unpromotedOfferId: await createOffer(db, fixture.sellerId),
    batchId: "",
  };
}

/** Puts the tenant's affiliates' PENDING withdrawals into a batch and imports a report into it. */
export async function batchTenant(
  db: DataSource,
  tenant: TenantRecords,
  affiliates: AffiliateRecords[],
): Promise<void> {
  const payoutBatches = new PayoutBatchService(serviceDeps(db));
  const batch = await payoutBatches.create(tenant.fixture.viewer, {
    withdrawalIds: affiliates.map((affiliate) => affiliate.pendingWithdrawalId),
  });
  await payoutBatches.importResults(tenant.fixture.viewer, {
    batchId: batch.id,
    csv: "reference,status,receipt_number,paid_on,note\nAH-W-1,FAILED,,,none\n",
    dryRun: false,
  });
  tenant.batchId = batch.id;
}

/**
 * An affiliate of `tenant` with `sales` sales of 1.00 commission, a PENDING withdrawal of 1.00 and,
 * with `approve`, an APPROVED one of 1.00 decided by the seller.
 */
export async function createAffiliateWithMoney(
  db: DataSource,
  tenant: TenantRecords,
  options: { sales: number; approve: boolean },
): Promise<AffiliateRecords> {
  const user = await createUser(db, { name: `Affiliate ${unique()}` });
  const affiliate = await createAffiliate(db, tenant.sellerId, {
    user,
    promotes: [tenant.promotedOfferId],
  });
  const { commissions, withdrawals } = moneyServices(db);
  const orderIds: string[] = [];
  for (let sale = 0; sale < options.sales; sale++) {
    const orderId = `order-${unique()}`;
    await commissions.record(tenant.fixture.viewer, {
      referralCode: affiliate.referralCode,
      offerId: tenant.promotedOfferId,
      orderId,
      saleCents: 1_000,
    });
    orderIds.push(orderId);
  }
  const ask = () =>
    withdrawals.request(affiliate.viewer, { affiliateId: affiliate.affiliateId, amountCents: 100 });
  let approvedWithdrawalId: string | null = null;
  if (options.approve) {
    const approved = await ask();
    await moneyServices(db).withdrawals.process(tenant.fixture.viewer, {
      withdrawalId: approved.id,
      status: WithdrawalStatus.APPROVED,
      receiptNumber: `receipt-${unique()}`,
      paidOn: new Date().toISOString().slice(0, 10),
      note: "paid",
    });
    approvedWithdrawalId = approved.id;
  }
  const pending = await ask();
  return {
    affiliateId: affiliate.affiliateId,
    userId: user.userId,
    email: user.email,
    referralCode: affiliate.referralCode,
    pendingWithdrawalId: pending.id,
    approvedWithdrawalId,
    orderIds,
  };
}

/** An id as it appears in a JSON body. */
export const quoted = (id: unknown): string => JSON.stringify(String(id));

/**
 * What would give away a tenant's records to `viewerUserId` (null: anonymous): nothing for its owner;
 * else its owner's email, its affiliates' ids, names, emails, codes, accounts, orders, withdrawals
 * and receipts (the viewer's own memberships excepted), and, unless the viewer is one of its
 * affiliates, its name, its offers' ids and names and its owner's id and name (an affiliate sees
 * them: its program, the offers it promotes, the owner in a withdrawal's history). Every name in the
 * world is unique (`Owner …`, `Seller seller-…`, `Offer …`, `Affiliate …`), so a name in an answer
 * says whose record it is.
 */
export async function markersOfTenant(
  db: DataSource,
  sellerId: string,
  viewerUserId: string | null,
): Promise<string[]> {
  const viewer = viewerUserId ?? "0";
  const [owner] = await db.query(
    `SELECT u.id, u.email, u.name, s.name AS seller_name FROM sellers s
     JOIN users u ON u.id = s.owner_user_id WHERE s.id = ?`,
    [sellerId],
  );
  if (String(owner.id) === viewer) return [];
  const [membership] = await db.query(
    "SELECT id FROM affiliates WHERE seller_id = ? AND user_id = ?",
    [sellerId, viewer],
  );
  const markers: string[] = [owner.email];
  if (!membership) {
    const offers = await db.query("SELECT id, name FROM offers WHERE seller_id = ?", [sellerId]);
    markers.push(quoted(owner.id), owner.name, owner.seller_name);
    for (const row of offers) markers.push(quoted(row.id), row.name);
    const batches = await db.query("SELECT id FROM payout_batches WHERE seller_id = ?", [sellerId]);
    for (const row of batches) markers.push(quoted(row.id));
  }
  const others = [sellerId, viewer];
  const affiliates = await db.query(
    `SELECT id, user_id, name, email, referral_code, payout_account FROM affiliates
     WHERE seller_id = ? AND user_id <> ?`,
    others,
  );
  for (const row of affiliates) {
    markers.push(
      quoted(row.id),
      quoted(row.user_id),
      row.name,
      row.email,
      row.referral_code,
      row.payout_account,
    );
  }
  const commissions = await db.query(
    `SELECT c.id, c.order_id FROM commissions c JOIN affiliates a ON a.id = c.affiliate_id
     WHERE c.seller_id = ? AND a.user_id <> ?`,
    others,
  );
  for (const row of commissions) markers.push(quoted(row.id), row.order_id);
  const withdrawals = await db.query(
    `SELECT w.id, w.payout_account, w.receipt_number FROM withdrawals w
     JOIN affiliates a ON a.id = w.affiliate_id WHERE w.seller_id = ? AND a.user_id <> ?`,
    others,
  );
  for (const row of withdrawals) {
    markers.push(
      quoted(row.id),
      row.payout_account,
      ...(row.receipt_number ? [row.receipt_number] : []),
    );
  }
  // A seller's webhook endpoints and what was posted to them are its owner's alone.
  const endpoints = await db.query("SELECT id, url FROM webhook_endpoints WHERE seller_id = ?", [
    sellerId,
  ]);
  for (const row of endpoints) markers.push(quoted(row.id), row.url);
  const deliveries = await db.query("SELECT id FROM outbox_deliveries WHERE seller_id = ?", [
    sellerId,
  ]);
  for (const row of deliveries) markers.push(quoted(row.id));
  // The owner may also be an affiliate of its own program: as the actor in history it stays visible.
  const ownerId = quoted(owner.id);
  return membership ? markers.filter((marker) => marker !== ownerId) : markers;
}

/**
 * Every table of the database, as its row count and CHECKSUM TABLE: equal before and after a request
 * means the request changed nothing anywhere (sessions and login throttles included).
 */
export async function wholeDatabase(db: DataSource): Promise<Record<string, string>> {
  const tables: Array<{ name: string }> = await db.query(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY table_name",
  );
  const state: Record<string, string> = {};
  for (const { name } of tables) {
    const [[{ n }], [{ Checksum }]] = await Promise.all([
      db.query(`SELECT COUNT(*) AS n FROM \`${name}\``),
      db.query(`CHECKSUM TABLE \`${name}\``),
    ]);
    state[name] = `${n} rows, checksum ${Checksum}`;
  }
  return state;
}

/** The tables whose state differs between two wholeDatabase() snapshots. */
export const changedTables = (
  before: Record<string, string>,
  after: Record<string, string>,
): string[] =>
  [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (table) => before[table] !== after[table],
  );
