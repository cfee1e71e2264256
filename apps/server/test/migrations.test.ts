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
      "email_opt_outs",
      "login_throttles",
      "mail_secrets",
      "offer_promotions",
      "offers",
      "outbox_deliveries",
      "outbox_events",
      "payout_batches",
      "payout_imports",
      "seller_digest_requests",
      "seller_mail_digests",
      "sellers",
      "sessions",
      "users",
      "webhook_endpoints",
      "withdrawal_events",
      "withdrawal_receipt_claims",
      "withdrawals",
    ]);
    for (let left = db.dataSource.migrations.length; left > 0; left--) {
      await db.dataSource.undoLastMigration();
    }
    expect(await tables()).toEqual([]);
    await db.dataSource.runMigrations();
    expect(await tables()).toHaveLength(20);
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

  it("RecordedCommissions sums each seller's commissions, reversed ones included; its down() drops the column", async () => {
    await db.dataSource.runMigrations();
    await undoThrough("RecordedCommissions1764300000000");
    const query = (sql: string, parameters: unknown[] = []) => db.dataSource.query(sql, parameters);
    const sellerIds: unknown[] = [];
    for (const slug of ["with-sales", "without-sales"]) {
      const owner = await query(
        "INSERT INTO users (email, email_normalized, name, password_hash) VALUES (?, ?, 'S', 'x')",
        [`${slug}@x.test`, `${slug}@x.test`],
      );
      const seller = await query(
        "INSERT INTO sellers (owner_user_id, name, slug, currency_code) VALUES (?, 'S', ?, 'USD')",
        [owner.insertId, slug],
      );
      sellerIds.push(seller.insertId);
    }
    const [withSales] = sellerIds;
    const offer = await query(
      "INSERT INTO offers (seller_id, name, price_cents, commission_type, commission_value) VALUES (?, 'O', 100, 'FLAT', 1)",
      [withSales],
    );
    const [owner] = await query("SELECT owner_user_id AS id FROM sellers WHERE id = ?", [
      withSales,
    ]);
    const affiliate = await query(
      `INSERT INTO affiliates (seller_id, user_id, name, email, status, referral_code, payment_method,
         payout_account) VALUES (?, ?, 'A', 'a@x.test', 'ACTIVE', 'CODE', 'PAYPAL', 'a@x.test')`,
      [withSales, owner.id],
    );
    // The second is reversed: it still counts.
    const commissionCents = [250, 4_000, 9_007_199_254_740];
    for (const [n, amountCents] of commissionCents.entries()) {
      await query(
        `INSERT INTO commissions (seller_id, affiliate_id, offer_id, order_id, sale_cents, amount_cents,
           occurred_at, reversed_at) VALUES (?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(3), ?)`,
        [
          withSales,
          affiliate.insertId,
          offer.insertId,
          `order-${n}`,
          amountCents,
          amountCents,
          n === 1 ? new Date() : null,
        ],
      );
    }
    await db.dataSource.runMigrations();
    const recorded = await query(
      "SELECT id, recorded_commission_cents AS cents FROM sellers ORDER BY id",
    );
    expect(recorded.map((row: { cents: unknown }) => Number(row.cents))).toEqual([
      commissionCents.reduce((sum, cents) => sum + cents, 0),
      0,
    ]);
    await undoThrough("RecordedCommissions1764300000000");
    const [column] = await query(
      "SELECT COUNT(*) AS n FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sellers' AND COLUMN_NAME = 'recorded_commission_cents'",
    );
    expect(Number(column.n)).toBe(0);
    await db.dataSource.runMigrations();
  });

  it("OfferUrlAndSaleDateOrder adds offers.url and the sale-date index of the commissions list; its down() takes them back", async () => {
    const query = (sql: string) => db.dataSource.query(sql);
    const urlColumn = async () =>
      query(
        `SELECT COLUMN_TYPE AS type, IS_NULLABLE AS nullable, COLLATION_NAME AS collation
         FROM information_schema.COLUMNS
         WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'offers' AND COLUMN_NAME = 'url'`,
      );
    const commissionIndexes = async () =>
      Object.fromEntries(
        (
          await query(
            `SELECT INDEX_NAME AS name, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX) AS columns
             FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()
               AND TABLE_NAME = 'commissions' AND INDEX_NAME LIKE 'ix_commissions_affiliate%'
             GROUP BY INDEX_NAME`,
          )
        ).map((row: { name: string; columns: string }) => [row.name, row.columns]),
      );
    await db.dataSource.runMigrations();
    expect(await urlColumn()).toEqual([
      { type: "varchar(2000)", nullable: "YES", collation: "utf8mb4_unicode_ci" },
    ]);
    expect(await commissionIndexes()).toEqual({
      ix_commissions_affiliate_available: "affiliate_id,available_on",
      ix_commissions_affiliate_occurred: "affiliate_id,occurred_at,id",
    });
    await undoThrough("OfferUrlAndSaleDateOrder1764400000000");
    expect(await urlColumn()).toEqual([]);
    expect(await commissionIndexes()).toEqual({ ix_commissions_affiliate: "affiliate_id,id" });
    await db.dataSource.runMigrations();
    expect(await urlColumn()).toHaveLength(1);
  });
});
