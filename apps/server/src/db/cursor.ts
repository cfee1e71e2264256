import { BadInput, type ConnectionModel } from "@allyhut/schema/domain";

// Keyset paging: page sizes, and opaque cursors holding the sort key and the id of the last row
// seen, base64url-encoded JSON.

export type CursorKey = [value: string | number, id: string];

const foreignCursor = () =>
  new BadInput("after", "This cursor is not one this list gave out; start again without `after`.");

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

/** Decodes a cursor made by encodeCursor; anything else is BAD_USER_INPUT on `after`. */
export function decodeCursor(cursor: string): CursorKey {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(key) &&
      key.length === 2 &&
      (typeof key[0] === "string" || typeof key[0] === "number") &&
      typeof key[1] === "string" &&
      /^\d{1,20}$/.test(key[1])
    ) {
      return [key[0], key[1]];
    }
  } catch {
    // fall through to the error below
  }
  throw foreignCursor();
}

/**
 * A cursor whose sort key is a whole number (epoch milliseconds, cents) exact to the DATETIME(3)
 * tick, travelling as "LABEL:integer": a cursor of another list or order is refused, not misread.
 */
export const encodeWholeKeyCursor = (label: string, value: number, id: string): string =>
  encodeCursor([`${label}:${value}`, id]);

/** The (value, id) of a cursor of encodeWholeKeyCursor with this label; else BAD_USER_INPUT. */
export function decodeWholeKeyCursor(cursor: string, label: string): [number, string] {
  const [key, id] = decodeCursor(cursor);
  const match = typeof key === "string" ? /^([A-Z_]+):(-?\d{1,16})$/.exec(key) : null;
  if (!match || match[1] !== label || !Number.isSafeInteger(Number(match[2]))) {
    throw foreignCursor();
  }
  return [Number(match[2]), id];
}

/** A page holds 1 to 100 nodes; BAD_USER_INPUT on `first` otherwise. */
export function pageSizeOf(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > 100) {
    throw new BadInput("first", "first must be between 1 and 100.");
  }
  return first;
}

export function emptyConnection<T>(): ConnectionModel<T> {
  return { nodes: [], hasNextPage: false, endCursor: null, totalCount: async () => 0 };
}
