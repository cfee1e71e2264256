import {
  CommissionType,
  WithdrawalStatus,
  availableOnOf,
  percentageCommissionCents,
} from "@allyhut/schema";
import type { DataSource, EntityManager } from "typeorm";
import { checkEmail } from "../modules/auth/credentials";
import { hashPassword } from "../modules/auth/password";
import { claimReceipts } from "../modules/withdrawals/withdrawal-receipt-claims";
import {
  DEMO_PASSWORD,
  DEMO_SELLERS,
  type DemoAffiliate,
  type DemoOffer,
  type DemoUser,
  type DemoWithdrawal,
} from "./demo-data";

const DAY_MS = 24 * 60 * 60 * 1000;

/** A time `days` (≥ 1) before `now`, at a set hour so the events of one day keep their order. */
const daysBefore = (now: Date, days: number, hour = 10): Date => {
  const at = new Date(now.getTime() - days * DAY_MS);
  at.setUTCHours(hour, 0, 0, 0);
  return at;
};

const commissionCents = (offer: DemoOffer): number =>
  offer.commissionType === CommissionType.PERCENTAGE
    ? percentageCommissionCents(offer.priceCents, offer.commissionValueHundredths)
    : offer.commissionValueHundredths;

async function insert(m: EntityManager, sql: string, values: unknown[]): Promise<string> {
  const result: { insertId: number } = await m.query(sql, values);
  return String(result.insertId);
}

/** A user to insert directly (demo data, test fixtures, the bench fixture). */
export interface NewUser {
  /** Given by the bench fixture, whose ids are arithmetic; otherwise AUTO_INCREMENT's. */
  id?: number;
  email: string;
  name: string;
  passwordHash: string;
  /** Default: the column's default (now). */
  createdAt?: Date;
}

/** Runs one statement (TypeORM's `query`, or mysql2's with its result unwrapped). */
export type RunStatement = (
  sql: string,
  values: unknown[],
) => Promise<{ insertId: number | string }>;

const USERS_PER_STATEMENT = 1_000;

/**
 * Inserts users as sign-up stores them: the email trimmed and checked, `email_normalized` as
 * sign-in compares it (auth/credentials' checkEmail: NFC, trimmed, lower-cased). The one way demo
 * data, test fixtures and the bench fixture put users straight into the table. Resolves with their
 * ids, in order. Users with ids go in statements of 1,000; others one by one (their AUTO_INCREMENT
 * ids read back from each insert).
 */
export async function insertUsers(run: RunStatement, users: NewUser[]): Promise<string[]> {
  if (users.length === 0) return [];
  const withIds = users.every((user) => user.id !== undefined);
  const withDates = users.every((user) => user.createdAt !== undefined);
  if (!withIds && users.some((user) => user.id !== undefined)) {
    throw new Error("insertUsers: give every user an id, or none");
  }
  if (!withDates && users.some((user) => user.createdAt !== undefined)) {
    throw new Error("insertUsers: give every user a createdAt, or none");
  }
  const columns = [
    ...(withIds ? ["id"] : []),
    "email",
    "email_normalized",
    "name",
    "password_hash",
    ...(withDates ? ["created_at"] : []),
  ];
  const valuesOf = (user: NewUser): unknown[] => {
    const { email, normalized } = checkEmail(user.email);
    return [
      ...(withIds ? [user.id] : []),
      email,
      normalized,
      user.name,
      user.passwordHash,
      ...(withDates ? [user.createdAt] : []),
    ];
  };
  const row = `(${columns.map(() => "?").join(", ")})`;
  const sql = (rows: number) =>
    `INSERT INTO users (${columns.join(", ")}) VALUES ${Array(rows).fill(row).join(", ")}`;
  if (!withIds) {
    const ids: string[] = [];
    for (const user of users) ids.push(String((await run(sql(1), valuesOf(user))).insertId));
    return ids;
  }
  for (let start = 0; start < users.length; start += USERS_PER_STATEMENT) {
    const batch = users.slice(start, start + USERS_PER_STATEMENT);
    await run(sql(batch.length), batch.flatMap(valuesOf));
  }
  return users.map((user) => String(user.id));
}

/** One user (see insertUsers); resolves with its id. */
export async function insertUser(run: RunStatement, user: NewUser): Promise<string> {
  const [id] = await insertUsers(run, [user]);
  return id as string;
}

const SEED_LOCK = "allyhut_seed";
const SEED_LOCK_TIMEOUT_SECONDS = 60;

/**
 * Loads the demo story (DESIGN, "Demo data") into an empty database (no users), in one transaction;
 * returns whether it loaded. A named lock makes concurrent seeders (two instances starting) load once.
 */
