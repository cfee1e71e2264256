import DataLoader from "dataloader";
import { canonicalId, idFrom, isRowId, type Queryable } from "../../db/sql-values";

/**
 * canonicalId without BigInt for an id already canonical ("7", as rows give it, never "007"): a
 * loader computes it for every key it loads, primes or clears.
 */
export const loaderKeyOf = (id: string): string =>
  /^[1-9]\d{0,18}$/.test(id) ? id : canonicalId(id);

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
      const byKey = new Map<string, T>();
      for (const row of rows) byKey.set(idFrom(row.loader_key), toModel(row));
      return keys.map((key) => byKey.get(loaderKeyOf(key)) ?? missing(key));
    },
    { cacheKeyFn: loaderKeyOf },
  );
}

/**
 * A per-request loader of every record per key (a seller's offers, a withdrawal's history): one
 * statement for all the keys of a tick, each group in the statement's order. `select` must name
 * the key `loader_key`. `toModel` maps a row; or, with `mapperOfStatement`, a mapper made for each
 * statement maps its rows (so it can share what the rows repeat, such as their offers).
 */
export function groupLoader<T, R = Record<string, unknown>>(
  db: Queryable,
  select: string,
  keyColumn: string,
  orderBy: string,
  toModel: (row: R) => T,
  mapperOfStatement: () => (row: R) => T = () => toModel,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[], string>(
    async (keys) => {
      const ids = rowIdsOf(keys);
      const rows: Array<KeyedRow<R>> = ids.length
        ? await db.query(`${select} WHERE ${keyColumn} IN (?) ORDER BY ${orderBy}`, [ids])
        : [];
      const modelOf = mapperOfStatement();
      const byKey = new Map<string, T[]>();
      for (const row of rows) {
        const key = idFrom(row.loader_key);
        const group = byKey.get(key);
        if (group) group.push(modelOf(row));
        else byKey.set(key, [modelOf(row)]);
      }
      return keys.map((key) => byKey.get(loaderKeyOf(key)) ?? []);
    },
    { cacheKeyFn: loaderKeyOf },
  );
}
