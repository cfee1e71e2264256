import type { OnHoldModel } from "@allyhut/schema/domain";
import DataLoader from "dataloader";
import { centsFrom, idFrom, isRowId, type Queryable, type Row } from "../../db/sql-values";
import { loaderKeyOf } from "../paging";

// On hold on a date: the commissions not reversed whose available_on is after it. A range of
// ix_commissions_affiliate_available per affiliate, which holds only the last hold period's sales.
const ON_HOLD_COLUMNS = `c.affiliate_id AS loader_key, SUM(c.amount_cents) AS on_hold_cents,
  MIN(c.available_on) AS next_available_on, MAX(c.available_on) AS on_hold_until`;
const ON_HOLD_CONDITIONS = "c.available_on > ? AND c.reversed_at IS NULL";

export const NOTHING_ON_HOLD: OnHoldModel = {
  onHoldCents: 0,
  nextAvailableOn: null,
  onHoldUntil: null,
};

/** The hold of a row of ON_HOLD_COLUMNS (prefixed `prefix`); no row or NULLs: nothing on hold. */
export function onHoldFrom(row: Row | undefined, prefix = ""): OnHoldModel {
  if (!row || row[`${prefix}on_hold_cents`] == null) return NOTHING_ON_HOLD;
  return {
    onHoldCents: centsFrom(row[`${prefix}on_hold_cents`]),
    nextAvailableOn: row[`${prefix}next_available_on`] as string,
    onHoldUntil: row[`${prefix}on_hold_until`] as string,
  };
}

/** What the affiliates `?` have on hold on the date `?`, one row per affiliate with any. */
export const ON_HOLD_OF_AFFILIATES = `SELECT ${ON_HOLD_COLUMNS} FROM commissions c
  WHERE c.affiliate_id IN (?) AND ${ON_HOLD_CONDITIONS} GROUP BY c.affiliate_id`;

/** What each affiliate has on hold `today()`: one statement for all the keys of a tick. */
export function onHoldLoader(db: Queryable, today: () => string): DataLoader<string, OnHoldModel> {
  return new DataLoader<string, OnHoldModel, string>(
    async (keys) => {
      const ids = [...new Set(keys.filter(isRowId))];
      const rows: Row[] = ids.length ? await db.query(ON_HOLD_OF_AFFILIATES, [ids, today()]) : [];
      const byKey = new Map(rows.map((row) => [idFrom(row.loader_key), onHoldFrom(row)]));
      return keys.map((key) => byKey.get(loaderKeyOf(key)) ?? NOTHING_ON_HOLD);
    },
    { cacheKeyFn: loaderKeyOf },
  );
}

/** One affiliate's hold on `today`, e.g. inside the transaction that locked its row. */
export async function onHoldIn(
  db: Queryable,
  affiliateId: unknown,
  today: string,
): Promise<OnHoldModel> {
  const [row] = await db.query(ON_HOLD_OF_AFFILIATES, [[affiliateId], today]);
  return onHoldFrom(row);
}

/**
 * Joined to an affiliate `a` whose id is the first parameter and today the second: its hold as
 * hold_on_hold_cents, hold_next_available_on, hold_on_hold_until (read with onHoldFrom(row, "hold_")).
 */
export const ON_HOLD_OF_AFFILIATE_JOIN = `LEFT JOIN (
    SELECT ${ON_HOLD_COLUMNS} FROM commissions c
    WHERE c.affiliate_id = ? AND ${ON_HOLD_CONDITIONS} GROUP BY c.affiliate_id
  ) hold ON hold.loader_key = a.id`;

export const ON_HOLD_OF_AFFILIATE_COLUMNS = `hold.on_hold_cents AS hold_on_hold_cents,
  hold.next_available_on AS hold_next_available_on, hold.on_hold_until AS hold_on_hold_until`;
