// The server's entry to the API: the schema, its context and error formatting (services: ../domain).
import "reflect-metadata";

export * from "./errors";
export type { ApiContext } from "./context";
export { authChecker, viewerOf, type ApiRole } from "./auth-checker";
export { buildApiSchema, printApiSchema } from "./build-schema";
export { formatApiError, INTERNAL_ERROR_MESSAGE } from "./format-error";
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./common/page.args";
export { DecimalScalar } from "./scalars/decimal.scalar";
export { DateTimeISOScalar } from "./scalars/date-time-iso.scalar";
export { LocalDateScalar } from "./scalars/local-date.scalar";
