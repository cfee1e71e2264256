import { GraphQLError, locatedError } from "graphql";
import {
  AlreadyExists,
  BadInput,
  DomainError,
  InsufficientFunds,
  NotFound,
  Unauthenticated,
} from "../src/domain";
import { formatApiError } from "../src/graphql";

// What Apollo hands formatError for an error a resolver threw: graphql-js's located wrapper.
function answerTo(error: DomainError, exposeDetails = false) {
  const located = locatedError(error, undefined, ["requestWithdrawal"]);
  const formatted = { ...located.toJSON(), extensions: { code: "INTERNAL_SERVER_ERROR" } };
  return formatApiError(formatted, located, { exposeDetails });
}

describe("a service's DomainError, as the API answers it", () => {
  it("carries its contract code and message, and the field it was raised with", () => {
    expect(answerTo(new BadInput("amount", "Enter an amount."))).toEqual({
      message: "Enter an amount.",
      path: ["requestWithdrawal"],
      extensions: { code: "BAD_USER_INPUT", field: "amount" },
    });
    expect(answerTo(new AlreadyExists("This slug is taken.", "slug")).extensions).toEqual({
      code: "ALREADY_EXISTS",
      field: "slug",
    });
    expect(answerTo(new InsufficientFunds("Insufficient funds: 1.00 USD.")).extensions).toEqual({
      code: "INSUFFICIENT_FUNDS",
    });
  });

  it("reads no field out of the message", () => {
    const message = 'Variable "$input" got invalid value "x" at "input.amount"; Expected a decimal';
    expect(answerTo(new BadInput("paidOn", message)).extensions).toEqual({
      code: "BAD_USER_INPUT",
      field: "paidOn",
    });
  });

  it("keeps the default messages of the contract", () => {
    expect(new NotFound("Offer").message).toBe("Offer not found.");
    expect(new Unauthenticated().message).toBe("Sign in first.");
    expect(new NotFound("Offer")).toBeInstanceOf(DomainError);
    expect(new NotFound("Offer")).not.toBeInstanceOf(GraphQLError);
  });
});
