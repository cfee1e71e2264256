// Small SQL fixtures for the money tests: sellers, offers, affiliates and promotions, straight into the tables.
import { randomBytes } from "node:crypto";
import type { Viewer } from "@allyhut/schema/domain";
import pino from "pino";
import type { DataSource } from "typeorm";
import { insertUser } from "../../src/db/seed";
import { hashPassword } from "../../src/modules/auth/password";
import { CommissionService } from "../../src/modules/commissions/commission.service";
import { WithdrawalService } from "../../src/modules/withdrawals/withdrawal.service";

export const FIXTURE_PASSWORD = "fixture-password-1";

const silentLog = pino({ level: "silent" });
const unique = (): string => randomBytes(5).toString("hex");

/** What a service is built with, for a test that builds one directly (silent log, a local client). */
export const serviceDeps = (db: DataSource) => ({ db, log: silentLog, clientAddress: "127.0.0.1" });

/** Fresh per-request services, as the server builds them (so DataLoader caches never go stale). */
export function moneyServices(db: DataSource) {
  const deps = serviceDeps(db);
  return { commissions: new CommissionService(deps), withdrawals: new WithdrawalService(deps) };
}

export interface UserFixture {
  userId: string;
  name: string;
  email: string;
  /** The viewer when this user is signed in and owns no seller. */
  viewer: Viewer;
}

/** A user; with `loginPassword` it gets a real argon2 hash so it can sign in over HTTP. */
export async function createUser(
  db: DataSource,
  options: { name?: string; loginPassword?: boolean } = {},
): Promise<UserFixture> {
  const name = options.name ?? `User ${unique()}`;
  const email = `user-${unique()}@fixture.test`;
  const passwordHash = options.loginPassword ? await hashPassword(FIXTURE_PASSWORD) : "x";
  // As sign-up stores it: email_normalized by the services' normalization.
  const userId = await insertUser((sql, values) => db.query(sql, values), {
    email,
    name,
    passwordHash,
  });
  return { userId, name, email, viewer: { userId, sellerId: null } };
}

export interface SellerFixture {
  sellerId: string;
  owner: UserFixture;
  /** The seller's owner, signed in. */
  viewer: Viewer;
}

export async function createSeller(
  db: DataSource,
  options: { currencyCode?: string; loginPassword?: boolean } = {},
): Promise<SellerFixture> {
  const owner = await createUser(db, {
    name: "Seller Owner",
    loginPassword: options.loginPassword,
  });
  const slug = `seller-${unique()}`;
  const result = await db.query(
    "INSERT INTO sellers (owner_user_id, name, slug, currency_code) VALUES (?, ?, ?, ?)",
    [owner.userId, `Seller ${slug}`, slug, options.currencyCode ?? "USD"],
  );
  const sellerId = String(result.insertId);
  return { sellerId, owner, viewer: { userId: owner.userId, sellerId } };
}

