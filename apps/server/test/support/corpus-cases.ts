// The bad-input corpus's vocabulary: who sends a case, what it sends, and what it may get back.

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

export interface CorpusCase {
  name: string;
  as: Sender;
  graphql?: GraphQLCase;
  raw?: RawCase;
  /** "error" (the default): it must be refused. "either": data is fine too (an odd but valid read). */
  answers?: "error" | "either";
  /** The codes a refusal may carry (any contract code but INTERNAL_SERVER_ERROR if not given). */
  codes?: readonly string[];
}

export interface CorpusGroup {
  name: string;
  cases: (targets: CorpusTargets) => CorpusCase[];
}

export const BAD_INPUT = ["BAD_USER_INPUT"] as const;

/** Decimal strings and values no Decimal input accepts (DESIGN: ^\d{1,13}(\.\d{1,2})?$, as a string). */
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

/** Ids that name no record of the sender's, or are no id at all. */
export const BAD_IDS: readonly unknown[] = [
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
  1.5,
  true,
  {},
  [],
  null,
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

/** Calendar dates that are not real or not allowed as a payment date. */
export const BAD_LOCAL_DATES: readonly unknown[] = [
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
  "9999-12-31",
  "0001-01-01",
  "+002026-01-01",
  "2026-01-01'; DROP TABLE withdrawals;--",
  20260101,
];

/** Instants that are not RFC 3339 date-times, or lie in the future. */
export const BAD_DATE_TIMES: readonly unknown[] = [
  "not a date",
  "",
  "2026-02-30T00:00:00Z",
  "2026-01-01T25:00:00Z",
  "2026-01-01T00:00:00",
  "2999-01-01T00:00:00.000Z",
  "' OR 1=1 --",
  {},
  [],
  true,
];

/** Every (value, name) of a table, named for the report. */
export const named = (values: readonly unknown[]): Array<[unknown, string]> =>
  values.map((value) => [value, JSON.stringify(value)?.slice(0, 40) ?? String(value)]);
