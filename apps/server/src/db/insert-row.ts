import type {
  DataSource,
  EntityManager,
  EntityTarget,
  ObjectLiteral,
  QueryDeepPartialEntity,
} from "typeorm";
import { idFrom } from "./sql-values";

/** The database's clock in UTC, whatever its session time zone: for a created_at set on insert. */
export const UTC_NOW = (): string => "UTC_TIMESTAMP(3)";

/**
 * INSERTs one row of `entity` and gives its AUTO_INCREMENT id, in one statement: Repository.insert
 * would then SELECT the columns with defaults back (MySQL has no RETURNING).
 */
export async function insertRow<E extends ObjectLiteral>(
  db: DataSource | EntityManager,
  entity: EntityTarget<E>,
  values: QueryDeepPartialEntity<E>,
): Promise<string> {
  const inserted = await db
    .createQueryBuilder()
    .insert()
    .into(entity)
    .values(values)
    .updateEntity(false)
    .execute();
  return idFrom(inserted.raw.insertId);
}
