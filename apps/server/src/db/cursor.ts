import { badInput } from "@allyhut/schema/graphql";

// Opaque keyset cursors: the sort key and the id of the last row seen, base64url-encoded JSON.

export type CursorKey = [value: string | number, id: string];

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
  throw badInput(
    "after",
    "This cursor is not one this list gave out; start again without `after`.",
  );
}
