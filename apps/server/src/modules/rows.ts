// Per-request DataLoaders over hand-written SQL: one statement per tick for all the keys asked for.
import DataLoader from "dataloader";
import { canonicalId, idFrom, isRowId, type Queryable, type Row } from "../db/sql-values";

/**
 * A per-request loader of one record per key: one `WHERE <keyColumn> IN (?)` statement for all the
 * keys asked for in a tick. `select` must name the key `loader_key`. `missing(key)` is what a key without a row gives (null, or an Error).
 */
export function rowLoader<T>(
  db: Queryable,
  select: string,
  keyColumn: string,
  toModel: (row: Row) => T,
  missing: (key: string) => T | Error,
): DataLoader<string, T> {
  return new DataLoader<string, T, string>(
    async (keys) => {
      const ids = [...new Set(keys.filter(isRowId))];
      const rows: Row[] = ids.length
        ? await db.query(`${select} WHERE ${keyColumn} IN (?)`, [ids])
        : [];
      const byKey = new Map(rows.map((row) => [idFrom(row.loader_key), toModel(row)]));
      return keys.map((key) => byKey.get(canonicalId(key)) ?? missing(key));
    },
    { cacheKeyFn: canonicalId },
  );
}

/** A per-request loader of every record per key (e.g. a seller's offers), in the statement's order. */
export function groupLoader<T>(
  db: Queryable,
  select: string,
  keyColumn: string,
  orderBy: string,
  toModel: (row: Row) => T,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[], string>(
    async (keys) => {
      const ids = [...new Set(keys.filter(isRowId))];
      const rows: Row[] = ids.length
        ? await db.query(`${select} WHERE ${keyColumn} IN (?) ORDER BY ${orderBy}`, [ids])
        : [];
      const byKey = new Map<string, T[]>();
      for (const row of rows) {
        const key = idFrom(row.loader_key);
        const group = byKey.get(key) ?? [];
        group.push(toModel(row));
        byKey.set(key, group);
      }
      return keys.map((key) => byKey.get(canonicalId(key)) ?? []);
    },
    { cacheKeyFn: canonicalId },
  );
}
