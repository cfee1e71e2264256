/** Every error the API returns carries one of these in `extensions.code`. */
export enum ErrorCode {
  UNAUTHENTICATED = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  NOT_FOUND = "NOT_FOUND",
  BAD_USER_INPUT = "BAD_USER_INPUT",
  ALREADY_EXISTS = "ALREADY_EXISTS",
  INSUFFICIENT_FUNDS = "INSUFFICIENT_FUNDS",
  INVALID_TRANSITION = "INVALID_TRANSITION",
  AFFILIATE_DISABLED = "AFFILIATE_DISABLED",
  CONFLICT = "CONFLICT",
  RATE_LIMITED = "RATE_LIMITED",
  /** The database is not answering (HTTP 503 with Retry-After): nothing was saved; try again shortly. */
  SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

export const ERROR_CODES: readonly ErrorCode[] = Object.values(ErrorCode);
