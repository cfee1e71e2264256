import { WithdrawalStatus } from "@allyhut/schema";
import { seedDemoData } from "../src/db/seed";
import { createTestDatabase, type TestDatabase } from "./support/database";
import { expectMoneyInvariants } from "./support/money-invariants";
import { moneyServices } from "./support/fixtures";

// The demo story must obey the money rules the services keep, and read back through them.
describe("demo data through the money services", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db.dataSource);
  });
  afterAll(() => db.drop());

  it("keeps every running total equal to its rows", async () => {
    await expectMoneyInvariants(db.dataSource);
  });

  it("shows Clark Kent's two PENDING withdrawals of 3.00 and 2.00 on the demo seller's Payouts", async () => {
    const [coach] = await db.dataSource.query(
      `SELECT s.id AS seller_id, u.id AS user_id FROM sellers s JOIN users u ON u.id = s.owner_user_id
       WHERE s.slug = 'demo-coaching'`,
    );
    const [clark] = await db.dataSource.query(
      `SELECT a.id FROM affiliates a JOIN users u ON u.id = a.user_id
       WHERE u.email_normalized = 'clark@allyhut.test' AND a.seller_id = ?`,
      [coach.seller_id],
    );
    const viewer = { userId: String(coach.user_id), sellerId: String(coach.seller_id) };
    const pending = await moneyServices(db.dataSource).withdrawals.list(viewer, {
      first: 100,
      affiliateId: String(clark.id),
      status: WithdrawalStatus.PENDING,
    });
    expect(pending.nodes.map((w) => w.amountCents).sort((a, b) => a - b)).toEqual([200, 300]);
    expect(await pending.totalCount()).toBe(2);
    const summary = await moneyServices(db.dataSource).withdrawals.summary(viewer);
    expect(summary.pendingCount).toBeGreaterThanOrEqual(2);
    expect(summary.approvedCount).toBeGreaterThan(0);
    expect(summary.rejectedCount).toBeGreaterThan(0);
  });
});
