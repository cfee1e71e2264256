import path from "node:path";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const DEFAULT_DATABASE_URL = "mysql://root@127.0.0.1:3306/allyhut";
const SESSION_SECRET_MIN_LENGTH = 32;
// Under the 5 s in which a client should hear that the database is not answering.
const DEFAULT_REQUEST_DEADLINE_MS = 4_500;

export interface Config {
  nodeEnv: string;
  production: boolean;
  /** Stack traces in GraphQL errors, for debugging: only with EXPOSE_ERROR_DETAILS, never in production. */
  exposeErrorDetails: boolean;
  /** mysql://user:password@host:port/database */
  databaseUrl: string;
  /** Whether DATABASE_URL was given; if not, `npm start` may look for or start a local database. */
  databaseUrlFromEnv: boolean;
  port: number;
  logLevel: LogLevel;
  sessionSecret: string | null;
  /** The built SPA; served at / when its index.html exists. */
  webDistDir: string;
  /** Express's "trust proxy": behind a load balancer, the client address comes from X-Forwarded-For. */
  trustProxy: boolean | number | string;
  /** A GraphQL request not answered by then gets a 503, and no further SQL statement of it runs. */
  requestDeadlineMs: number;
  /** smtp:// or smtps:// URL of the mail server; null: `npm start` runs a local mail catcher. */
  smtpUrl: string | null;
  /** The From address of every e-mail; the seller's name goes in front of it. */
  mailFrom: string;
  /** Where people reach this server (links in e-mails), without a trailing slash. */
  publicUrl: string;
  /** Webhooks to http:// and private addresses, for local development only. */
  allowPrivateWebhooks: boolean;
  /** Whether this process also runs the outbox dispatcher (DISPATCHER=off leaves it to `npm run worker`). */
  runDispatcher: boolean;
  /** Whether an empty database gets the demo accounts (published password): never by default in production. */
  demoData: boolean;
  /** Asynchronous replicas of DATABASE_URL for the list and overview reads (none: all reads there). */
  databaseReplicaUrls: string[];
  /** How long a read waits for a replica to apply its session's own writes before asking the primary. */
  replicaWaitMs: number;
  /** How long an instance may serve a signed-in session without reading it again (0: always read). */
  sessionCacheMs: number;
  /** Operations run compiled by graphql-jit (GRAPHQL_JIT=off: graphql-js, to compare). */
  compiledExecution: boolean;
}

