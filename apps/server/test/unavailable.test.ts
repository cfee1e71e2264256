import { QueryFailedError } from "typeorm";
import { isDatabaseUnavailable } from "../src/db/unavailable";

// What becomes 503 SERVICE_UNAVAILABLE (nothing saved, try again) rather than 500.
const driverError = (errno: number, code: string) =>
  new QueryFailedError("SELECT 1", [], Object.assign(new Error(code), { errno, code }));

describe("isDatabaseUnavailable", () => {
  it("is true for a lost connection and for errors after which a retry may succeed", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("x"), { code: "ECONNREFUSED" }))).toBe(
      true,
    );
    // A Galera node outside the primary component.
    expect(isDatabaseUnavailable(driverError(1047, "ER_UNKNOWN_COM_ERROR"))).toBe(true);
    // A deadlock or lock wait that outlasted inTransaction's retries.
    expect(isDatabaseUnavailable(driverError(1213, "ER_LOCK_DEADLOCK"))).toBe(true);
    expect(isDatabaseUnavailable(driverError(1205, "ER_LOCK_WAIT_TIMEOUT"))).toBe(true);
    // Wrapped, as graphql-js hands it over.
    expect(isDatabaseUnavailable({ originalError: driverError(1213, "ER_LOCK_DEADLOCK") })).toBe(
      true,
    );
  });

  it("is false for a statement that is wrong or a key that is taken", () => {
    expect(isDatabaseUnavailable(driverError(1062, "ER_DUP_ENTRY"))).toBe(false);
    expect(isDatabaseUnavailable(driverError(1064, "ER_PARSE_ERROR"))).toBe(false);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
  });
});
