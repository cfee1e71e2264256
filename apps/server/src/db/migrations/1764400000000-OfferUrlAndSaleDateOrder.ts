import type { MigrationInterface, QueryRunner } from "typeorm";

// An offer's sales page, where referral links point (issue 11); text columns take the table's
// utf8mb4_unicode_ci, named here so the column reads the same on every server.
// An affiliate's commissions are listed by sale date (occurred_at DESC, id DESC): the list and its
// keyset cursor need (affiliate_id, occurred_at, id). It replaces (affiliate_id, id), which only
// that list used; its prefix still serves the foreign key and the list's count.
export class OfferUrlAndSaleDateOrder1764400000000 implements MigrationInterface {
  name = "OfferUrlAndSaleDateOrder1764400000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "ALTER TABLE offers ADD COLUMN url VARCHAR(2000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL",
    );
    await queryRunner.query(
      `ALTER TABLE commissions ADD KEY ix_commissions_affiliate_occurred (affiliate_id, occurred_at, id),
         DROP KEY ix_commissions_affiliate`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE commissions ADD KEY ix_commissions_affiliate (affiliate_id, id),
         DROP KEY ix_commissions_affiliate_occurred`,
    );
    await queryRunner.query("ALTER TABLE offers DROP COLUMN url");
  }
}