export async function createOffer(
  db: DataSource,
  sellerId: string,
  options: {
    commissionType?: "PERCENTAGE" | "FLAT";
    /** Percent × 100 for PERCENTAGE, cents for FLAT. Default: 10.00 %. */
    commissionValue?: number;
    active?: boolean;
    priceCents?: number;
    /** Days each commission stays on hold; default 0. */
    holdDays?: number;
  } = {},
): Promise<string> {
  const result = await db.query(
    `INSERT INTO offers (seller_id, name, price_cents, commission_type, commission_value, active,
       hold_days) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    [
      sellerId,
      `Offer ${unique()}`,
      options.priceCents ?? 10_000,
      options.commissionType ?? "PERCENTAGE",
      options.commissionValue ?? 1_000,
      options.active === false ? 0 : 1,
      options.holdDays ?? 0,
    ],
  );
  return String(result.insertId);
}

export interface AffiliateFixture {
  affiliateId: string;
  referralCode: string;
  user: UserFixture;
  /** The affiliate's own user, signed in. */
  viewer: Viewer;
}

export async function createAffiliate(
  db: DataSource,
  sellerId: string,
  options: {
    status?: "ACTIVE" | "DISABLED";
    user?: UserFixture;
    promotes?: string[];
    payoutAccount?: string;
    loginPassword?: boolean;
  } = {},
): Promise<AffiliateFixture> {
  const user =
    options.user ??
    (await createUser(db, { name: "Affiliate", loginPassword: options.loginPassword }));
  const referralCode = `REF${unique().toUpperCase()}`;
  const result = await db.query(
    `INSERT INTO affiliates (seller_id, user_id, name, email, status, referral_code, payment_method,
       payout_account) VALUES (?, ?, ?, ?, ?, ?, 'PAYPAL', ?)`,
    [
      sellerId,
      user.userId,
      user.name,
      user.email,
      options.status ?? "ACTIVE",
      referralCode,
      options.payoutAccount ?? user.email,
    ],
  );
  const affiliateId = String(result.insertId);
  for (const offerId of options.promotes ?? []) await promote(db, affiliateId, offerId);
  return { affiliateId, referralCode, user, viewer: user.viewer };
}

export async function promote(db: DataSource, affiliateId: string, offerId: string): Promise<void> {
  await db.query("INSERT INTO offer_promotions (affiliate_id, offer_id) VALUES (?, ?)", [
    affiliateId,
    offerId,
  ]);
}

/** A seller with a FLAT 1.00 offer and an ACTIVE affiliate promoting it: the usual money scene. */
export async function createProgram(
  db: DataSource,
  options: { loginPassword?: boolean; commissionValue?: number } = {},
) {
  const seller = await createSeller(db, { loginPassword: options.loginPassword });
  const offerId = await createOffer(db, seller.sellerId, {
    commissionType: "FLAT",
    commissionValue: options.commissionValue ?? 100,
  });
  const affiliate = await createAffiliate(db, seller.sellerId, {
    promotes: [offerId],
    loginPassword: options.loginPassword,
  });
  return { seller, offerId, affiliate };
}

/** Records sales through the service until the affiliate has earned `cents` on a FLAT offer. */
export async function earn(
  db: DataSource,
  program: { seller: SellerFixture; offerId: string; affiliate: AffiliateFixture },
  cents: number,
): Promise<void> {
  const [offer] = await db.query("SELECT commission_value FROM offers WHERE id = ?", [
    program.offerId,
  ]);
  const perSale = Number(offer.commission_value);
  if (cents % perSale !== 0) throw new Error(`cannot earn ${cents} in sales of ${perSale}`);
  for (let sale = 0; sale < cents / perSale; sale++) {
    await moneyServices(db).commissions.record(program.seller.viewer, {
      referralCode: program.affiliate.referralCode,
      offerId: program.offerId,
      orderId: `order-${unique()}`,
      saleCents: 1_000,
    });
  }
}

/** The affiliate's balance as the running totals hold it (available = earned − pending − paid). */
export async function balanceOf(db: DataSource, affiliateId: string) {
  const [row] = await db.query(
    `SELECT earned_cents, pending_cents, paid_cents, sales_count, pending_count, approved_count,
       rejected_count FROM affiliates WHERE id = ?`,
    [affiliateId],
  );
  const earnedCents = Number(row.earned_cents);
  const pendingCents = Number(row.pending_cents);
  const paidCents = Number(row.paid_cents);
  return {
    earnedCents,
    pendingCents,
    paidCents,
    availableCents: earnedCents - pendingCents - paidCents,
    salesCount: Number(row.sales_count),
    pendingCount: Number(row.pending_count),
    approvedCount: Number(row.approved_count),
    rejectedCount: Number(row.rejected_count),
  };
}

/** Expects the promise to fail with an ApiError of this code (and, for BAD_USER_INPUT, this field). */
export async function expectApiError(
  promise: unknown,
  code: string,
  field?: string,
): Promise<void> {
  await expect(Promise.resolve(promise)).rejects.toMatchObject({
    extensions: field === undefined ? { code } : { code, field },
  });
}
