import { GraphQLError } from "graphql";
import { ErrorCode } from "../errors";

export { ErrorCode };

/** An error the client may see: a contract code, a human message and, for bad input, the field at fault. */
export class ApiError extends GraphQLError {
  constructor(code: ErrorCode, message: string, field?: string) {
    super(message, { extensions: field ? { code, field } : { code } });
  }
}

export const badInput = (field: string, message: string): ApiError =>
  new ApiError(ErrorCode.BAD_USER_INPUT, message, field);

export const notFound = (what: string): ApiError =>
  new ApiError(ErrorCode.NOT_FOUND, `${what} not found.`);

export const unauthenticated = (): ApiError =>
  new ApiError(ErrorCode.UNAUTHENTICATED, "Sign in first.");

export const forbidden = (message = "You are not allowed to do this."): ApiError =>
  new ApiError(ErrorCode.FORBIDDEN, message);
