import type { MigrationInterface, QueryRunner } from "typeorm";

// Money columns are BIGINT cents. Running totals on affiliates and offer_promotions are kept in the
// same transaction as the rows they summarise (DESIGN, invariant 7); every list order has an index.
const TABLE_OPTIONS = "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci";

export class InitialSchema1764000000000 implements MigrationInterface {
  name = "InitialSchema1764000000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE users (
        id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
        email VARCHAR(254) NOT NULL,
        email_normalized VARCHAR(254) NOT NULL,
        name VARCHAR(100) NOT NULL,
        password_hash VARCHAR(255) NOT NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        PRIMARY KEY (id),
        UNIQUE KEY uq_users_email_normalized (email_normalized)
      ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`
      CREATE TABLE sessions (
        id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
        user_id BIGINT UNSIGNED NOT NULL,
        token_hash BINARY(32) NOT NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        expires_at DATETIME(3) NOT NULL,
        PRIMARY KEY (id),
        UNIQUE KEY uq_sessions_token_hash (token_hash),
        KEY ix_sessions_user (user_id),
        KEY ix_sessions_expires_at (expires_at),
        CONSTRAINT fk_sessions_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`
      CREATE TABLE login_throttles (
        bucket VARCHAR(300) NOT NULL,
        failures INT UNSIGNED NOT NULL DEFAULT 0,
        window_started_at DATETIME(3) NOT NULL,
        blocked_until DATETIME(3) NULL,
        PRIMARY KEY (bucket)
      ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`
      CREATE TABLE sellers (
        id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
        owner_user_id BIGINT UNSIGNED NOT NULL,
        name VARCHAR(100) NOT NULL,
        slug VARCHAR(60) NOT NULL,
        currency_code CHAR(3) NOT NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        PRIMARY KEY (id),
        UNIQUE KEY uq_sellers_owner (owner_user_id),
        UNIQUE KEY uq_sellers_slug (slug),
        CONSTRAINT fk_sellers_owner FOREIGN KEY (owner_user_id) REFERENCES users (id)
      ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`
      CREATE TABLE offers (
        id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
        seller_id BIGINT UNSIGNED NOT NULL,
        name VARCHAR(200) NOT NULL,
        price_cents BIGINT NOT NULL,
        commission_type VARCHAR(16) NOT NULL,
        commission_value BIGINT NOT NULL COMMENT 'hundredths: percent x 100 for PERCENTAGE, cents for FLAT',
        active TINYINT(1) NOT NULL DEFAULT 1,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        PRIMARY KEY (id),
        KEY ix_offers_seller (seller_id, id),
        CONSTRAINT fk_offers_seller FOREIGN KEY (seller_id) REFERENCES sellers (id)
      ) ${TABLE_OPTIONS}`);
    // name and email are copied from users at join time so the seller's list can sort and search by index.
    await queryRunner.query(`
      CREATE TABLE affiliates (
        id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
        seller_id BIGINT UNSIGNED NOT NULL,
        user_id BIGINT UNSIGNED NOT NULL,
        name VARCHAR(100) NOT NULL,
        email VARCHAR(254) NOT NULL,
        status VARCHAR(16) NOT NULL,
        referral_code VARCHAR(32) NOT NULL,
        payment_method VARCHAR(16) NOT NULL,
        payout_account VARCHAR(254) NOT NULL,
        joined_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        sales_count INT UNSIGNED NOT NULL DEFAULT 0,
        earned_cents BIGINT NOT NULL DEFAULT 0,
        pending_cents BIGINT NOT NULL DEFAULT 0,
        paid_cents BIGINT NOT NULL DEFAULT 0,
        pending_count INT UNSIGNED NOT NULL DEFAULT 0,
        approved_count INT UNSIGNED NOT NULL DEFAULT 0,
        rejected_count INT UNSIGNED NOT NULL DEFAULT 0,
        PRIMARY KEY (id),
        UNIQUE KEY uq_affiliates_seller_user (seller_id, user_id),
        UNIQUE KEY uq_affiliates_referral_code (referral_code),
        KEY ix_affiliates_user (user_id),
        KEY ix_affiliates_seller_name (seller_id, name, id),
        KEY ix_affiliates_seller_joined (seller_id, joined_at, id),
        KEY ix_affiliates_seller_sales (seller_id, sales_count, id),
        KEY ix_affiliates_seller_earned (seller_id, earned_cents, id),
        KEY ix_affiliates_seller_pending (seller_id, pending_cents, id),
        KEY ix_affiliates_payout_summary (seller_id, pending_count, pending_cents, approved_count, paid_cents, rejected_count),
        CONSTRAINT fk_affiliates_seller FOREIGN KEY (seller_id) REFERENCES sellers (id),
        CONSTRAINT fk_affiliates_user FOREIGN KEY (user_id) REFERENCES users (id)
      ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`
      CREATE TABLE offer_promotions (
        affiliate_id BIGINT UNSIGNED NOT NULL,
        offer_id BIGINT UNSIGNED NOT NULL,
        promoted_since DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        sales_count INT UNSIGNED NOT NULL DEFAULT 0,
        commission_cents BIGINT NOT NULL DEFAULT 0,
        PRIMARY KEY (affiliate_id, offer_id),
        KEY ix_offer_promotions_offer (offer_id),
        CONSTRAINT fk_offer_promotions_affiliate FOREIGN KEY (affiliate_id) REFERENCES affiliates (id),
        CONSTRAINT fk_offer_promotions_offer FOREIGN KEY (offer_id) REFERENCES offers (id)
      ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`
      CREATE TABLE commissions (
        id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
        seller_id BIGINT UNSIGNED NOT NULL,
        affiliate_id BIGINT UNSIGNED NOT NULL,
        offer_id BIGINT UNSIGNED NOT NULL,
        order_id VARCHAR(100) NOT NULL,
        sale_cents BIGINT NOT NULL,
        amount_cents BIGINT NOT NULL,
        occurred_at DATETIME(3) NOT NULL,
        reversed_at DATETIME(3) NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        PRIMARY KEY (id),
        UNIQUE KEY uq_commissions_seller_order (seller_id, order_id),
        KEY ix_commissions_affiliate (affiliate_id, id),
        CONSTRAINT fk_commissions_seller FOREIGN KEY (seller_id) REFERENCES sellers (id),
        CONSTRAINT fk_commissions_affiliate FOREIGN KEY (affiliate_id) REFERENCES affiliates (id),
        CONSTRAINT fk_commissions_offer FOREIGN KEY (offer_id) REFERENCES offers (id)
      ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`
      CREATE TABLE withdrawals (
        id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
        seller_id BIGINT UNSIGNED NOT NULL,
        affiliate_id BIGINT UNSIGNED NOT NULL,
        amount_cents BIGINT NOT NULL,
        status VARCHAR(16) NOT NULL,
        payment_method VARCHAR(16) NOT NULL,
        payout_account VARCHAR(254) NOT NULL,
        requested_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        receipt_number VARCHAR(100) NULL,
        paid_on DATE NULL,
        note TEXT NULL,
        processed_at DATETIME(3) NULL,
        processed_by_user_id BIGINT UNSIGNED NULL,
        idempotency_key VARCHAR(100) NULL,
        PRIMARY KEY (id),
        UNIQUE KEY uq_withdrawals_idempotency (affiliate_id, idempotency_key),
        KEY ix_withdrawals_seller_requested (seller_id, requested_at, id),
        KEY ix_withdrawals_seller_amount (seller_id, amount_cents, id),
        KEY ix_withdrawals_seller_status_requested (seller_id, status, requested_at, id),
        KEY ix_withdrawals_seller_status_amount (seller_id, status, amount_cents, id),
        KEY ix_withdrawals_affiliate_requested (affiliate_id, requested_at, id),
        KEY ix_withdrawals_affiliate_status_requested (affiliate_id, status, requested_at, id),
        CONSTRAINT fk_withdrawals_seller FOREIGN KEY (seller_id) REFERENCES sellers (id),
        CONSTRAINT fk_withdrawals_affiliate FOREIGN KEY (affiliate_id) REFERENCES affiliates (id),
        CONSTRAINT fk_withdrawals_processed_by FOREIGN KEY (processed_by_user_id) REFERENCES users (id)
      ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`
      CREATE TABLE withdrawal_events (
        id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
        withdrawal_id BIGINT UNSIGNED NOT NULL,
        at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        actor_user_id BIGINT UNSIGNED NULL,
        from_status VARCHAR(16) NULL,
        to_status VARCHAR(16) NOT NULL,
        receipt_number VARCHAR(100) NULL,
        paid_on DATE NULL,
        note TEXT NULL,
        PRIMARY KEY (id),
        KEY ix_withdrawal_events_withdrawal (withdrawal_id, id),
        CONSTRAINT fk_withdrawal_events_withdrawal FOREIGN KEY (withdrawal_id) REFERENCES withdrawals (id),
        CONSTRAINT fk_withdrawal_events_actor FOREIGN KEY (actor_user_id) REFERENCES users (id)
      ) ${TABLE_OPTIONS}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      "withdrawal_events",
      "withdrawals",
      "commissions",
      "offer_promotions",
      "affiliates",
      "offers",
      "sellers",
      "login_throttles",
      "sessions",
      "users",
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
