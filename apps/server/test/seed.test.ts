import { CommissionType, WithdrawalStatus, formatCents } from "@allyhut/schema";
import { verifyPassword } from "../src/modules/auth/password";
import {
  DEMO_PASSWORD,
  DEMO_SELLERS,
  type DemoAffiliate,
  type DemoSeller,
} from "../src/db/demo-data";
import { seedDemoData } from "../src/db/seed";
import { balancesOfProgram } from "./support/api-balance";
import { createTestDatabase, type TestDatabase, useTestDatabase } from "./support/database";
import { halfUpPercentageCents } from "./support/model";
import { expectMoneyInvariants } from "./support/money-invariants";

/**
 * What an affiliate's story in demo-data.ts adds up to, worked out here from the story alone: each
 * sale is of its offer at the offer's price and earns the offer's commission rule (a percentage
 * rounded half-up, or the flat amount) unless it was refunded; withdrawals count by their status.
 */
function storyOf(seller: DemoSeller, affiliate: DemoAffiliate) {
  const commissionOf = (key: string): number => {
    const offer = seller.offers.find((candidate) => candidate.key === key);
    if (!offer) throw new Error(`the story sells an unknown offer ${key}`);
    return offer.commissionType === CommissionType.PERCENTAGE
      ? halfUpPercentageCents(offer.priceCents, offer.commissionValueHundredths)
      : offer.commissionValueHundredths;
  };
  const kept = affiliate.sales.filter((sale) => sale.reversedDaysAgo === undefined);
  const inStatus = (status: WithdrawalStatus) =>
    affiliate.withdrawals.filter((withdrawal) => withdrawal.status === status);
  const total = (status: WithdrawalStatus) =>
    inStatus(status).reduce((sum, withdrawal) => sum + withdrawal.amountCents, 0);
  const earnedCents = kept.reduce((sum, sale) => sum + commissionOf(sale.offer), 0);
  const pendingCents = total(WithdrawalStatus.PENDING);
  const paidCents = total(WithdrawalStatus.APPROVED);
  return {
    totals: {
      sales: kept.length,
      earned: earnedCents,
      pending: pendingCents,
      paid: paidCents,
      pendingCount: inStatus(WithdrawalStatus.PENDING).length,
      approvedCount: inStatus(WithdrawalStatus.APPROVED).length,
      rejectedCount: inStatus(WithdrawalStatus.REJECTED).length,
    },
    availableCents: earnedCents - pendingCents - paidCents,
  };
}

