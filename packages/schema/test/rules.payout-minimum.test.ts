import {
  belowMinimumPayoutProblem,
  formatMinimumPayout,
  MAX_DECIMAL_CENTS,
  minimumPayoutProblem,
} from "../src";

describe("minimum payout rules", () => {
  it.each([
    [0, true],
    [2500, true],
    [MAX_DECIMAL_CENTS, true],
    [-1, false],
    [MAX_DECIMAL_CENTS + 1, false],
    [0.5, false],
    [Number.NaN, false],
  ])("a minimum of %p cents is valid: %p", (cents, valid) => {
    expect(minimumPayoutProblem(cents) === null).toBe(valid);
  });

  it("refuses an amount below the minimum, naming it; 0 is no minimum; the minimum itself is fine", () => {
    expect(belowMinimumPayoutProblem(2499, 2500, "USD")).toBe("The minimum payout is $25.00.");
    expect(belowMinimumPayoutProblem(2500, 2500, "USD")).toBeNull();
    expect(belowMinimumPayoutProblem(1, 0, "USD")).toBeNull();
  });

  it("formats the minimum exactly, in the seller's currency", () => {
    expect(formatMinimumPayout(MAX_DECIMAL_CENTS, "USD")).toBe("$9,999,999,999,999.99");
    expect(formatMinimumPayout(1005, "EUR")).toBe("€10.05");
    expect(formatMinimumPayout(1005, "XXX1")).toBe("10.05 XXX1");
  });
});
