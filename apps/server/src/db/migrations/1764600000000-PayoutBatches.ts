import type { MigrationInterface, QueryRunner } from "typeorm";

// Payout day: batches of withdrawals paid through a provider, the reports imported back, and the
// batch a withdrawal is in (or was paid in). A PENDING withdrawal has payout_batch_id set only while
// its batch is OPEN, so "in an open batch" needs no join.
const TABLE_OPTIONS = "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci";

export class PayoutBatches1764600000000 implements MigrationInterface {
  name = "PayoutBatches1764600000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE payout_batches (
        id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
        seller_id BIGINT UNSIGNED NOT NULL,
        payment_method VARCHAR(16) NOT NULL,
        status VARCHAR(16) NOT NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        created_by_user_id BIGINT UNSIGNED NOT NULL,
        item_count INT UNSIGNED NOT NULL DEFAULT 0,
        total_cents BIGINT NOT NULL DEFAULT 0,
        closed_at DATETIME(3) NULL,
        PRIMARY KEY (id),
        KEY ix_payout_batches_seller (seller_id, id),
        KEY ix_payout_batches_seller_status (seller_id, status, id),
        CONSTRAINT fk_payout_batches_seller FOREIGN KEY (seller_id) REFERENCES sellers (id),
        CONSTRAINT fk_payout_batches_created_by FOREIGN KEY (created_by_user_id) REFERENCES users (id)
      ) ${TABLE_OPTIONS}`);
    // The lines as JSON text: a kept record, read whole, never queried by its contents.
    await queryRunner.query(`
      CREATE TABLE payout_imports (
        id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
        batch_id BIGINT UNSIGNED NOT NULL,
        seller_id BIGINT UNSIGNED NOT NULL,
        imported_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        imported_by_user_id BIGINT UNSIGNED NOT NULL,
        lines_json LONGTEXT NOT NULL,
        PRIMARY KEY (id),
        KEY ix_payout_imports_batch (batch_id, id),
        CONSTRAINT fk_payout_imports_batch FOREIGN KEY (batch_id) REFERENCES payout_batches (id),
        CONSTRAINT fk_payout_imports_seller FOREIGN KEY (seller_id) REFERENCES sellers (id),
        CONSTRAINT fk_payout_imports_imported_by FOREIGN KEY (imported_by_user_id) REFERENCES users (id)
      ) ${TABLE_OPTIONS}`);
    await queryRunner.query(
      `ALTER TABLE withdrawals ADD COLUMN payout_batch_id BIGINT UNSIGNED NULL,
         ADD KEY ix_withdrawals_payout_batch_requested (payout_batch_id, requested_at, id),
         ADD KEY ix_withdrawals_seller_receipt (seller_id, receipt_number),
         ADD CONSTRAINT fk_withdrawals_payout_batch FOREIGN KEY (payout_batch_id)
           REFERENCES payout_batches (id)`,
    );
    await queryRunner.query(
      `ALTER TABLE withdrawal_events ADD COLUMN payout_batch_id BIGINT UNSIGNED NULL,
         ADD COLUMN batch_action VARCHAR(16) NULL,
         ADD COLUMN reason VARCHAR(500) NULL,
         ADD KEY ix_withdrawal_events_payout_batch (payout_batch_id, withdrawal_id),
         ADD CONSTRAINT fk_withdrawal_events_payout_batch FOREIGN KEY (payout_batch_id)
           REFERENCES payout_batches (id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE withdrawal_events DROP FOREIGN KEY fk_withdrawal_events_payout_batch,
         DROP KEY ix_withdrawal_events_payout_batch, DROP COLUMN payout_batch_id,
         DROP COLUMN batch_action, DROP COLUMN reason`,
    );
    await queryRunner.query(
      `ALTER TABLE withdrawals DROP FOREIGN KEY fk_withdrawals_payout_batch,
         DROP KEY ix_withdrawals_payout_batch_requested, DROP KEY ix_withdrawals_seller_receipt,
         DROP COLUMN payout_batch_id`,
    );
    await queryRunner.query("DROP TABLE payout_imports");
    await queryRunner.query("DROP TABLE payout_batches");
  }
}
