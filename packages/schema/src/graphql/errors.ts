import { GraphQLError, type ASTNode } from "graphql";
import { ErrorCode } from "../errors";

export { ErrorCode };

/**
 * An error raised while graphql-js parses a literal or variable (a scalar's parseLiteral/parseValue):
 * it must be a GraphQLError for graphql-js to report it as is. `nodes` locates it in the query.
 * Everything else throws the domain's errors (../domain/errors.ts).
 */
export class ApiError extends GraphQLError {
  constructor(code: ErrorCode, message: string, field?: string, nodes?: ASTNode) {
    super(message, { extensions: field ? { code, field } : { code }, nodes });
  }
}
