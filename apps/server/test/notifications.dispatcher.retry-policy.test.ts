import fc from "fast-check";
import {
  DEFAULT_RETRY_POLICY,
  backoffCeilingMs,
  isLastAttempt,
  retryDelayMs,
} from "../src/modules/notifications/dispatcher/retry-policy";

describe("the dispatcher's retry policy", () => {
  it("doubles the backoff ceiling from 30 s and caps it at an hour", () => {
    const ceilings = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) =>
      backoffCeilingMs(DEFAULT_RETRY_POLICY, n),
    );
    expect(ceilings).toEqual([
      30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000, 3_600_000, 3_600_000,
    ]);
    expect(backoffCeilingMs(DEFAULT_RETRY_POLICY, 1_000)).toBe(3_600_000);
  });

  it("jitters each retry anywhere from 0 to its ceiling (full jitter)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempt, r) => {
          const delay = retryDelayMs(DEFAULT_RETRY_POLICY, attempt, () => r);
          return delay >= 0 && delay <= backoffCeilingMs(DEFAULT_RETRY_POLICY, attempt);
        },
      ),
    );
    const spread = new Set(Array.from({ length: 50 }, () => retryDelayMs(DEFAULT_RETRY_POLICY, 3)));
    expect(spread.size).toBeGreaterThan(40);
  });

  it("stops after the 8th attempt; the lease outlasts a 10 s webhook post", () => {
    expect(isLastAttempt(DEFAULT_RETRY_POLICY, 7)).toBe(false);
    expect(isLastAttempt(DEFAULT_RETRY_POLICY, 8)).toBe(true);
    expect(DEFAULT_RETRY_POLICY.leaseMs * 0.75).toBeGreaterThan(10_000);
  });
});
