// The bad-input corpus's vocabulary: who sends a case, what it sends, and the one answer it must get.
import { ErrorCode } from "@allyhut/schema";

/** The clients a case can be sent by. */
export type Sender = "anonymous" | "seller" | "affiliate" | "member";

/** The records the cases aim at, so only the poisoned value is wrong. */
export interface CorpusTargets {
  /** The affiliate client's own membership (it has money available). */
  affiliateId: string;
  referralCode: string;
  offerId: string;
  /** A PENDING withdrawal of the affiliate, processed by the seller. */
  withdrawalId: string;
  /** An order the seller recorded. */
  orderId: string;
  sellerSlug: string;
  /** An OPEN payout batch of the seller (another PENDING withdrawal of the affiliate in it). */
  batchId: string;
}

export interface GraphQLCase {
  query: string;
  variables?: Record<string, unknown>;
}

export interface RawCase {
  method?: string;
  /** Appended to /graphql (a query string). */
  search?: string;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * The one answer a case must get: the HTTP status, the code every error carries, and the field the
 * first error names (none given: the answer names no field).
 */
export interface Expected {
  status: number;
  code: ErrorCode;
  field?: string;
}

export interface CorpusCase {
  name: string;
  as: Sender;
  graphql?: GraphQLCase;
  raw?: RawCase;
  expect: Expected;
}

export interface CorpusGroup {
  name: string;
  cases: (targets: CorpusTargets) => CorpusCase[];
}

/** GraphQL itself refuses it (the request, the document, or a variable its type does not take): 400. */
export const invalid = (field?: string): Expected => ({
  status: 400,
  code: ErrorCode.BAD_USER_INPUT,
  ...(field === undefined ? {} : { field }),
});

/** The API's own rule refuses a value its type takes: 200, BAD_USER_INPUT on the field. */
export const refused = (field: string): Expected => ({
  status: 200,
  code: ErrorCode.BAD_USER_INPUT,
  field,
});

/** Another refusal the API's code decides (200): NOT_FOUND, UNAUTHENTICATED, INSUFFICIENT_FUNDS… */
export const answered = (code: ErrorCode): Expected => ({ status: 200, code });

/** The HTTP layer refuses the request before GraphQL runs (405, 413, 415), still as a GraphQL error. */
export const httpRefusal = (status: number): Expected => ({
  status,
  code: ErrorCode.BAD_USER_INPUT,
});

/**
 * How a value in a slot is refused, the slot naming the field: "type" — GraphQL does not coerce it
 * (400); "rule" — the API's rule (200); "no record" — an id or order that names nothing of the
 * sender's (200 NOT_FOUND, no field); or the whole answer when it is none of these.
 */
export type Refusal = "type" | "rule" | "no record" | Expected;

/** A table of bad values, each with how it is refused. */
export type ValueTable = ReadonlyArray<readonly [value: unknown, refusal: Refusal]>;

/** Values all refused the same way. */
export const all = (refusal: Refusal, values: readonly unknown[]): ValueTable =>
  values.map((value) => [value, refusal] as const);

/**
 * Decimal strings and values no Decimal input accepts (DESIGN: ^\d{1,13}(\.\d{1,2})?$, as a string):
 * the Decimal scalar refuses each of them ("type").
 */
export const MALFORMED_DECIMALS: readonly unknown[] = [
  "-1",
  "-0.01",
  "1.001",
  "0.999",
  "1e3",
  "1E3",
  "+1",
  " 1",
  "1 ",
  "",
  " ",
  "1,00",
  "1.2.3",
  "NaN",
  "Infinity",
  "0x10",
  "١٢",
  "１",
  "12345678901234",
  "9".repeat(400),
  "1.",
  ".5",
  "1_000",
  "'; DROP TABLE offers; --",
  "1 OR 1=1",
  "<script>alert(1)</script>",
  1,
  1.5,
  true,
  { amount: "1" },
  ["1"],
  null,
];

/**
 * Ids that name no record of the sender's (any string: NOT_FOUND), or are no ID at all (a float, a
 * boolean, an object, a list, null: GraphQL refuses the variable).
 */
export const BAD_IDS: ValueTable = [
  ...all("no record", [
    "",
    " ",
    "0",
    "-1",
    "1.5",
    "1e3",
    "99999999999999999999999999",
    "18446744073709551616",
    "1 OR 1=1",
    "1; DROP TABLE affiliates",
    "<script>",
    "١",
    "0x1",
    "null",
  ]),
  ...all("type", [1.5, true, {}, [], null]),
];

/** Strings that are valid input but ought to be treated as data, never as code. */
export const NASTY_STRINGS: readonly string[] = [
  "'; DROP TABLE users; --",
  "Robert'); DROP TABLE withdrawals;--",
  '" OR ""="',
  "' OR '1'='1' /*",
  "1 UNION SELECT password_hash FROM users",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "</textarea><svg onload=alert(1)>",
  "%_\\%",
  "\\'; --",
  "${jndi:ldap://example.invalid/a}",
  "{{7*7}}",
  "مرحبا بالعالم",
  "שלום עולם",
  "\u202egnp.exe",
  "a\u200bb\u200dc",
  "e\u0301 ñ ü",
  "💸🧾 𝕏 🏳️‍🌈",
  "line one\nline two\ttabbed",
  "“quotes” ‘single’ «guillemets»",
];

/**
 * Calendar dates the LocalDate scalar refuses (not real, not YYYY-MM-DD), and real ones no payment
 * date may be (the rule: not in the far future nor the distant past).
 */
export const BAD_LOCAL_DATES: ValueTable = [
  ...all("type", [
    "2026-02-30",
    "2025-02-29",
    "2026-13-01",
    "2026-00-10",
    "26-01-01",
    "2026-1-1",
    "2026/01/01",
    "01/02/2026",
    "2026-01-01T00:00:00Z",
    "tomorrow",
    "",
    "+002026-01-01",
    "2026-01-01'; DROP TABLE withdrawals;--",
    20260101,
  ]),
  ...all("rule", ["9999-12-31", "0001-01-01"]),
];

/** Values the DateTimeISO scalar refuses, and an instant in the future (the rule refuses it). */
export const BAD_DATE_TIMES: ValueTable = [
  ...all("type", [
    "not a date",
    "",
    "2026-02-30T00:00:00Z",
    "2026-01-01T25:00:00Z",
    "2026-01-01T00:00:00",
    "' OR 1=1 --",
    {},
    [],
    true,
  ]),
  ...all("rule", ["2999-01-01T00:00:00.000Z"]),
];

/** A value as the report names it. */
export const nameOf = (value: unknown): string =>
  JSON.stringify(value)?.slice(0, 40) ?? String(value);
