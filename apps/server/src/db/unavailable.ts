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

// Errors after which nothing was saved and the same request may well succeed a moment later:
// 1047, a Galera node outside the primary component ("WSREP has not yet prepared node for
// application use"); 1213 and 1205, a deadlock or lock wait that outlasted inTransaction's retries.
const TRY_AGAIN_ERRNOS: ReadonlySet<number> = new Set([1047, 1213, 1205]);

/**
 * Whether `error` says the database could not be reached or could not take the write now (rather
 * than that a statement was wrong): the client gets 503 SERVICE_UNAVAILABLE and may try again, not 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && depth < 5; depth++) {
    const { code, fatal, errno } = cause as { code?: unknown; fatal?: unknown; errno?: unknown };
    if (typeof code === "string" && CONNECTION_LOST_CODES.has(code)) return true;
    if (typeof errno === "number" && TRY_AGAIN_ERRNOS.has(errno)) return true;
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
