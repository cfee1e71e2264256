import { verifyPassword } from "../src/modules/auth/password";
import { DEMO_PASSWORD } from "../src/db/demo-data";
import { seedDemoData } from "../src/db/seed";
import { createTestDatabase, type TestDatabase } from "./support/database";
import { expectMoneyInvariants } from "./support/money-invariants";

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

  it("keeps every running total equal to the sums of its rows, with earned = available + pending + paid", async () => {
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
      const availableCents = n(a.earned_cents) - n(a.pending_cents) - n(a.paid_cents);
      expect(availableCents).toBeGreaterThanOrEqual(0);
      expect(n(a.earned_cents)).toBe(availableCents + n(a.pending_cents) + n(a.paid_cents));
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
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it("loads once when two processes seed at the same moment", async () => {
    const loaded = await Promise.all([seedDemoData(db.dataSource), seedDemoData(db.dataSource)]);
    expect(loaded.filter(Boolean)).toHaveLength(1);
    const [{ n }] = await db.dataSource.query(
      "SELECT COUNT(*) AS n FROM users WHERE email = 'clark@allyhut.test'",
    );
    expect(Number(n)).toBe(1);
  });
});
