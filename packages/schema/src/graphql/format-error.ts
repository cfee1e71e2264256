import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { DomainError } from "../domain";
import { ERROR_CODES, ErrorCode } from "../errors";
import { ApiError } from "./errors";

export const INTERNAL_ERROR_MESSAGE = "Something went wrong on our side; it has been logged.";

// Apollo's codes for a request it could not parse, validate, resolve or coerce: the client's fault.
const CLIENT_REQUEST_CODES: ReadonlySet<string> = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "BAD_USER_INPUT",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

const CONTRACT_CODES: ReadonlySet<string> = new Set(ERROR_CODES);

/** The DomainError a resolver threw (graphql-js wraps it, keeping it as originalError), if it was one. */
function domainErrorOf(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  if (error instanceof GraphQLError && error.originalError instanceof DomainError) {
    return error.originalError;
  }
  return undefined;
}

// graphql-js names the input at fault only in its coercion and validation messages, so for those
// (and only those) the field is read out of the message or the query text below.
const lastSegment = (path: string): string | undefined =>
  path
    .replace(/\[\d+\]/g, "")
    .split(".")
    .pop();

/**
 * The innermost input field named by a variable coercion message, e.g. 'Variable "$input" got invalid
 * value "1.001" at "input.amount"; …' → "amount"; without a path, the variable's name.
 */
export function inputFieldOfVariableMessage(message: string): string | undefined {
  const head = /^Variable "\$([^"]+)" got invalid value .*? at "([^"]+)"; /.exec(message);
  if (head?.[2]) return lastSegment(head[2]);
  const missing = /; Field "([^"]+)" of required type /.exec(message)?.[1];
  if (missing) return lastSegment(missing);
  const unknown = /; Field "([^"]+)" is not defined by type /.exec(message)?.[1];
  if (unknown) return lastSegment(unknown);
  return /^Variable "\$([^"]+)" (got invalid value|of required type|of non-null type) /.exec(
    message,
  )?.[1];
}

// For a literal in the query (`amount: "1.001"`) the message names no field: read the name before the value.
function inputFieldBeforeValue(error: GraphQLError): string | undefined {
  const position = error.positions?.[0];
  if (!error.source || position === undefined) return undefined;
  return /([_A-Za-z][_0-9A-Za-z]*)\s*:\s*$/.exec(error.source.body.slice(0, position))?.[1];
}

// graphql-js's messages for a literal that does not fit its type (built-in scalars and enums).
const LITERAL_VALUE_MESSAGE =
  /^(Expected value of type |(Enum "[^"]+"|[_A-Za-z]\w*) cannot represent |Value "[^"]*" does not exist in )/;

/** The input field at fault in a coercion or literal validation error, when it can be told. */
function coercedInputField(message: string, error: unknown): string | undefined {
  if (/^Variable "\$/.test(message)) return inputFieldOfVariableMessage(message);
  const required = /^Field "([^"]+)" of required type /.exec(message)?.[1];
  if (required) return lastSegment(required);
  if (!(error instanceof GraphQLError)) return undefined;
  // A scalar's parseLiteral throws ApiError; Apollo wraps it as a validation error's originalError.
  const fromScalar = error instanceof ApiError || error.originalError instanceof ApiError;
  if (fromScalar || LITERAL_VALUE_MESSAGE.test(message)) return inputFieldBeforeValue(error);
  return undefined;
}

/**
 * Apollo's `formatError`: every error leaves with a contract code. A service's DomainError answers its
 * own code and field. Request errors (parse, validation,
 * coercion) become BAD_USER_INPUT, naming the input field in `extensions.field` where it can be told;
 * anything unexpected becomes INTERNAL_SERVER_ERROR with a generic message and nothing else, so no
 * stack, SQL or driver detail reaches the client. Stack traces are kept only with `exposeDetails`
 * (a debugging setting, never on in production), for unexpected errors too.
 */
export function formatApiError(
  formatted: GraphQLFormattedError,
  error: unknown,
  opts: { exposeDetails: boolean } = { exposeDetails: false },
): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
  const { stacktrace, ...extensions } = formatted.extensions ?? {};
  const details = opts.exposeDetails && stacktrace !== undefined ? { stacktrace } : {};

  const domain = domainErrorOf(error);
  if (domain) {
    // The code and field set where the error was raised; nothing is read out of its message.
    return { ...formatted, extensions: { ...domain.extensions, ...details } };
  }

  const known = CONTRACT_CODES.has(code) || CLIENT_REQUEST_CODES.has(code);
  if (!known || code === ErrorCode.INTERNAL_SERVER_ERROR) {
    return {
      message: INTERNAL_ERROR_MESSAGE,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...details },
    };
  }
  if (!CLIENT_REQUEST_CODES.has(code)) {
    return { ...formatted, extensions: { ...extensions, ...details } };
  }
  const field = extensions.field ?? coercedInputField(formatted.message, error);
  return {
    ...formatted,
    extensions: {
      ...extensions,
      code: ErrorCode.BAD_USER_INPUT,
      ...(field === undefined ? {} : { field }),
      ...details,
    },
  };
}
