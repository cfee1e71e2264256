import { createTestDatabase, type TestDatabase } from "./support/database";

describe("migrations", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
  });
  afterAll(() => db.drop());

  const tables = async () =>
    (
      await db.dataSource.query(
        "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name <> 'migrations' ORDER BY table_name",
      )
    )
      .map((row: { name: string }) => row.name)
      .sort();

  it("creates every table going up and removes them going down", async () => {
    await db.dataSource.runMigrations();
    expect(await tables()).toEqual([
      "affiliates",
      "commissions",
      "login_throttles",
      "offer_promotions",
      "offers",
      "sellers",
      "sessions",
      "users",
      "withdrawal_events",
      "withdrawals",
    ]);
    for (let left = db.dataSource.migrations.length; left > 0; left--) {
      await db.dataSource.undoLastMigration();
    }
    expect(await tables()).toEqual([]);
    await db.dataSource.runMigrations();
    expect(await tables()).toHaveLength(10);
  });
});
