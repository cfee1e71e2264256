import type { MigrationInterface, QueryRunner } from "typeorm";

// One row per receipt number a seller's withdrawals carry: writers of the same receipt upsert it
// first, so its row lock serializes them and the duplicate-receipt check sees the other's commit.
// receipt_number compares exactly as withdrawals.receipt_number does (same type, charset and
// collation: utf8mb4_unicode_ci, PAD SPACE), so "one key" here means "the same receipt" there.
const TABLE_OPTIONS = "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci";

export class ReceiptClaims1764700000000 implements MigrationInterface {
  name = "ReceiptClaims1764700000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE withdrawal_receipt_claims (
        seller_id BIGINT UNSIGNED NOT NULL,
        receipt_number VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        claims INT UNSIGNED NOT NULL DEFAULT 1,
        PRIMARY KEY (seller_id, receipt_number),
        CONSTRAINT fk_withdrawal_receipt_claims_seller FOREIGN KEY (seller_id) REFERENCES sellers (id)
      ) ${TABLE_OPTIONS}`);
    // GROUP BY compares by the column's collation, as the primary key does: one row per receipt.
    await queryRunner.query(
      `INSERT INTO withdrawal_receipt_claims (seller_id, receipt_number, claims)
       SELECT seller_id, MIN(receipt_number), COUNT(*) FROM withdrawals
       WHERE receipt_number IS NOT NULL AND receipt_number <> ''
       GROUP BY seller_id, receipt_number`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE withdrawal_receipt_claims");
  }
}
