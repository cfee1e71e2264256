import type { MigrationInterface, QueryRunner } from "typeorm";

// The amount of each affiliate's REJECTED withdrawals, kept like pending_cents and paid_cents, so
// the Payouts summary reads one covering index instead of summing every rejected withdrawal.
export class RejectedTotals1764500000000 implements MigrationInterface {
  name = "RejectedTotals1764500000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE affiliates ADD COLUMN rejected_cents BIGINT NOT NULL DEFAULT 0,
         DROP KEY ix_affiliates_payout_summary,
         ADD KEY ix_affiliates_payout_summary
           (seller_id, pending_count, pending_cents, approved_count, paid_cents, rejected_count,
            rejected_cents)`,
    );
    await queryRunner.query(
      `UPDATE affiliates a JOIN (
         SELECT affiliate_id, SUM(amount_cents) AS rejected FROM withdrawals
         WHERE status = 'REJECTED' GROUP BY affiliate_id
       ) w ON w.affiliate_id = a.id
       SET a.rejected_cents = w.rejected`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE affiliates DROP KEY ix_affiliates_payout_summary, DROP COLUMN rejected_cents,
         ADD KEY ix_affiliates_payout_summary
           (seller_id, pending_count, pending_cents, approved_count, paid_cents, rejected_count)`,
    );
  }
}
