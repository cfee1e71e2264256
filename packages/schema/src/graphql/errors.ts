import { GraphQLError, type ASTNode } from "graphql";
import { ErrorCode } from "../errors";

export { ErrorCode };

/**
 * An error the client may see: a contract code, a human message and, for bad input, the field at fault.
 * `nodes` locates an error raised while parsing a literal of the query (a scalar's parseLiteral).
 */
export class ApiError extends GraphQLError {
  constructor(code: ErrorCode, message: string, field?: string, nodes?: ASTNode) {
    super(message, { extensions: field ? { code, field } : { code }, nodes });
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