export async function seedDemoData(db: DataSource): Promise<boolean> {
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    const [lock] = await runner.query("SELECT GET_LOCK(?, ?) AS acquired", [
      SEED_LOCK,
      SEED_LOCK_TIMEOUT_SECONDS,
    ]);
    if (Number(lock.acquired) !== 1) throw new Error("another process is still seeding");
    try {
      const anyUser: unknown[] = await runner.query("SELECT id FROM users LIMIT 1");
      if (anyUser.length > 0) return false;
      const passwordHash = await hashPassword(DEMO_PASSWORD);
      await runner.startTransaction();
      try {
        await insertDemoData(runner.manager, passwordHash, new Date());
        await runner.commitTransaction();
      } catch (error) {
        await runner.rollbackTransaction();
        throw error;
      }
      return true;
    } finally {
      await runner.query("SELECT RELEASE_LOCK(?)", [SEED_LOCK]);
    }
  } finally {
    await runner.release();
  }
}

async function insertDemoData(m: EntityManager, passwordHash: string, now: Date): Promise<void> {
  const userIds = new Map<string, string>();
  const userId = async (user: DemoUser): Promise<string> => {
    const known = userIds.get(user.email);
    if (known) return known;
    const id = await insertUser((sql, values) => m.query(sql, values), {
      email: user.email,
      name: user.name,
      passwordHash,
      createdAt: daysBefore(now, 90),
    });
    userIds.set(user.email, id);
    return id;
  };
  for (const seller of DEMO_SELLERS) {
    const ownerId = await userId(seller.owner);
    const sellerId = await insert(
      m,
      "INSERT INTO sellers (owner_user_id, name, slug, currency_code, created_at) VALUES (?, ?, ?, ?, ?)",
      [ownerId, seller.name, seller.slug, seller.currencyCode, daysBefore(now, 90)],
    );
    const offers = new Map<string, { id: string; offer: DemoOffer }>();
    for (const offer of seller.offers) {
      const id = await insert(
        m,
        `INSERT INTO offers (seller_id, name, price_cents, commission_type, commission_value, active, url, hold_days, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          sellerId,
          offer.name,
          offer.priceCents,
          offer.commissionType,
          offer.commissionValueHundredths,
          offer.active ? 1 : 0,
          offer.url,
          offer.holdDays ?? 0,
          daysBefore(now, 80),
        ],
      );
      offers.set(offer.key, { id, offer });
    }
    const orders = { next: 1001 };
    for (const affiliate of seller.affiliates) {
      const context = { m, now, sellerId, ownerId, offers, orders };
      await insertAffiliate(context, affiliate, await userId(affiliate.user));
    }
  }
  await recomputeRunningTotals(m);
}

interface SellerContext {
  m: EntityManager;
  now: Date;
  sellerId: string;
  ownerId: string;
  offers: Map<string, { id: string; offer: DemoOffer }>;
  orders: { next: number };
}

async function insertAffiliate(
  { m, now, sellerId, ownerId, offers, orders }: SellerContext,
  affiliate: DemoAffiliate,
  userId: string,
): Promise<void> {
  const joinedAt = daysBefore(now, affiliate.joinedDaysAgo, 9);
  const affiliateId = await insert(
    m,
    `INSERT INTO affiliates (seller_id, user_id, name, email, status, referral_code, payment_method, payout_account, joined_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      sellerId,
      userId,
      affiliate.user.name,
      affiliate.user.email,
      affiliate.status,
      affiliate.referralCode,
      affiliate.paymentMethod,
      affiliate.payoutAccount,
      joinedAt,
    ],
  );
  const offerOf = (key: string) => {
    const found = offers.get(key);
    if (!found || !affiliate.promotes.includes(key)) {
      throw new Error(`demo data: ${affiliate.user.name} does not promote "${key}"`);
    }
    return found;
  };
  for (const key of affiliate.promotes) {
    await m.query(
      "INSERT INTO offer_promotions (affiliate_id, offer_id, promoted_since) VALUES (?, ?, ?)",
      [affiliateId, offerOf(key).id, daysBefore(now, affiliate.joinedDaysAgo - 1, 9)],
    );
  }
  for (const sale of affiliate.sales) {
    const { id: offerId, offer } = offerOf(sale.offer);
    const occurredAt = daysBefore(now, sale.daysAgo, 14);
    const reversedAt =
      sale.reversedDaysAgo === undefined ? null : daysBefore(now, sale.reversedDaysAgo, 14);
    await m.query(
      `INSERT INTO commissions (seller_id, affiliate_id, offer_id, order_id, sale_cents, amount_cents, occurred_at, reversed_at, created_at, available_on)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        sellerId,
        affiliateId,
        offerId,
        `ORDER-${orders.next++}`,
        offer.priceCents,
        commissionCents(offer),
        occurredAt,
        reversedAt,
        occurredAt,
        availableOnOf(occurredAt, offer.holdDays ?? 0),
      ],
    );
  }
  for (const withdrawal of affiliate.withdrawals) {
    await insertWithdrawal(
      m,
      now,
      { sellerId, ownerId, affiliateId, userId },
      affiliate,
      withdrawal,
    );
  }
}

async function insertWithdrawal(
  m: EntityManager,
  now: Date,
  ids: { sellerId: string; ownerId: string; affiliateId: string; userId: string },
  affiliate: DemoAffiliate,
  withdrawal: DemoWithdrawal,
): Promise<void> {
  const requestedAt = daysBefore(now, withdrawal.daysAgo, 11);
  const decision = withdrawal.decision;
  const decidedAt = decision ? daysBefore(now, decision.daysAgo, 16) : null;
  const final = withdrawal.status !== WithdrawalStatus.PENDING;
  const paidOn =
    withdrawal.status === WithdrawalStatus.APPROVED && decidedAt
      ? decidedAt.toISOString().slice(0, 10)
      : null;
  const withdrawalId = await insert(
    m,
    `INSERT INTO withdrawals (seller_id, affiliate_id, amount_cents, status, payment_method, payout_account,
       requested_at, receipt_number, paid_on, note, processed_at, processed_by_user_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      ids.sellerId,
      ids.affiliateId,
      withdrawal.amountCents,
      withdrawal.status,
      affiliate.paymentMethod,
      affiliate.payoutAccount,
      requestedAt,
      decision?.receiptNumber ?? null,
      paidOn,
      decision?.note ?? null,
      // A note on a PENDING withdrawal is not a decision: it stays unprocessed.
      final ? decidedAt : null,
      final ? ids.ownerId : null,
    ],
  );
  // As processWithdrawal does: a receipt on a withdrawal has its claim.
  if (decision?.receiptNumber) await claimReceipts(m, ids.sellerId, [decision.receiptNumber]);
  const event = `INSERT INTO withdrawal_events (withdrawal_id, at, actor_user_id, from_status, to_status, receipt_number, paid_on, note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`;
  await m.query(event, [withdrawalId, requestedAt, ids.userId, null, "PENDING", null, null, null]);
  if (decision && decidedAt) {
    await m.query(event, [
      withdrawalId,
      decidedAt,
      ids.ownerId,
      WithdrawalStatus.PENDING,
      withdrawal.status,
      decision.receiptNumber ?? null,
      paidOn,
      decision.note ?? null,
    ]);
  }
}

/** Every running total, from the rows it summarises (DESIGN, invariant 7). */
async function recomputeRunningTotals(m: EntityManager): Promise<void> {
  await m.query(`
    UPDATE affiliates a SET
      sales_count = (SELECT COUNT(*) FROM commissions c WHERE c.affiliate_id = a.id AND c.reversed_at IS NULL),
      earned_cents = (SELECT COALESCE(SUM(c.amount_cents), 0) FROM commissions c
                      WHERE c.affiliate_id = a.id AND c.reversed_at IS NULL),
      pending_cents = (SELECT COALESCE(SUM(w.amount_cents), 0) FROM withdrawals w
                       WHERE w.affiliate_id = a.id AND w.status = 'PENDING'),
      paid_cents = (SELECT COALESCE(SUM(w.amount_cents), 0) FROM withdrawals w
                    WHERE w.affiliate_id = a.id AND w.status = 'APPROVED'),
      pending_count = (SELECT COUNT(*) FROM withdrawals w WHERE w.affiliate_id = a.id AND w.status = 'PENDING'),
      approved_count = (SELECT COUNT(*) FROM withdrawals w WHERE w.affiliate_id = a.id AND w.status = 'APPROVED'),
      rejected_count = (SELECT COUNT(*) FROM withdrawals w WHERE w.affiliate_id = a.id AND w.status = 'REJECTED'),
      rejected_cents = (SELECT COALESCE(SUM(w.amount_cents), 0) FROM withdrawals w
                        WHERE w.affiliate_id = a.id AND w.status = 'REJECTED')`);
  await m.query(`
    UPDATE offer_promotions p SET
      sales_count = (SELECT COUNT(*) FROM commissions c
                     WHERE c.affiliate_id = p.affiliate_id AND c.offer_id = p.offer_id AND c.reversed_at IS NULL),
      commission_cents = (SELECT COALESCE(SUM(c.amount_cents), 0) FROM commissions c
                          WHERE c.affiliate_id = p.affiliate_id AND c.offer_id = p.offer_id AND c.reversed_at IS NULL)`);
  // Reversed sales count too: the cap on what a seller may record (commissions/commission-cap.ts).
  await m.query(`
    UPDATE sellers s SET recorded_commission_cents =
      (SELECT COALESCE(SUM(c.amount_cents), 0) FROM commissions c WHERE c.seller_id = s.id)`);
}
