// What every refusal must look like to a client, and a fingerprint of the database to prove it unchanged.
import { ERROR_CODES } from "@allyhut/schema";
import type { DataSource } from "typeorm";

/** A production configuration: error details off, Secure cookies, HSTS. */
export const PRODUCTION_ENV: NodeJS.ProcessEnv = {
  NODE_ENV: "production",
  SESSION_SECRET: "a-test-only-session-secret-of-at-least-32-characters",
  LOG_LEVEL: "silent",
  // Nothing listens there; the dispatcher is off, so no e-mail is ever tried.
  SMTP_URL: "smtp://127.0.0.1:1",
  DISPATCHER: "off",
};

const CONTRACT_CODES: ReadonlySet<string> = new Set(ERROR_CODES);

// Signs of internals: stack frames, driver errors, SQL text, file paths.
const LEAK_PATTERNS: readonly RegExp[] = [
  /stacktrace/i,
  /\bER_[A-Z_]{3,}/,
  /\bsql(Message|State)\b/i,
  /\b(SELECT|INSERT|UPDATE|DELETE)\b[^"]{0,120}\b(FROM|INTO|SET|WHERE)\b/i,
  /\bsql\b/i,
  /\bat [\w.<>]+ \(/,
  /node_modules|\/work\/|\.ts:\d+/,
  /TypeError|ReferenceError|Cannot read propert/,
];

/** Every string inside `value` (variables, inputs), to tell an echo of the input from a leak. */
export function stringsIn(value: unknown, into: string[] = []): string[] {
  if (typeof value === "string") into.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, into);
  else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      into.push(key);
      stringsIn(item, into);
    }
  }
  return into;
}

/** The body text with the client's own strings cut out, in the forms graphql-js and JSON echo them. */
export function withoutEchoes(bodyText: string, sent: readonly string[]): string {
  let text = bodyText;
  const forms = sent
    .filter((value) => value.length >= 3)
    .flatMap((value) => [
      JSON.stringify(JSON.stringify(value)).slice(1, -1),
      JSON.stringify(value).slice(1, -1),
      value,
    ])
    .sort((a, b) => b.length - a.length);
  for (const form of forms) text = text.split(form).join("«echo»");
  return text;
}

/** The leak patterns found in a response body, echoes of `sent` excepted. */
export function leaksIn(bodyText: string, sent: readonly string[] = []): string[] {
  const text = withoutEchoes(bodyText, sent);
  return LEAK_PATTERNS.filter((pattern) => pattern.test(text)).map(String);
}

export interface RefusalCheck {
  status: number;
  bodyText: string;
  /** Strings the request carried: the answer may echo them. */
  sent?: readonly string[];
}

/** The one refusal a request must get: see corpus-cases.ts. */
export interface ExpectedRefusal {
  status: number;
  code: string;
  field?: string;
}

/**
 * Problems with a refusal, [] if it is exactly the expected one: a JSON body of GraphQL errors and
 * no data, at the expected HTTP status, every error of the expected code (a contract code), the
 * first naming the expected field (or none), and no internals in the body.
 */
export function refusalProblems(
  { status, bodyText, sent = [] }: RefusalCheck,
  expected: ExpectedRefusal,
): string[] {
  const problems: string[] = [];
  const leaks = leaksIn(bodyText, sent);
  if (leaks.length > 0) problems.push(`leaks ${leaks.join(", ")}`);
  if (status !== expected.status) problems.push(`HTTP ${status}, expected ${expected.status}`);
  let body: {
    data?: unknown;
    errors?: Array<{ extensions?: { code?: unknown; field?: unknown } }>;
  };
  try {
    body = JSON.parse(bodyText);
  } catch {
    problems.push("not a JSON answer");
    return problems;
  }
  const errors = Array.isArray(body?.errors) ? body.errors : [];
  if (errors.length === 0) problems.push("accepted: no error");
  if (body?.data != null) problems.push("data along with the errors");
  for (const code of errors.map((error) => String(error.extensions?.code))) {
    if (!CONTRACT_CODES.has(code)) problems.push(`code ${code} is not a contract code`);
    if (code !== expected.code) problems.push(`code ${code}, expected ${expected.code}`);
  }
  const field = errors[0]?.extensions?.field;
  if (errors.length > 0 && field !== expected.field) {
    problems.push(
      `field ${JSON.stringify(field)}, expected ${JSON.stringify(expected.field)} (none if undefined)`,
    );
  }
  return problems;
}

/** CHECKSUM TABLE over every table: equal fingerprints mean no row changed. */
export async function databaseFingerprint(db: DataSource): Promise<Record<string, string>> {
  const tables: Array<{ name: string }> = await db.query(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY table_name",
  );
  const fingerprint: Record<string, string> = {};
  for (const { name } of tables) {
    if (name === "migrations" || name === "login_throttles" || name === "sessions") continue;
    const [row] = await db.query(`CHECKSUM TABLE \`${name}\``);
    fingerprint[name] = String(row.Checksum);
  }
  return fingerprint;
}
