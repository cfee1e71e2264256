import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import { ErrorCode } from "@allyhut/schema";

/** One API error, as much as the UI needs of it. */
export interface ApiErrorInfo {
  code: string | undefined;
  field: string | undefined;
  message: string;
}

/** The API errors inside an Apollo error; a network failure becomes one error without a code. */
export function apiErrors(error: unknown): ApiErrorInfo[] {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((graphQLError) => ({
      code: stringOrUndefined(graphQLError.extensions?.code),
      field: stringOrUndefined(graphQLError.extensions?.field),
      message: graphQLError.message,
    }));
  }
  const message = error instanceof Error ? error.message : String(error);
  return [{ code: undefined, field: undefined, message }];
}

/** The first error's code, e.g. "INSUFFICIENT_FUNDS". */
export function apiErrorCode(error: unknown): string | undefined {
  return apiErrors(error)[0]?.code;
}

/** BAD_USER_INPUT errors that name a field, as { field: message }: shown next to that field. */
export function fieldErrors(error: unknown): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const apiError of apiErrors(error)) {
    if (apiError.code === ErrorCode.BAD_USER_INPUT && apiError.field) {
      byField[leafFieldName(apiError.field)] = apiError.message;
    }
  }
  return byField;
}

const UNAVAILABLE_SENTENCE =
  "AllyHut is briefly unavailable, so nothing was saved. Please try again in a few seconds.";

/** A sentence a person can act on, for errors that are not about one field. */
export function describeApiError(error: unknown): string {
  // The request deadline answers 503 as plain JSON, which Apollo Client reports as a ServerError.
  if (ServerError.is(error) && error.statusCode === 503) return UNAVAILABLE_SENTENCE;
  const first = apiErrors(error)[0];
  if (!first) return "Something went wrong. Please try again.";
  switch (first.code) {
    case ErrorCode.UNAUTHENTICATED:
      return "Your session has ended. Please sign in again.";
    case ErrorCode.FORBIDDEN:
      return "You are not allowed to do that.";
    case ErrorCode.NOT_FOUND:
      return "This record no longer exists or is not yours to see.";
    case ErrorCode.RATE_LIMITED:
      return "Too many attempts. Please wait a minute and try again.";
    case ErrorCode.SERVICE_UNAVAILABLE:
      return UNAVAILABLE_SENTENCE;
    case ErrorCode.INTERNAL_SERVER_ERROR:
      return "The server ran into a problem. Please try again in a moment.";
    case undefined:
      return CombinedGraphQLErrors.is(error)
        ? first.message
        : "Could not reach AllyHut. Check your connection and try again.";
    default:
      return first.message;
  }
}

// "input.receiptNumber" and "receiptNumber" both name the receiptNumber field.
function leafFieldName(field: string): string {
  return field.split(".").pop() ?? field;
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** Puts an API error where the person will look: beside each field it names, else above the form. */
export function showApiError(
  form: { setErrors(errors: Record<string, string>): void },
  error: unknown,
  setFormError: (message: string) => void,
): void {
  const byField = fieldErrors(error);
  if (Object.keys(byField).length > 0) form.setErrors(byField);
  else setFormError(describeApiError(error));
}