/** Every problem with the environment, one clear line each. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

function checkDatabaseUrl(value: string, problems: string[], name = "DATABASE_URL"): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    problems.push(`${name} is not a URL: expected mysql://user:password@host:port/database.`);
    return;
  }
  if (url.protocol !== "mysql:") {
    problems.push(`${name} must start with mysql:// (got ${url.protocol}//).`);
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ""));
  if (!/^[A-Za-z0-9_$]{1,64}$/.test(database)) {
    problems.push(
      `${name} must name a database (letters, digits, _ or $), e.g. mysql://root@127.0.0.1:3306/allyhut.`,
    );
  }
}

function parseReplicaUrls(value: string | undefined, problems: string[]): string[] {
  const urls = (value ?? "")
    .split(",")
    .map((url) => url.trim())
    .filter(Boolean);
  for (const url of urls) checkDatabaseUrl(url, problems, "DATABASE_REPLICA_URLS");
  return urls;
}

// Past a second a replica is further behind than a read from the primary costs.
const MAX_REPLICA_WAIT_MS = 1_000;
const DEFAULT_REPLICA_WAIT_MS = 200;

function parseReplicaWait(value: string | undefined, problems: string[]): number {
  if (value === undefined || value === "") return DEFAULT_REPLICA_WAIT_MS;
  const ms = /^\d{1,4}$/.test(value) ? Number(value) : NaN;
  if (!(ms >= 0 && ms <= MAX_REPLICA_WAIT_MS)) {
    problems.push(
      `REPLICA_WAIT_MS must be a whole number from 0 to ${MAX_REPLICA_WAIT_MS} (got "${value}").`,
    );
  }
  return ms;
}

// A sign-out on another instance ends the session here within this bound (modules/auth/session-cache).
const MAX_SESSION_CACHE_MS = 10_000;
const DEFAULT_SESSION_CACHE_MS = 2_000;

function parseSessionCache(value: string | undefined, nodeEnv: string, problems: string[]): number {
  // Tests count each request's statements, the session's included: off unless a test asks.
  if (value === undefined || value === "") return nodeEnv === "test" ? 0 : DEFAULT_SESSION_CACHE_MS;
  const ms = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(ms >= 0 && ms <= MAX_SESSION_CACHE_MS)) {
    problems.push(
      `SESSION_CACHE_MS must be a whole number from 0 to ${MAX_SESSION_CACHE_MS} (got "${value}").`,
    );
  }
  return ms;
}

function parsePort(value: string | undefined, problems: string[]): number {
  if (value === undefined || value === "") return 4000;
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(port >= 0 && port <= 65535)) {
    problems.push(`PORT must be a whole number from 0 to 65535 (got "${value}").`);
    return 4000;
  }
  return port;
}

function parseDeadline(value: string | undefined, problems: string[]): number {
  if (value === undefined || value === "") return DEFAULT_REQUEST_DEADLINE_MS;
  const ms = /^\d{1,7}$/.test(value) ? Number(value) : NaN;
  if (!(ms >= 100 && ms <= 600_000)) {
    problems.push(
      `REQUEST_DEADLINE_MS must be a whole number from 100 to 600000 (got "${value}").`,
    );
  }
  return ms;
}

// Off unless asked for in so many words: a stack trace tells an attacker about the code and the SQL.
function parseExposeErrorDetails(
  value: string | undefined,
  production: boolean,
  problems: string[],
): boolean {
  if (value === undefined || ["", "0", "false"].includes(value)) return false;
  if (value !== "1" && value !== "true") {
    problems.push(
      `EXPOSE_ERROR_DETAILS must be 1 or true to turn it on, 0 or false (got "${value}").`,
    );
    return false;
  }
  if (production) {
    problems.push(
      "EXPOSE_ERROR_DETAILS cannot be on when NODE_ENV=production: stack traces would reach clients.",
    );
  }
  return true;
}

function checkSmtpUrl(value: string, problems: string[]): void {
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    // Reported below.
  }
  if (!url || (url.protocol !== "smtp:" && url.protocol !== "smtps:") || !url.hostname) {
    problems.push("SMTP_URL must look like smtp://user:password@host:587 or smtps://host:465.");
  }
}

// A bare address or "Name <address>": enough to refuse a typo before the first e-mail bounces.
const MAIL_FROM_PATTERN = /^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/;

function parsePublicUrl(value: string | undefined, port: number, problems: string[]): string {
  if (!value) return `http://localhost:${port}`;
  try {
    const url = new URL(value);
    if (url.protocol === "http:" || url.protocol === "https:") return value.replace(/\/+$/, "");
  } catch {
    // Reported below.
  }
  problems.push(`PUBLIC_URL must be an http:// or https:// URL (got "${value}").`);
  return value;
}

function parseFlag(name: string, value: string | undefined, problems: string[]): boolean {
  if (value === undefined || ["", "0", "false", "off"].includes(value)) return false;
  if (["1", "true", "on"].includes(value)) return true;
  problems.push(`${name} must be 1/true/on or 0/false/off (got "${value}").`);
  return false;
}

function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (!value || value === "false") return false;
  if (value === "true") return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** Reads and validates the configuration; throws a ConfigError listing every bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const nodeEnv = env.NODE_ENV || "development";
  const production = nodeEnv === "production";

  const databaseUrlFromEnv = Boolean(env.DATABASE_URL);
  const databaseUrl = env.DATABASE_URL || DEFAULT_DATABASE_URL;
  checkDatabaseUrl(databaseUrl, problems);

  const port = parsePort(env.PORT, problems);

  const requestDeadlineMs = parseDeadline(env.REQUEST_DEADLINE_MS, problems);

  const logLevel = (env.LOG_LEVEL || "info") as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")} (got "${env.LOG_LEVEL}").`);
  }

  const exposeErrorDetails = parseExposeErrorDetails(
    env.EXPOSE_ERROR_DETAILS,
    production,
    problems,
  );

  const sessionSecret = env.SESSION_SECRET || null;
  if (production && !sessionSecret) {
    problems.push("SESSION_SECRET is required when NODE_ENV=production.");
  } else if (sessionSecret && sessionSecret.length < SESSION_SECRET_MIN_LENGTH) {
    problems.push(`SESSION_SECRET must be at least ${SESSION_SECRET_MIN_LENGTH} characters long.`);
  }

  const smtpUrl = env.SMTP_URL || null;
  if (smtpUrl) checkSmtpUrl(smtpUrl, problems);
  else if (production) {
    problems.push(
      "SMTP_URL is required when NODE_ENV=production: without it no affiliate hears that they were paid.",
    );
  }
  const mailFrom = env.MAIL_FROM || "AllyHut <no-reply@allyhut.localhost>";
  if (!MAIL_FROM_PATTERN.test(mailFrom)) {
    problems.push(`MAIL_FROM must be an address or "Name <address>" (got "${mailFrom}").`);
  }
  const publicUrl = parsePublicUrl(env.PUBLIC_URL, port, problems);
  const allowPrivateWebhooks = parseFlag(
    "ALLOW_PRIVATE_WEBHOOKS",
    env.ALLOW_PRIVATE_WEBHOOKS,
    problems,
  );
  if (allowPrivateWebhooks && production) {
    problems.push(
      "ALLOW_PRIVATE_WEBHOOKS cannot be on when NODE_ENV=production: webhooks could reach internal services.",
    );
  }
  const runDispatcher =
    env.DISPATCHER === undefined || env.DISPATCHER === ""
      ? true
      : parseFlag("DISPATCHER", env.DISPATCHER, problems);

  const demoData =
    env.DEMO_DATA === undefined || env.DEMO_DATA === ""
      ? !production
      : parseFlag("DEMO_DATA", env.DEMO_DATA, problems);

  const databaseReplicaUrls = parseReplicaUrls(env.DATABASE_REPLICA_URLS, problems);
  const replicaWaitMs = parseReplicaWait(env.REPLICA_WAIT_MS, problems);
  const sessionCacheMs = parseSessionCache(env.SESSION_CACHE_MS, nodeEnv, problems);
  const compiledExecution =
    env.GRAPHQL_JIT === undefined || env.GRAPHQL_JIT === ""
      ? true
      : parseFlag("GRAPHQL_JIT", env.GRAPHQL_JIT, problems);

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    nodeEnv,
    production,
    exposeErrorDetails,
    databaseUrl,
    databaseUrlFromEnv,
    port,
    logLevel,
    sessionSecret,
    // src/ and dist/ sit at the same depth, so this resolves to apps/web/dist from either.
    webDistDir: env.WEB_DIST_DIR || path.resolve(__dirname, "../../web/dist"),
    // "1" (one proxy hop), "true", or addresses/subnets such as "loopback, 10.0.0.0/8".
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    requestDeadlineMs,
    smtpUrl,
    mailFrom,
    publicUrl,
    allowPrivateWebhooks,
    runDispatcher,
    demoData,
    databaseReplicaUrls,
    replicaWaitMs,
    sessionCacheMs,
    compiledExecution,
  };
}
