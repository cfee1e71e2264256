import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import { describeApiError } from "./errors";

describe("describeApiError", () => {
  it("tells a person to try again shortly when the database is unavailable", () => {
    const unavailable = new CombinedGraphQLErrors({
      errors: [{ message: "internal words", extensions: { code: "SERVICE_UNAVAILABLE" } }],
    });
    expect(describeApiError(unavailable)).toMatch(/briefly unavailable.*nothing was saved/);
  });

  it("says the same for a 503 that is not a GraphQL answer (the request deadline)", () => {
    const response = { status: 503, headers: new Headers() } as unknown as Response;
    const deadline = new ServerError("Received status code 503", { response, bodyText: "{}" });
    expect(describeApiError(deadline)).toMatch(/briefly unavailable/);
  });

  it("keeps a mutation's own message for the codes a person can act on", () => {
    const funds = new CombinedGraphQLErrors({
      errors: [{ message: "Only 2.00 is available.", extensions: { code: "INSUFFICIENT_FUNDS" } }],
    });
    expect(describeApiError(funds)).toBe("Only 2.00 is available.");
  });
});
