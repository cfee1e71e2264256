// JSON values exactly as AllyHut's schema serialises them: Decimal strings, ISO instants, cursors.
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const schemaDist = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../packages/schema/dist/index.js",
);
// The browser-safe money helpers: the same formatting, parsing and largest amount the API uses.
export const { MAX_DECIMAL_CENTS, formatCents, parseDecimalToCents } = require(schemaDist);

export const money = (cents, currencyCode) => ({
  amount: formatCents(Number(cents)),
  currencyCode,
});

export const iso = (date) => (date === null ? null : date.toISOString());

export const encodeCursor = (key) => Buffer.from(JSON.stringify(key), "utf8").toString("base64url");

export function decodeCursor(cursor) {
  const key = JSON.parse(Buffer.from(String(cursor), "base64url").toString("utf8"));
  if (!Array.isArray(key) || key.length !== 2 || !/^\d{1,20}$/.test(key[1])) {
    throw new GraphQLFailure("BAD_USER_INPUT", "This cursor is not one this list gave out.");
  }
  return key;
}

/** A DATETIME(3) parameter in UTC, as the server's driver sends one. */
export const sqlDateTime = (date) => date.toISOString().slice(0, 23).replace("T", " ");

export const balance = (row) => ({
  earned: money(row.earned_cents, row.currency_code),
  available: money(
    Number(row.earned_cents) - Number(row.pending_cents) - Number(row.paid_cents),
    row.currency_code,
  ),
  pending: money(row.pending_cents, row.currency_code),
  paid: money(row.paid_cents, row.currency_code),
});

/** An error the baseline answers as a GraphQL error with this extensions.code. */
export class GraphQLFailure extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/** A keyset page: `rows` has up to first + 1 rows; the extra one only says another page follows. */
export function pageOf(rows, first, cursorOf) {
  const nodes = rows.slice(0, first);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    pageInfo: { hasNextPage: rows.length > first, endCursor: last ? cursorOf(last) : null },
  };
}

/** `first` as the API checks it: 1..100. */
export function firstOf(value) {
  const first = value ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > 100) {
    throw new GraphQLFailure("BAD_USER_INPUT", "first must be between 1 and 100.");
  }
  return first;
}
