import type { MigrationInterface, QueryRunner } from "typeorm";

// The seller's hourly digest of withdrawal requests, and the key of the unsubscribe links where no
// SESSION_SECRET derives one (development).
const TABLE_OPTIONS = "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci";

export class MailDigests1765200000000 implements MigrationInterface {
  name = "MailDigests1765200000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    // One row per seller, locked while a digest is planned or gathered: the digests' serialization point.
    await queryRunner.query(`
      CREATE TABLE seller_mail_digests (
        seller_id BIGINT UNSIGNED NOT NULL,
        digest_pending TINYINT(1) NOT NULL DEFAULT 0,
        last_sent_at DATETIME(3) NULL,
        PRIMARY KEY (seller_id),
        CONSTRAINT fk_seller_mail_digests_seller FOREIGN KEY (seller_id) REFERENCES sellers (id)
      ) ${TABLE_OPTIONS}`);
    // Each withdrawal request a digest must tell of; digest_delivery_id is set by the digest covering it.
    await queryRunner.query(`
      CREATE TABLE seller_digest_requests (
        event_id BIGINT UNSIGNED NOT NULL,
        seller_id BIGINT UNSIGNED NOT NULL,
        digest_delivery_id BIGINT UNSIGNED NULL,
        PRIMARY KEY (event_id),
        KEY ix_seller_digest_requests_digest (seller_id, digest_delivery_id),
        CONSTRAINT fk_seller_digest_requests_event FOREIGN KEY (event_id) REFERENCES outbox_events (id),
        CONSTRAINT fk_seller_digest_requests_seller FOREIGN KEY (seller_id) REFERENCES sellers (id),
        CONSTRAINT fk_seller_digest_requests_delivery
          FOREIGN KEY (digest_delivery_id) REFERENCES outbox_deliveries (id)
      ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`
      CREATE TABLE mail_secrets (
        name VARCHAR(40) NOT NULL,
        secret VARCHAR(100) NOT NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        PRIMARY KEY (name)
      ) ${TABLE_OPTIONS}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE mail_secrets");
    await queryRunner.query("DROP TABLE seller_digest_requests");
    await queryRunner.query("DROP TABLE seller_mail_digests");
  }
}
