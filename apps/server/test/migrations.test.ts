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

  const executed = async (): Promise<string[]> =>
    (await db.dataSource.query("SELECT name FROM migrations ORDER BY id")).map(
      (row: { name: string }) => row.name,
    );

  /** Undoes the last migrations, down to and including `name`. */
  const undoThrough = async (name: string) => {
    while ((await executed()).includes(name)) await db.dataSource.undoLastMigration();
  };

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

  it("NoPadKeys makes the exact keys NO PAD binary; its down() makes them utf8mb4_bin again", async () => {
    const exactKeyCollations = async () =>
      (
        await db.dataSource.query(
          `SELECT COLLATION_NAME AS collation FROM information_schema.COLUMNS
           WHERE TABLE_SCHEMA = DATABASE() AND (TABLE_NAME, COLUMN_NAME) IN (('users', 'email_normalized'),
             ('commissions', 'order_id'), ('withdrawals', 'idempotency_key'), ('login_throttles', 'bucket'))`,
        )
      ).map((row: { collation: string }) => row.collation);
    // MariaDB's name for it, or MySQL 8's.
    const noPadBinary = expect.stringMatching(/^(utf8mb4_nopad_bin|utf8mb4_0900_bin)$/);
    await db.dataSource.runMigrations();
    expect(await exactKeyCollations()).toEqual(Array(4).fill(noPadBinary));
    await undoThrough("NoPadKeys1764200000000");
    expect(await exactKeyCollations()).toEqual(Array(4).fill("utf8mb4_bin"));
    await db.dataSource.runMigrations();
    expect(await exactKeyCollations()).toEqual(Array(4).fill(noPadBinary));
  });
});
