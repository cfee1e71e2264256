// mysql2's and Node's codes for "the database is not there": refused, dropped, reset or timed out.
const CONNECTION_LOST_CODES: ReadonlySet<string> = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "PROTOCOL_CONNECTION_LOST",
  "PROTOCOL_SEQUENCE_TIMEOUT",
  "ER_CON_COUNT_ERROR",
  "ER_SERVER_SHUTDOWN",
]);

/**
 * Whether `error` says the database could not be reached (rather than that a statement was wrong):
 * the client gets 503 SERVICE_UNAVAILABLE and may try again, not 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && depth < 5; depth++) {
    const { code, fatal } = cause as { code?: unknown; fatal?: unknown };
    if (typeof code === "string" && CONNECTION_LOST_CODES.has(code)) return true;
    // mysql2 marks an error that broke the connection itself as fatal.
    if (fatal === true) return true;
    // TypeORM's QueryFailedError, graphql-js's located and non-Error wrappers, Error.cause.
    const next = cause as {
      driverError?: unknown;
      originalError?: unknown;
      thrownValue?: unknown;
      cause?: unknown;
    };
    cause = next.driverError ?? next.originalError ?? next.thrownValue ?? next.cause;
  }
  return false;
}
