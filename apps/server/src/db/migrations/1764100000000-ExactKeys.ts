import type { MigrationInterface, QueryRunner } from "typeorm";

// Keys a client or a person must get back exactly are compared byte for byte (utf8mb4_bin): under
// utf8mb4_unicode_ci the order ids "A-1" and "a-1", or the emails "josé@…" and "jose@…", were one key.
const EXACT_COLUMNS = [
  { table: "users", column: "email_normalized", definition: "VARCHAR(254) NOT NULL" },
  { table: "commissions", column: "order_id", definition: "VARCHAR(100) NOT NULL" },
  { table: "withdrawals", column: "idempotency_key", definition: "VARCHAR(100) NULL" },
  { table: "login_throttles", column: "bucket", definition: "VARCHAR(300) NOT NULL" },
] as const;

export class ExactKeys1764100000000 implements MigrationInterface {
  name = "ExactKeys1764100000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const { table, column, definition } of EXACT_COLUMNS) {
      const [type, ...rest] = definition.split(" ");
      await queryRunner.query(
        `ALTER TABLE ${table} MODIFY ${column} ${type} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin ${rest.join(" ")}`,
      );
    }
  }

  // Fails with a duplicate key if rows that differ only in case or accents were written meanwhile.
  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table, column, definition } of EXACT_COLUMNS) {
      const [type, ...rest] = definition.split(" ");
      await queryRunner.query(
        `ALTER TABLE ${table} MODIFY ${column} ${type} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ${rest.join(" ")}`,
      );
    }
  }
}
