import { WithdrawalStatus } from "@allyhut/schema";
import { WithdrawalService } from "../src/modules/withdrawals/withdrawal.service";
import { createTestDatabase, type TestDatabase } from "./support/database";
import { createAffiliate, createSeller, serviceDeps } from "./support/fixtures";

const MIGRATION = "ReceiptClaims1764700000000";

describe("the ReceiptClaims migration", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  const query = (sql: string, parameters: unknown[] = []) => db.dataSource.query(sql, parameters);
  // Undoes the later migrations too: runMigrations() then redoes them all.
  const undoIt = async () => {
    while ((await query("SELECT name FROM migrations WHERE name = ?", [MIGRATION])).length > 0) {
      await db.dataSource.undoLastMigration();
    }
  };

  /** A withdrawal written as before the migration: its receipt has no claim. */
  async function withdrawal(sellerId: string, affiliateId: string, receipt: string | null) {
    const status = receipt === null || receipt.startsWith("DRAFT") ? "PENDING" : "APPROVED";
    const inserted = await query(
      `INSERT INTO withdrawals (seller_id, affiliate_id, amount_cents, status, payment_method,
         payout_account, requested_at, receipt_number)
       VALUES (?, ?, 100, ?, 'PAYPAL', 'a@x.test', '2026-01-05 09:00:00', ?)`,
      [sellerId, affiliateId, status, receipt],
    );
    return String(inserted.insertId);
  }

  it("claims every receipt in use, per seller and as the column compares them, so the guard still sees them", async () => {
    await undoIt();
    const seller = await createSeller(db.dataSource);
    const other = await createSeller(db.dataSource);
    const affiliate = await createAffiliate(db.dataSource, seller.sellerId);
    const othersAffiliate = await createAffiliate(db.dataSource, other.sellerId);
    const paid = await withdrawal(seller.sellerId, affiliate.affiliateId, "PP-1");
    await withdrawal(seller.sellerId, affiliate.affiliateId, "pp-1"); // a confirmed reuse
    const draft = await withdrawal(seller.sellerId, affiliate.affiliateId, "DRAFT-2");
    const pending = await withdrawal(seller.sellerId, affiliate.affiliateId, null);
    await withdrawal(other.sellerId, othersAffiliate.affiliateId, "PP-1");

    await db.dataSource.runMigrations();
    const claims = await query(
      `SELECT seller_id, UPPER(receipt_number) AS receipt, claims FROM withdrawal_receipt_claims
       ORDER BY seller_id, receipt`,
    );
    expect(claims.map((row: Record<string, unknown>) => Object.values(row).map(String))).toEqual([
      [seller.sellerId, "DRAFT-2", "1"],
      [seller.sellerId, "PP-1", "2"],
      [other.sellerId, "PP-1", "1"],
    ]);
    // The claim exists, so the guard reads: an old withdrawal's receipt is still refused.
    const approve = (receiptNumber: string) =>
      new WithdrawalService(serviceDeps(db.dataSource)).process(seller.viewer, {
        withdrawalId: pending,
        status: WithdrawalStatus.APPROVED,
        receiptNumber,
        paidOn: "2026-01-06",
      });
    for (const [receipt, owner] of [
      ["Pp-1", paid],
      [" draft-2 ", draft],
    ] as const) {
      await expect(approve(receipt)).rejects.toMatchObject({
        extensions: { code: "CONFLICT" },
        message: expect.stringContaining(`(AH-W-${owner}).`),
      });
    }

    await undoIt();
    const [table] = await query(
      `SELECT COUNT(*) AS n FROM information_schema.TABLES
       WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'withdrawal_receipt_claims'`,
    );
    expect(Number(table.n)).toBe(0);
    await db.dataSource.runMigrations();
  });

  it("gives the claim's receipt_number the type, charset and collation of the withdrawals' column", async () => {
    const columns = await query(
      `SELECT COLUMN_TYPE AS type, CHARACTER_SET_NAME AS charset,
         COLLATION_NAME AS collation FROM information_schema.COLUMNS
       WHERE TABLE_SCHEMA = DATABASE() AND COLUMN_NAME = 'receipt_number'
         AND TABLE_NAME IN ('withdrawals', 'withdrawal_receipt_claims') ORDER BY TABLE_NAME`,
    );
    const [claims, withdrawals] = columns;
    expect(claims).toEqual(withdrawals);
    expect(claims).toEqual({
      type: "varchar(100)",
      charset: "utf8mb4",
      collation: "utf8mb4_unicode_ci",
    });
  });
});
