import { HOLD_DAYS_MAX, availableOnOf, holdDaysProblem } from "../src";

describe("hold period rules", () => {
  it("takes a whole number of days from 0 to 365", () => {
    for (const days of [0, 1, 30, HOLD_DAYS_MAX]) expect(holdDaysProblem(days)).toBeNull();
    for (const days of [-1, 366, 1e12, 1.5, Number.NaN, Infinity]) {
      expect(holdDaysProblem(days)).toBe(
        "The hold period must be a whole number of days from 0 to 365.",
      );
    }
  });

  it("makes a commission available on the sale's UTC date plus the hold", () => {
    expect(availableOnOf(new Date("2026-02-01T12:00:00Z"), 0)).toBe("2026-02-01");
    // Late on the 1st in New York is already the 2nd in UTC.
    expect(availableOnOf(new Date("2026-02-02T03:00:00Z"), 0)).toBe("2026-02-02");
    expect(availableOnOf(new Date("2026-01-31T23:59:59.999Z"), 30)).toBe("2026-03-02");
    expect(availableOnOf(new Date("2028-02-15T00:00:00Z"), 14)).toBe("2028-02-29");
    expect(availableOnOf(new Date("2026-06-30T10:00:00Z"), 365)).toBe("2027-06-30");
  });
});
