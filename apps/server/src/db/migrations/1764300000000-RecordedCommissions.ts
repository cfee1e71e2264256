import type { MigrationInterface, QueryRunner } from "typeorm";

// Every commission recorded for a seller's affiliates, reversed ones included: it only grows. Every
// money total of the seller's program is at most this, so capping it keeps each one printable.
export class RecordedCommissions1764300000000 implements MigrationInterface {
  name = "RecordedCommissions1764300000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "ALTER TABLE sellers ADD COLUMN recorded_commission_cents BIGINT NOT NULL DEFAULT 0",
    );
    await queryRunner.query(
      `UPDATE sellers s SET recorded_commission_cents =
         (SELECT COALESCE(SUM(c.amount_cents), 0) FROM commissions c WHERE c.seller_id = s.id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE sellers DROP COLUMN recorded_commission_cents");
  }
}
