import type { MigrationInterface, QueryRunner } from "typeorm";

// Each seller's smallest withdrawal; 0 is "no minimum", so existing sellers keep accepting any amount.
export class MinimumPayout1764900000000 implements MigrationInterface {
  name = "MinimumPayout1764900000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "ALTER TABLE sellers ADD COLUMN minimum_payout_cents BIGINT NOT NULL DEFAULT 0",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE sellers DROP COLUMN minimum_payout_cents");
  }
}
