import { ErrorCode } from "@allyhut/schema";
import { GraphQLError, type GraphQLFormattedError } from "graphql";

/** Seconds a client should wait before trying again while the database is not answering. */
export const RETRY_AFTER_SECONDS = 5;

export const DATABASE_UNAVAILABLE_MESSAGE =
  "AllyHut cannot reach its database right now, so nothing was read or saved. Try again in a few seconds.";

/** The answer of a request the database could not serve: the client may retry it. */
export const unavailableError = (
  message = DATABASE_UNAVAILABLE_MESSAGE,
): GraphQLFormattedError => ({
  message,
  extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
});

/** For Apollo's context function: a GraphQLError it answers with HTTP 503 and Retry-After. */
export const unavailableContextError = (): GraphQLError =>
  new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, {
    extensions: {
      code: ErrorCode.SERVICE_UNAVAILABLE,
      http: {
        status: 503,
        headers: new Map([["retry-after", String(RETRY_AFTER_SECONDS)]]),
      },
    },
  });

/** Whether an answer's errors include one the database's absence caused. */
export const mentionsUnavailable = (
  errors: readonly GraphQLFormattedError[] | undefined,
): boolean =>
  errors?.some((error) => error.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE) ?? false;
