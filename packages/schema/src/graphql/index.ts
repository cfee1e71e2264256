// The server's entry to the API: schema, error formatting, and the types and interfaces it implements.
import "reflect-metadata";

export * from "./errors";
export * from "./models";
export * from "./services";
export { authChecker, viewerOf, type ApiRole } from "./auth-checker";
export { buildApiSchema, printApiSchema } from "./build-schema";
export { formatApiError, INTERNAL_ERROR_MESSAGE } from "./format-error";
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./common/page.args";
export { DecimalScalar } from "./scalars/decimal.scalar";
export { DateTimeISOScalar } from "./scalars/date-time-iso.scalar";
export { LocalDateScalar } from "./scalars/local-date.scalar";
