import { DataSource } from "typeorm";
import { ENTITIES, Offer, Seller, User } from "../src/db/entities";
import { createTestDatabase, type TestDatabase } from "./support/database";

// The schema builder ignores collations, so they are compared here. An entity names MariaDB's
// collation; MySQL 8 has the same NO PAD binary collation under another name.
const MYSQL_COLLATION_OF: Record<string, string> = { utf8mb4_nopad_bin: "utf8mb4_0900_bin" };
const TABLE_COLLATION = "utf8mb4_unicode_ci";

describe("entities", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it("are all registered by default", () => {
    const tables = db.dataSource.entityMetadatas.map((metadata) => metadata.tableName).sort();
    expect(tables).toEqual([
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
    expect(ENTITIES).toHaveLength(10);
  });

  it("agree with the migrations: the schema builder finds nothing to change", async () => {
    // The schema builder reads information_schema differently on MariaDB (quoted defaults): tell it.
    const [{ version }] = await db.dataSource.query("SELECT VERSION() AS version");
    const flavour = /mariadb/i.test(version) ? "mariadb" : "mysql";
    const inspector = new DataSource({ ...db.dataSource.options, type: flavour } as never);
    await inspector.initialize();
    try {
      const sql = await inspector.driver.createSchemaBuilder().log();
      expect(sql.upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      await inspector.destroy();
    }
  });

  it("declare the collation of every text column: exact keys are NO PAD binary", async () => {
    const [{ version }] = await db.dataSource.query("SELECT VERSION() AS version");
    const onMySql = !/mariadb/i.test(version);
    const declared: Record<string, string> = {};
    for (const metadata of db.dataSource.entityMetadatas) {
      for (const column of metadata.columns) {
        const collation = column.collation ?? TABLE_COLLATION;
        declared[`${metadata.tableName}.${column.databaseName}`] = onMySql
          ? (MYSQL_COLLATION_OF[collation] ?? collation)
          : collation;
      }
    }
    const textColumns: Array<{ name: string; collation: string }> = await db.dataSource.query(
      `SELECT CONCAT(TABLE_NAME, '.', COLUMN_NAME) AS name, COLLATION_NAME AS collation
       FROM information_schema.COLUMNS
       WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME <> 'migrations' AND COLLATION_NAME IS NOT NULL`,
    );
    const actual = Object.fromEntries(textColumns.map((c) => [c.name, c.collation]));
    expect(actual).toEqual(
      Object.fromEntries(Object.keys(actual).map((name) => [name, declared[name]])),
    );
    expect(
      Object.keys(actual)
        .filter((name) => declared[name] !== TABLE_COLLATION)
        .sort(),
    ).toEqual([
      "commissions.order_id",
      "login_throttles.bucket",
      "users.email_normalized",
      "withdrawals.idempotency_key",
    ]);
  });

  it("read ids as strings, money as whole cents and flags as booleans", async () => {
    const users = db.dataSource.getRepository(User);
    const user = await users.save(
      users.create({
        email: "A@b.test",
        emailNormalized: "a@b.test",
        name: "A",
        passwordHash: "x",
      }),
    );
    expect(user.id).toMatch(/^\d+$/);
    const sellers = db.dataSource.getRepository(Seller);
    const seller = await sellers.save(
      sellers.create({ ownerUserId: user.id, name: "S", slug: "s", currencyCode: "USD" }),
    );
    await db.dataSource.query(
      "INSERT INTO offers (seller_id, name, price_cents, commission_type, commission_value, active) VALUES (?, 'O', 9007199254740991, 'FLAT', 250, 0)",
      [seller.id],
    );
    const [offer] = await db.dataSource.getRepository(Offer).find();
    expect(offer).toMatchObject({
      sellerId: seller.id,
      priceCents: Number.MAX_SAFE_INTEGER,
      commissionValueHundredths: 250,
      active: false,
    });
    expect(typeof offer!.id).toBe("string");
    expect(offer!.createdAt).toBeInstanceOf(Date);
  });
});
