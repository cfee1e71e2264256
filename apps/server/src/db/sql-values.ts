import type { EntityManager } from "typeorm";

// mysql2 gives BIGINT as number (or string when past 2^53) and SUM() as a DECIMAL string: read them exactly.

/** A whole number of cents from a BIGINT or DECIMAL column; refuses anything not a safe integer. */
export function centsFrom(value: unknown): number {
  const cents = typeof value === "number" ? value : Number(value ?? 0);
  if (!Number.isSafeInteger(cents))
    throw new RangeError(`not a whole number of cents: ${String(value)}`);
  return cents;
}

/** An id column as the API's ID string. */
export const idFrom = (value: unknown): string => String(value);

/** A row as mysql2 gives it: BIGINTs as numbers (or strings past 2^53), DATETIMEs as Dates. */
export type Row = Record<string, unknown>;

/** Anything that runs SQL: the DataSource for reads, a transaction's EntityManager for writes. */
export type Queryable = Pick<EntityManager, "query">;

/** An API ID that can name a row (BIGINT UNSIGNED); anything else names nothing. */
export const isRowId = (value: unknown): value is string =>
  typeof value === "string" && /^\d{1,20}$/.test(value);

/** "007" and "7" name the same row; anything that is not an id stays as it is (and finds nothing). */
export const canonicalId = (id: string): string => (isRowId(id) ? BigInt(id).toString() : id);

/** Two ID strings naming the same row ("7" and "007" alike). */
export const sameRowId = (a: unknown, b: string): boolean =>
  isRowId(b) && BigInt(String(a)) === BigInt(b);

/** MySQL's ER_DUP_ENTRY (TypeORM's QueryFailedError copies the driver's errno), optionally on one key. */
export function isDuplicateKey(error: unknown, keyName?: string): boolean {
  const failure = error as { errno?: number; driverError?: { errno?: number }; message?: string };
  if ((failure?.driverError?.errno ?? failure?.errno) !== 1062) return false;
  return keyName === undefined || String(failure.message ?? "").includes(keyName);
}
