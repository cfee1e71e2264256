import { DataSource } from "typeorm";
import { Affiliate, ENTITIES, Offer, OfferPromotion, Seller, User } from "../src/db/entities";
import {
  AFFILIATE_COLUMNS,
  AFFILIATE_FROM,
  affiliateFrom,
} from "../src/modules/affiliates/affiliate.row";
import {
  PROMOTION_WITH_OFFER_COLUMNS,
  PROMOTION_WITH_OFFER_FROM,
  promotionFrom,
  promotionWithOfferFrom,
} from "../src/modules/affiliates/offer-promotion.row";
import { OFFER_COLUMNS, OFFER_FROM, offerFrom } from "../src/modules/offers/offer.row";
import { SELLER_COLUMNS, sellerFrom } from "../src/modules/sellers/seller.row";
import { USER_COLUMNS, userFrom } from "../src/modules/users/user.row";
import { useTestDatabase } from "./support/database";
import { createAffiliate, createOffer, createSeller } from "./support/fixtures";

// The schema builder ignores collations, so they are compared here. An entity names MariaDB's
// collation; MySQL 8 has the same NO PAD binary collation under another name.
const MYSQL_COLLATION_OF: Record<string, string> = { utf8mb4_nopad_bin: "utf8mb4_0900_bin" };
const TABLE_COLLATION = "utf8mb4_unicode_ci";

describe("entities", () => {
  const db = useTestDatabase();

  it("are all registered by default", () => {
    const tables = db.dataSource.entityMetadatas.map((metadata) => metadata.tableName).sort();
    expect(tables).toEqual([
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
    expect(ENTITIES).toHaveLength(20);
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

  it("map raw rows and repository results of a table by the same function, to the same model", async () => {
    const source = db.dataSource;
    const seller = await createSeller(source, { currencyCode: "EUR" });
    const offerId = await createOffer(source, seller.sellerId, { active: false });
    const affiliate = await createAffiliate(source, seller.sellerId, { promotes: [offerId] });
    const currencyCode = "EUR";
    const rawOne = async (sql: string, id: string) => {
      const rows = await source.query(sql, [id]);
      expect(rows).toHaveLength(1);
      return rows[0];
    };
    const byId = { where: { id: seller.owner.userId } };

    const user = await source.getRepository(User).findOneOrFail(byId);
    expect(
      userFrom(await rawOne(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = ?`, user.id)),
    ).toEqual(userFrom(user));
    const sellerEntity = await source
      .getRepository(Seller)
      .findOneByOrFail({ id: seller.sellerId });
    expect(
      sellerFrom(
        await rawOne(`SELECT ${SELLER_COLUMNS} FROM sellers s WHERE s.id = ?`, seller.sellerId),
      ),
    ).toEqual(sellerFrom(sellerEntity));
    const offer = await source.getRepository(Offer).findOneByOrFail({ id: offerId });
    const offerModel = offerFrom({ ...offer, currencyCode });
    expect(offerModel).toMatchObject({ id: offerId, active: false, currencyCode });
    expect(
      offerFrom(await rawOne(`SELECT ${OFFER_COLUMNS} ${OFFER_FROM} WHERE o.id = ?`, offerId)),
    ).toEqual(offerModel);
    const affiliateEntity = await source
      .getRepository(Affiliate)
      .findOneByOrFail({ id: affiliate.affiliateId });
    const affiliateModel = affiliateFrom({ ...affiliateEntity, currencyCode });
    expect(affiliateModel).toMatchObject({ id: affiliate.affiliateId, currencyCode });
    expect(
      affiliateFrom(
        await rawOne(
          `SELECT ${AFFILIATE_COLUMNS} ${AFFILIATE_FROM} WHERE a.id = ?`,
          affiliate.affiliateId,
        ),
      ),
    ).toEqual(affiliateModel);
    const promotion = await source
      .getRepository(OfferPromotion)
      .findOneByOrFail({ affiliateId: affiliate.affiliateId });
    const promotionRow = await rawOne(
      `SELECT ${PROMOTION_WITH_OFFER_COLUMNS} ${PROMOTION_WITH_OFFER_FROM} WHERE p.affiliate_id = ?`,
      affiliate.affiliateId,
    );
    expect(promotionWithOfferFrom(promotionRow)).toEqual({
      promotion: promotionFrom({ ...promotion, currencyCode }),
      offer: offerModel,
    });
  });
});
