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
}

/** Every problem with the environment, one clear line each. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

function checkDatabaseUrl(value: string, problems: string[]): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    problems.push(`DATABASE_URL is not a URL: expected mysql://user:password@host:port/database.`);
    return;
  }
  if (url.protocol !== "mysql:") {
    problems.push(`DATABASE_URL must start with mysql:// (got ${url.protocol}//).`);
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ""));
  if (!/^[A-Za-z0-9_$]{1,64}$/.test(database)) {
    problems.push(
      "DATABASE_URL must name a database (letters, digits, _ or $), e.g. mysql://root@127.0.0.1:3306/allyhut.",
    );
  }
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
  };
}
