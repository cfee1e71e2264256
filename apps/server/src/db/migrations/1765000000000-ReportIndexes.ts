import type { MigrationInterface, QueryRunner } from "typeorm";

// Reports (issue 14). A seller's monthly totals group its commissions by sale month and its APPROVED
// withdrawals by the month paid: without these keys both scan the whole table (EXPLAIN on the bench's
// 1M commissions: type ALL). Both cover their query, so the big seller's range is read from the
// index alone; (seller_id, occurred_at) also serves the commissions export's order.
export class ReportIndexes1765000000000 implements MigrationInterface {
  name = "ReportIndexes1765000000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE commissions
         ADD KEY ix_commissions_seller_occurred (seller_id, occurred_at, amount_cents, reversed_at)`,
    );
    await queryRunner.query(
      `ALTER TABLE withdrawals
         ADD KEY ix_withdrawals_seller_status_paid (seller_id, status, paid_on, amount_cents)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE withdrawals DROP KEY ix_withdrawals_seller_status_paid");
    await queryRunner.query("ALTER TABLE commissions DROP KEY ix_commissions_seller_occurred");
  }
}
