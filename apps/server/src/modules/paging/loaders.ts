import DataLoader from "dataloader";
import { canonicalId, idFrom, isRowId, type Queryable } from "../../db/sql-values";

/** A row of a loader's statement: its `select` names the key `loader_key`. */
type KeyedRow<R> = R & { loader_key: unknown };

/** The ids among `keys` that can name a row, once each: the values of `WHERE <key> IN (?)`. */
const rowIdsOf = (keys: readonly string[]): string[] => [...new Set(keys.filter(isRowId))];

/**
 * A per-request loader of one record per key: one `WHERE <keyColumn> IN (?)` statement for all the
 * keys asked for in a tick. `select` must name the key `loader_key`. `missing(key)` is what a key
 * without a row gives (null, or an Error).
 */
export function rowLoader<T, R = Record<string, unknown>>(
  db: Queryable,
  select: string,
  keyColumn: string,
  toModel: (row: R) => T,
  missing: (key: string) => T | Error,
): DataLoader<string, T> {
  return new DataLoader<string, T, string>(
    async (keys) => {
      const ids = rowIdsOf(keys);
      const rows: Array<KeyedRow<R>> = ids.length
        ? await db.query(`${select} WHERE ${keyColumn} IN (?)`, [ids])
        : [];
      const byKey = new Map(rows.map((row) => [idFrom(row.loader_key), toModel(row)]));
      return keys.map((key) => byKey.get(canonicalId(key)) ?? missing(key));
    },
    { cacheKeyFn: canonicalId },
  );
}

/**
 * A per-request loader of every record per key (a seller's offers, a withdrawal's history): one
 * statement for all the keys of a tick, each group in the statement's order. `select` must name
 * the key `loader_key`.
 */
export function groupLoader<T, R = Record<string, unknown>>(
  db: Queryable,
  select: string,
  keyColumn: string,
  orderBy: string,
  toModel: (row: R) => T,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[], string>(
    async (keys) => {
      const ids = rowIdsOf(keys);
      const rows: Array<KeyedRow<R>> = ids.length
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
