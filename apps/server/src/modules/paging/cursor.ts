import { codePointLength } from "@allyhut/schema";
import { BadInput } from "@allyhut/schema/domain";

// Opaque cursors: base64url JSON of ["LABEL:value", id], the sort key and id of the last row seen.
// The label names the list's order, so a cursor of another list or order is refused, not misread.

/** The pair a cursor carries: the labelled sort key, and the id of the last row seen. */
export type CursorKey = [key: string | number, id: string];

/** How a sort key's value travels: text, a whole number (cents, counts), or an instant (ms). */
export type SortValueKind = "text" | "integer" | "instant";

export type SortValue = string | number | Date;

// The longest text a list sorts on: a name, at most 100 code points.
const MAX_TEXT_KEY_LENGTH = 100;

const foreignCursor = () =>
  new BadInput("after", "This cursor is not one this list gave out; start again without `after`.");

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

/** The cursor of the row with sort key `value` and id `id`, in the order labelled `label`. */
export function cursorOf(label: string, value: SortValue, id: string): string {
  const key = value instanceof Date ? value.getTime() : value;
  return encodeCursor([`${label}:${key}`, id]);
}

/** The (sort key, id) of a cursor of cursorOf with this label and kind; else BAD_USER_INPUT on `after`. */
export function positionOf(
  cursor: string,
  label: string,
  kind: SortValueKind,
): [value: SortValue, id: string] {
  const [key, id] = decodeCursor(cursor);
  const prefix = `${label}:`;
  if (typeof key !== "string" || !key.startsWith(prefix)) throw foreignCursor();
  const value = valueOf(key.slice(prefix.length), kind);
  if (value === null) throw foreignCursor();
  return [value, id];
}

function valueOf(text: string, kind: SortValueKind): SortValue | null {
  if (kind === "text") return codePointLength(text) <= MAX_TEXT_KEY_LENGTH ? text : null;
  const number = /^-?\d{1,16}$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(number)) return null;
  if (kind === "integer") return number;
  const instant = new Date(number);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

function decodeCursor(cursor: string): CursorKey {
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
