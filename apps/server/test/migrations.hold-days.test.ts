import { createTestDatabase, type TestDatabase } from "./support/database";

describe("the HoldDays migration", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
  });
  afterAll(() => db.drop());

  const query = (sql: string, parameters: unknown[] = []) => db.dataSource.query(sql, parameters);
  /** Undoes the last migrations, down to and including HoldDays. */
  const undoHoldDays = async () => {
    const executed = async () =>
      (await query("SELECT name FROM migrations")).map((row: { name: string }) => row.name);
    while ((await executed()).includes("HoldDays1764800000000")) {
      await db.dataSource.undoLastMigration();
    }
  };
  const columnsNamed = async (names: string[]) =>
    query(
      `SELECT TABLE_NAME AS tableName, COLUMN_NAME AS name, COLUMN_TYPE AS type,
         IS_NULLABLE AS nullable, COLUMN_DEFAULT AS columnDefault
       FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND COLUMN_NAME IN (?)
       ORDER BY TABLE_NAME`,
      [names],
    );

  it("gives offers no hold and recorded sales their UTC sale date; its down() takes both back", async () => {
    await db.dataSource.runMigrations();
    await undoHoldDays();
    expect(await columnsNamed(["hold_days", "available_on"])).toEqual([]);
    const owner = await query(
      "INSERT INTO users (email, email_normalized, name, password_hash) VALUES ('s@x.test', 's@x.test', 'S', 'x')",
    );
    const seller = await query(
      "INSERT INTO sellers (owner_user_id, name, slug, currency_code) VALUES (?, 'S', 's', 'USD')",
      [owner.insertId],
    );
    const offer = await query(
      "INSERT INTO offers (seller_id, name, price_cents, commission_type, commission_value) VALUES (?, 'O', 100, 'FLAT', 1)",
      [seller.insertId],
    );
    const affiliate = await query(
      `INSERT INTO affiliates (seller_id, user_id, name, email, status, referral_code, payment_method,
         payout_account) VALUES (?, ?, 'A', 'a@x.test', 'ACTIVE', 'CODE', 'PAYPAL', 'a@x.test')`,
      [seller.insertId, owner.insertId],
    );
    // The last instant of one UTC day and the first of the next: the UTC date is what counts.
    for (const [orderId, occurredAt] of [
      ["o-1", "2026-03-01 23:59:59.999"],
      ["o-2", "2026-03-02 00:00:00.000"],
    ]) {
      await query(
        `INSERT INTO commissions (seller_id, affiliate_id, offer_id, order_id, sale_cents,
           amount_cents, occurred_at) VALUES (?, ?, ?, ?, 100, 1, ?)`,
        [seller.insertId, affiliate.insertId, offer.insertId, orderId, occurredAt],
      );
    }
    await db.dataSource.runMigrations();
    expect(await columnsNamed(["hold_days", "available_on"])).toEqual([
      expect.objectContaining({ tableName: "commissions", type: "date", nullable: "NO" }),
      expect.objectContaining({
        tableName: "offers",
        type: "smallint(5) unsigned",
        nullable: "NO",
        columnDefault: "0",
      }),
    ]);
    const [availableOn] = await columnsNamed(["available_on"]);
    // No default: every insert must say when its commission becomes available.
    expect(availableOn.columnDefault).toBeNull();
    expect(
      await query(
        "SELECT order_id AS orderId, available_on AS availableOn FROM commissions ORDER BY id",
      ),
    ).toEqual([
      { orderId: "o-1", availableOn: "2026-03-01" },
      { orderId: "o-2", availableOn: "2026-03-02" },
    ]);
    expect(await query("SELECT hold_days AS holdDays FROM offers")).toEqual([{ holdDays: 0 }]);
    await undoHoldDays();
    expect(await columnsNamed(["hold_days", "available_on"])).toEqual([]);
    await db.dataSource.runMigrations();
  });
});
