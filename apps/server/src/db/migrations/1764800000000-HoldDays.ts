import type { MigrationInterface, QueryRunner } from "typeorm";

// The hold period: an offer's refund window, and the day each commission leaves it. available_on is
// stored with the commission (the offer's hold may change later) and indexed with the affiliate, so
// "on hold today" reads only the affiliate's commissions dated after today.
export class HoldDays1764800000000 implements MigrationInterface {
  name = "HoldDays1764800000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "ALTER TABLE offers ADD COLUMN hold_days SMALLINT UNSIGNED NOT NULL DEFAULT 0",
    );
    // Added with a placeholder default (instant), filled, then left without a default: every
    // insert must say when its commission becomes available.
    await queryRunner.query(
      "ALTER TABLE commissions ADD COLUMN available_on DATE NOT NULL DEFAULT '1970-01-01'",
    );
    // Sales recorded so far had no hold: available on the UTC date of the sale.
    await queryRunner.query("UPDATE commissions SET available_on = DATE(occurred_at)");
    await queryRunner.query(
      `ALTER TABLE commissions ALTER COLUMN available_on DROP DEFAULT,
         ADD KEY ix_commissions_affiliate_available (affiliate_id, available_on)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE commissions DROP KEY ix_commissions_affiliate_available,
         DROP COLUMN available_on`,
    );
    await queryRunner.query("ALTER TABLE offers DROP COLUMN hold_days");
  }
}
