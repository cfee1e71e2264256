import type { MigrationInterface, QueryRunner } from "typeorm";

// The transactional outbox: an event row is written in the transaction of the change it tells of;
// the dispatcher plans its deliveries (e-mails, webhook posts) and sends them after the commit.
const TABLE_OPTIONS = "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci";

export class Notifications1765100000000 implements MigrationInterface {
  name = "Notifications1765100000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outbox_events (
        id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
        public_id VARCHAR(40) NOT NULL,
        seller_id BIGINT UNSIGNED NOT NULL,
        type VARCHAR(40) NOT NULL,
        occurred_at DATETIME(3) NOT NULL,
        payload_json LONGTEXT NOT NULL,
        planned_at DATETIME(3) NULL,
        PRIMARY KEY (id),
        UNIQUE KEY uq_outbox_events_public_id (public_id),
        KEY ix_outbox_events_unplanned (planned_at, id),
        KEY ix_outbox_events_seller_type (seller_id, type, id),
        CONSTRAINT fk_outbox_events_seller FOREIGN KEY (seller_id) REFERENCES sellers (id)
      ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`
      CREATE TABLE webhook_endpoints (
        id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
        seller_id BIGINT UNSIGNED NOT NULL,
        url VARCHAR(2048) NOT NULL,
        event_types VARCHAR(255) NOT NULL,
        secret VARCHAR(100) NOT NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        deleted_at DATETIME(3) NULL,
        PRIMARY KEY (id),
        KEY ix_webhook_endpoints_seller (seller_id, deleted_at, id),
        CONSTRAINT fk_webhook_endpoints_seller FOREIGN KEY (seller_id) REFERENCES sellers (id)
      ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`
      CREATE TABLE outbox_deliveries (
        id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
        event_id BIGINT UNSIGNED NOT NULL,
        seller_id BIGINT UNSIGNED NOT NULL,
        channel VARCHAR(16) NOT NULL,
        endpoint_id BIGINT UNSIGNED NULL,
        email_to VARCHAR(320) NULL,
        email_kind VARCHAR(40) NULL,
        status VARCHAR(16) NOT NULL DEFAULT 'PENDING',
        attempts INT UNSIGNED NOT NULL DEFAULT 0,
        next_attempt_at DATETIME(3) NOT NULL,
        claim_token VARCHAR(40) NULL,
        response_status SMALLINT UNSIGNED NULL,
        last_error VARCHAR(500) NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        delivered_at DATETIME(3) NULL,
        PRIMARY KEY (id),
        KEY ix_outbox_deliveries_due (status, next_attempt_at, id),
        KEY ix_outbox_deliveries_endpoint (endpoint_id, id),
        KEY ix_outbox_deliveries_event (event_id),
        CONSTRAINT fk_outbox_deliveries_event FOREIGN KEY (event_id) REFERENCES outbox_events (id),
        CONSTRAINT fk_outbox_deliveries_seller FOREIGN KEY (seller_id) REFERENCES sellers (id),
        CONSTRAINT fk_outbox_deliveries_endpoint FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoints (id)
      ) ${TABLE_OPTIONS}`);
    // Non-payment e-mails (switched on or off, the seller's digest) a user asked not to get.
    await queryRunner.query(`
      CREATE TABLE email_opt_outs (
        user_id BIGINT UNSIGNED NOT NULL,
        opted_out_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        PRIMARY KEY (user_id),
        CONSTRAINT fk_email_opt_outs_user FOREIGN KEY (user_id) REFERENCES users (id)
      ) ${TABLE_OPTIONS}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE email_opt_outs");
    await queryRunner.query("DROP TABLE outbox_deliveries");
    await queryRunner.query("DROP TABLE webhook_endpoints");
    await queryRunner.query("DROP TABLE outbox_events");
  }
}