describe("demo data", () => {
  let db: TestDatabase;
  const query = (sql: string, values?: unknown[]) => db.dataSource.query(sql, values);
  const count = async (table: string) =>
    Number((await query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it("loads into an empty database", async () => {
    expect(await seedDemoData(db.dataSource)).toBe(true);
  });

  it("tells the DESIGN's story: Demo Coach's seller and Clark Kent's two pending withdrawals", async () => {
    const [seller] = await query(
      `SELECT s.name, s.currency_code, u.email, u.password_hash FROM sellers s
       JOIN users u ON u.id = s.owner_user_id WHERE s.slug = 'demo-coaching'`,
    );
    expect(seller).toMatchObject({ name: "Demo Coaching", currency_code: "USD" });
    expect(seller.email).toBe("coach@allyhut.test");
    expect(await verifyPassword(seller.password_hash, DEMO_PASSWORD)).toBe(true);
    // The Masterclass has its sales page, so Clark's referral link can be shown and copied.
    const [masterclass] = await query(
      "SELECT url FROM offers WHERE name = 'Bruce Wayne''s Italian Cooking Masterclass'",
    );
    expect(masterclass.url).toBe("https://demo-coaching.example.com/masterclass");

    const [clark] = await query(
      `SELECT a.id, a.status, a.payment_method, a.payout_account, a.seller_id, s.slug FROM affiliates a
       JOIN users u ON u.id = a.user_id JOIN sellers s ON s.id = a.seller_id
       WHERE u.email = 'clark@allyhut.test'`,
    );
    expect(clark).toMatchObject({
      status: "ACTIVE",
      payment_method: "PAYPAL",
      payout_account: "clark.kent@dailyplanet.test",
      slug: "demo-coaching",
    });
    const pending = await query(
      "SELECT amount_cents FROM withdrawals WHERE affiliate_id = ? AND status = 'PENDING' ORDER BY amount_cents DESC",
      [clark.id],
    );
    expect(pending.map((row: { amount_cents: number }) => Number(row.amount_cents))).toEqual([
      300, 200,
    ]);
    const promoted = await query(
      "SELECT o.name FROM offer_promotions p JOIN offers o ON o.id = p.offer_id WHERE p.affiliate_id = ?",
      [clark.id],
    );
    expect(promoted.map((row: { name: string }) => row.name)).toContain(
      "Bruce Wayne's Italian Cooking Masterclass",
    );
    expect(await count(`commissions WHERE affiliate_id = ${Number(clark.id)}`)).toBeGreaterThan(0);
  });

  it("has affiliates in both statuses, withdrawals in every status, a reversal and a second seller", async () => {
    const statuses = await query("SELECT DISTINCT status FROM affiliates ORDER BY status");
    expect(statuses.map((row: { status: string }) => row.status)).toEqual(["ACTIVE", "DISABLED"]);
    const withdrawalStatuses = await query(
      "SELECT DISTINCT status FROM withdrawals ORDER BY status",
    );
    expect(withdrawalStatuses.map((row: { status: string }) => row.status)).toEqual([
      "APPROVED",
      "PENDING",
      "REJECTED",
    ]);
    expect(await count("commissions WHERE reversed_at IS NOT NULL")).toBeGreaterThan(0);
    expect(await count("offers WHERE active = 0")).toBeGreaterThan(0);
    expect(await count("sellers")).toBe(2);
    expect(await count("affiliates")).toBeGreaterThanOrEqual(7);
  });

  it("keeps every running total equal to the sums of its rows", async () => {
    const affiliates = await query(`
      SELECT a.*,
        (SELECT COUNT(*) FROM commissions c WHERE c.affiliate_id = a.id AND c.reversed_at IS NULL) AS rows_sales,
        (SELECT COALESCE(SUM(amount_cents), 0) FROM commissions c WHERE c.affiliate_id = a.id AND c.reversed_at IS NULL) AS rows_earned,
        (SELECT COALESCE(SUM(amount_cents), 0) FROM withdrawals w WHERE w.affiliate_id = a.id AND w.status = 'PENDING') AS rows_pending,
        (SELECT COALESCE(SUM(amount_cents), 0) FROM withdrawals w WHERE w.affiliate_id = a.id AND w.status = 'APPROVED') AS rows_paid,
        (SELECT COUNT(*) FROM withdrawals w WHERE w.affiliate_id = a.id AND w.status = 'PENDING') AS rows_pending_count,
        (SELECT COUNT(*) FROM withdrawals w WHERE w.affiliate_id = a.id AND w.status = 'APPROVED') AS rows_approved_count,
        (SELECT COUNT(*) FROM withdrawals w WHERE w.affiliate_id = a.id AND w.status = 'REJECTED') AS rows_rejected_count,
        (SELECT COALESCE(SUM(sales_count), 0) FROM offer_promotions p WHERE p.affiliate_id = a.id) AS promotions_sales,
        (SELECT COALESCE(SUM(commission_cents), 0) FROM offer_promotions p WHERE p.affiliate_id = a.id) AS promotions_earned
      FROM affiliates a`);
    expect(affiliates.length).toBeGreaterThan(0);
    for (const a of affiliates) {
      const n = (value: unknown) => Number(value);
      expect({ name: a.name, sales: n(a.sales_count), earned: n(a.earned_cents) }).toEqual({
        name: a.name,
        sales: n(a.rows_sales),
        earned: n(a.rows_earned),
      });
      expect(n(a.pending_cents)).toBe(n(a.rows_pending));
      expect(n(a.paid_cents)).toBe(n(a.rows_paid));
      expect(n(a.pending_count)).toBe(n(a.rows_pending_count));
      expect(n(a.approved_count)).toBe(n(a.rows_approved_count));
      expect(n(a.rejected_count)).toBe(n(a.rows_rejected_count));
      expect(n(a.promotions_sales)).toBe(n(a.sales_count));
      expect(n(a.promotions_earned)).toBe(n(a.earned_cents));
    }
    const promotions = await query(`
      SELECT p.sales_count, p.commission_cents,
        (SELECT COUNT(*) FROM commissions c WHERE c.affiliate_id = p.affiliate_id AND c.offer_id = p.offer_id AND c.reversed_at IS NULL) AS rows_sales,
        (SELECT COALESCE(SUM(amount_cents), 0) FROM commissions c WHERE c.affiliate_id = p.affiliate_id AND c.offer_id = p.offer_id AND c.reversed_at IS NULL) AS rows_earned
      FROM offer_promotions p`);
    for (const p of promotions) {
      expect([Number(p.sales_count), Number(p.commission_cents)]).toEqual([
        Number(p.rows_sales),
        Number(p.rows_earned),
      ]);
    }
    // And the running totals the test support checks everywhere (the sellers' recorded commissions too).
    await expectMoneyInvariants(db.dataSource);
  });

  it("gives every affiliate the totals and the balance its story in demo-data.ts declares", async () => {
    const affiliates = await query(
      `SELECT a.email, a.sales_count, a.earned_cents, a.pending_cents, a.paid_cents, a.pending_count,
         a.approved_count, a.rejected_count, s.slug
       FROM affiliates a JOIN sellers s ON s.id = a.seller_id`,
    );
    const storied = DEMO_SELLERS.flatMap((seller) => seller.affiliates);
    expect(affiliates).toHaveLength(storied.length);
    for (const seller of DEMO_SELLERS) {
      const [owner] = await query(
        "SELECT s.id AS seller_id, s.owner_user_id FROM sellers s WHERE s.slug = ?",
        [seller.slug],
      );
      // The balances as the API shows them to the seller: available is the API's own figure.
      const reported = await balancesOfProgram(db.dataSource, {
        userId: String(owner.owner_user_id),
        sellerId: String(owner.seller_id),
      });
      expect(reported.size).toBe(seller.affiliates.length);
      for (const affiliate of seller.affiliates) {
        const story = storyOf(seller, affiliate);
        const row = affiliates.find(
          (a: { email: string; slug: string }) =>
            a.email === affiliate.user.email && a.slug === seller.slug,
        );
        const n = (value: unknown) => Number(value);
        expect({ who: affiliate.user.email, ...story.totals }).toEqual({
          who: affiliate.user.email,
          sales: n(row.sales_count),
          earned: n(row.earned_cents),
          pending: n(row.pending_cents),
          paid: n(row.paid_cents),
          pendingCount: n(row.pending_count),
          approvedCount: n(row.approved_count),
          rejectedCount: n(row.rejected_count),
        });
        // The story never pays out more than was earned.
        expect(story.availableCents).toBeGreaterThanOrEqual(0);
        expect({ who: affiliate.user.email, ...reported.get(affiliate.user.email) }).toEqual({
          who: affiliate.user.email,
          earned: formatCents(story.totals.earned),
          available: formatCents(story.availableCents),
          pending: formatCents(story.totals.pending),
          paid: formatCents(story.totals.paid),
        });
      }
    }
    // DESIGN's own figures for Clark: three Masterclass sales at 10 % of 199.00 (19.90 each), 25.00
    // paid out, 3.00 and 2.00 pending.
    const [demo] = await query(
      "SELECT s.owner_user_id, s.id FROM sellers s WHERE s.slug = 'demo-coaching'",
    );
    const demoCoaching = await balancesOfProgram(db.dataSource, {
      userId: String(demo.owner_user_id),
      sellerId: String(demo.id),
    });
    expect(demoCoaching.get("clark@allyhut.test")).toEqual({
      earned: "59.70",
      available: "29.70",
      pending: "5.00",
      paid: "25.00",
    });
  });

  it("gives every withdrawal its history: the request, then the decision", async () => {
    const withdrawals = await query(
      "SELECT id, status, requested_at, paid_on, receipt_number FROM withdrawals",
    );
    for (const w of withdrawals) {
      const events = await query(
        "SELECT from_status, to_status, at FROM withdrawal_events WHERE withdrawal_id = ? ORDER BY id",
        [w.id],
      );
      expect(events[0]).toMatchObject({ from_status: null, to_status: "PENDING" });
      expect(events[0].at.getTime()).toBe(w.requested_at.getTime());
      if (w.status !== "PENDING") {
        expect(events.at(-1)).toMatchObject({ from_status: "PENDING", to_status: w.status });
      }
      if (w.status === "APPROVED") {
        expect(w.receipt_number).toEqual(expect.any(String));
        expect(w.paid_on >= w.requested_at.toISOString().slice(0, 10)).toBe(true);
      }
    }
  });

  it("never loads twice", async () => {
    const before = await Promise.all(
      ["users", "affiliates", "commissions", "withdrawals", "withdrawal_events"].map(count),
    );
    expect(await seedDemoData(db.dataSource)).toBe(false);
    const after = await Promise.all(
      ["users", "affiliates", "commissions", "withdrawals", "withdrawal_events"].map(count),
    );
    expect(after).toEqual(before);
  });
});

describe("demo data under a race", () => {
  const db = useTestDatabase();

  it("loads once when two processes seed at the same moment", async () => {
    const loaded = await Promise.all([seedDemoData(db.dataSource), seedDemoData(db.dataSource)]);
    expect(loaded.filter(Boolean)).toHaveLength(1);
    const [{ n }] = await db.dataSource.query(
      "SELECT COUNT(*) AS n FROM users WHERE email = 'clark@allyhut.test'",
    );
    expect(Number(n)).toBe(1);
  });
});
