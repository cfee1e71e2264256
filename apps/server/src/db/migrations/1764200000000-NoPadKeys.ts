import type { MigrationInterface, QueryRunner } from "typeorm";

// utf8mb4_bin is a PAD SPACE collation: "pay-42" and "pay-42 " compared equal, so one idempotency
// key replayed the other. Exact keys take the server's NO PAD binary collation: MariaDB calls it
// utf8mb4_nopad_bin, MySQL 8 utf8mb4_0900_bin (each server has only its own).
const NO_PAD_BINARY_COLLATIONS = ["utf8mb4_nopad_bin", "utf8mb4_0900_bin"];
const PAD_SPACE_BINARY_COLLATION = "utf8mb4_bin";

// The columns of 1764100000000-ExactKeys, as that migration left them but for the collation.
const EXACT_COLUMNS = [
  { table: "users", column: "email_normalized", type: "VARCHAR(254)", nullable: "NOT NULL" },
  { table: "commissions", column: "order_id", type: "VARCHAR(100)", nullable: "NOT NULL" },
  { table: "withdrawals", column: "idempotency_key", type: "VARCHAR(100)", nullable: "NULL" },
  { table: "login_throttles", column: "bucket", type: "VARCHAR(300)", nullable: "NOT NULL" },
] as const;

async function noPadBinaryCollation(queryRunner: QueryRunner): Promise<string> {
  const rows: Array<{ name: string }> = await queryRunner.query(
    "SELECT COLLATION_NAME AS name FROM information_schema.COLLATIONS WHERE COLLATION_NAME IN (?)",
    [NO_PAD_BINARY_COLLATIONS],
  );
  const available = new Set(rows.map((row) => row.name));
  const collation = NO_PAD_BINARY_COLLATIONS.find((name) => available.has(name));
  if (!collation) {
    throw new Error(`this server has none of ${NO_PAD_BINARY_COLLATIONS.join(", ")}`);
  }
  return collation;
}

async function collateExactColumns(queryRunner: QueryRunner, collation: string): Promise<void> {
  for (const { table, column, type, nullable } of EXACT_COLUMNS) {
    await queryRunner.query(
      `ALTER TABLE ${table} MODIFY ${column} ${type} CHARACTER SET utf8mb4 COLLATE ${collation} ${nullable}`,
    );
  }
}

export class NoPadKeys1764200000000 implements MigrationInterface {
  name = "NoPadKeys1764200000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await collateExactColumns(queryRunner, await noPadBinaryCollation(queryRunner));
  }

  // Fails with a duplicate key if keys that differ only by trailing spaces were written meanwhile.
  async down(queryRunner: QueryRunner): Promise<void> {
    await collateExactColumns(queryRunner, PAD_SPACE_BINARY_COLLATION);
  }
}
