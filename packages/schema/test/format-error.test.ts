import { GraphQLError, parse, Source, validate, type GraphQLFormattedError } from "graphql";
import {
  ApiError,
  buildApiSchema,
  ErrorCode,
  formatApiError,
  INTERNAL_ERROR_MESSAGE,
} from "../src/graphql";

const stacktrace = ["Error: boom", "    at somewhere (file.ts:1:1)"];
const formatted = (
  message: string,
  extensions: Record<string, unknown>,
): GraphQLFormattedError => ({
  message,
  locations: [{ line: 1, column: 3 }],
  path: ["requestWithdrawal"],
  extensions: { ...extensions, stacktrace },
});

describe("formatApiError", () => {
  it("keeps contract errors as they are, stack traces only when details are exposed", () => {
    const error = new ApiError(ErrorCode.INSUFFICIENT_FUNDS, "Not enough available.");
    const input = formatted("Not enough available.", { code: "INSUFFICIENT_FUNDS" });
    expect(formatApiError(input, error, { exposeDetails: false })).toEqual({
      message: "Not enough available.",
      locations: [{ line: 1, column: 3 }],
      path: ["requestWithdrawal"],
      extensions: { code: "INSUFFICIENT_FUNDS" },
    });
    expect(formatApiError(input, error, { exposeDetails: true }).extensions).toEqual({
      code: "INSUFFICIENT_FUNDS",
      stacktrace,
    });
    expect(formatApiError(input, error).extensions).toEqual({ code: "INSUFFICIENT_FUNDS" });
  });

  it("keeps the field of a service's BAD_USER_INPUT", () => {
    const input = formatted("Too long.", { code: "BAD_USER_INPUT", field: "receiptNumber" });
    expect(formatApiError(input, undefined, { exposeDetails: false }).extensions).toEqual({
      code: "BAD_USER_INPUT",
      field: "receiptNumber",
    });
  });

  it.each(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_REQUEST"])(
    "turns Apollo's %s into BAD_USER_INPUT",
    (code) => {
      const input = formatted('Cannot query field "nope" on type "Query".', { code });
      const output = formatApiError(input, undefined, { exposeDetails: false });
      expect(output.message).toBe('Cannot query field "nope" on type "Query".');
      expect(output.extensions).toEqual({ code: "BAD_USER_INPUT" });
    },
  );

  it.each([
    ['Variable "$input" got invalid value "1.001" at "input.amount"; Expected a decimal', "amount"],
    [
      'Variable "$input" got invalid value "x" at "input.items[2].paidOn"; Expected a date',
      "paidOn",
    ],
    [
      'Variable "$first" got invalid value "ten"; Int cannot represent non-integer value: "ten"',
      "first",
    ],
    [
      'Variable "$input" got invalid value { affiliateId: "a1" }; Field "amount" of required type "Decimal!" was not provided.',
      "amount",
    ],
    [
      'Variable "$input" got invalid value { x: 1 }; Field "x" is not defined by type "RequestWithdrawalInput".',
      "x",
    ],
    ['Variable "$id" of required type "ID!" was not provided.', "id"],
    ['Variable "$id" of non-null type "ID!" must not be null.', "id"],
  ])("names the input field of the variable coercion error %p", (message, field) => {
    const output = formatApiError(formatted(message, { code: "BAD_USER_INPUT" }), undefined, {
      exposeDetails: false,
    });
    expect(output.extensions).toEqual({ code: "BAD_USER_INPUT", field });
  });

  it.each(['Variable "$d" is never used.', 'Variable "$d" is not defined by operation "A".'])(
    "names no field for the validation error %p",
    (message) => {
      const output = formatApiError(
        formatted(message, { code: "GRAPHQL_VALIDATION_FAILED" }),
        undefined,
      );
      expect(output.extensions).toEqual({ code: "BAD_USER_INPUT" });
    },
  );

  it("names the input field of a bad literal, as Apollo reports it after validation", () => {
    const source = new Source(
      'mutation { requestWithdrawal(input: { affiliateId: "a1", amount: "1.001" }) { id } }',
    );
    const [scalarError] = validate(buildApiSchema(), parse(source));
    if (!scalarError) throw new Error("expected a validation error");
    // What Apollo's ValidationError does with it: same message and nodes, its own code.
    const apolloError = new GraphQLError(scalarError.message, {
      nodes: scalarError.nodes,
      originalError: scalarError,
      extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
    });
    const output = formatApiError(apolloError.toJSON(), apolloError, { exposeDetails: false });
    expect(output.extensions).toEqual({ code: "BAD_USER_INPUT", field: "amount" });
  });

  it("names the argument of a wrongly typed literal", () => {
    const source = new Source('{ affiliates(first: "ten") { totalCount } }');
    const [error] = validate(buildApiSchema(), parse(source));
    if (!error) throw new Error("expected a validation error");
    const input = { ...error.toJSON(), extensions: { code: "GRAPHQL_VALIDATION_FAILED" } };
    expect(formatApiError(input, error, { exposeDetails: false }).extensions).toEqual({
      code: "BAD_USER_INPUT",
      field: "first",
    });
  });

  it("hides unexpected errors behind INTERNAL_SERVER_ERROR, the stack trace only when details are exposed", () => {
    const driverError = Object.assign(new Error("ER_DUP_ENTRY: INSERT INTO withdrawals ..."), {
      sql: "INSERT INTO withdrawals ...",
    });
    const input = formatted("ER_DUP_ENTRY: INSERT INTO withdrawals ...", {
      code: "INTERNAL_SERVER_ERROR",
      sql: "INSERT INTO withdrawals ...",
    });
    const hidden = {
      message: INTERNAL_ERROR_MESSAGE,
      locations: [{ line: 1, column: 3 }],
      path: ["requestWithdrawal"],
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
    expect(formatApiError(input, driverError, { exposeDetails: false })).toEqual(hidden);
    // The debugging setting shows the stack, never the driver's other fields.
    expect(formatApiError(input, driverError, { exposeDetails: true })).toEqual({
      ...hidden,
      extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace },
    });
  });

  it("hides errors with a code outside the contract, or none", () => {
    const unknownCode = formatApiError(formatted("secret", { code: "ECONNREFUSED" }), undefined);
    expect(unknownCode).toEqual({
      message: INTERNAL_ERROR_MESSAGE,
      locations: [{ line: 1, column: 3 }],
      path: ["requestWithdrawal"],
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
    expect(formatApiError({ message: "secret" }, new Error("secret"))).toEqual({
      message: INTERNAL_ERROR_MESSAGE,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
  });
});

describe("formatApiError on literals graphql-js rejects", () => {
  it.each([
    ['{ affiliates(first: "ten") { totalCount } }', "first"],
    ["{ affiliates(status: GONE) { totalCount } }", "status"],
    ['{ affiliates(orderBy: { field: NAME, direction: "UP" }) { totalCount } }', "direction"],
    ["{ affiliate(id: 1.5) { id } }", "id"],
  ])("names the field of %p", (query, field) => {
    const [error] = validate(buildApiSchema(), parse(query));
    if (!error) throw new Error("expected a validation error");
    const input = { ...error.toJSON(), extensions: { code: "GRAPHQL_VALIDATION_FAILED" } };
    expect(formatApiError(input, error).extensions).toEqual({ code: "BAD_USER_INPUT", field });
  });
});
