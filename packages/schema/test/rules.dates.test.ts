import { Kind } from "graphql";
import { LocalDateScalar } from "../src/graphql";
import {
  isCalendarDate,
  paidOnBeforeRequestProblem,
  paidOnProblem,
  todayUtc,
  utcDateOf,
} from "../src";

describe("UTC dates", () => {
  it("takes today and a request's date in UTC, whatever the local zone", () => {
    expect(todayUtc(new Date("2026-11-24T23:59:59.999Z"))).toBe("2026-11-24");
    expect(todayUtc(new Date("2026-11-25T00:00:00.000Z"))).toBe("2026-11-25");
    // 21:30 on the 24th in New York is already the 25th in UTC.
    expect(utcDateOf(new Date("2026-11-24T21:30:00-05:00"))).toBe("2026-11-25");
  });

  it.each(["2026-11-24", "2024-02-29", "0099-05-06", "0000-02-29"])(
    "reads %p as a calendar date, as the LocalDate scalar does",
    (date) => {
      expect(isCalendarDate(date)).toBe(true);
      expect(LocalDateScalar.parseLiteral({ kind: Kind.STRING, value: date })).toBe(date);
    },
  );

  it.each(["2026-02-30", "2025-02-29", "2026-13-01", "2026-2-3", " 2026-02-03", "", "24/11/2026"])(
    "refuses %p, as the LocalDate scalar does",
    (date) => {
      expect(isCalendarDate(date)).toBe(false);
      expect(() => LocalDateScalar.parseLiteral({ kind: Kind.STRING, value: date })).toThrow();
    },
  );
});

describe("isCalendarDate counts as the calendar does", () => {
  // The reference: what a Date makes of the string, written back.
  const byDate = (value: string) => {
    const date = new Date(`${value}T00:00:00.000Z`);
    return !Number.isNaN(date.getTime()) && utcDateOf(date) === value;
  };
  const two = (n: number) => String(n).padStart(2, "0");

  it.each([0, 1900, 2000, 2024, 2026, 2100, 2400, 9999])(
    "agrees with a Date on every month and day of %p, leap days included",
    (year) => {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const value = `${String(year).padStart(4, "0")}-${two(month)}-${two(day)}`;
          expect([value, isCalendarDate(value)]).toEqual([value, byDate(value)]);
        }
      }
    },
  );
});

describe("the date paid near midnight UTC", () => {
  const today = todayUtc(new Date("2026-11-24T23:59:00Z"));

  it.each([
    ["2026-11-23", null],
    ["2026-11-24", null],
    ["2026-11-25", "The date paid cannot be in the future."],
    ["2026-02-30", "The date paid must be a date like 2026-11-24."],
  ])("paid on %p, today being 2026-11-24 in UTC: %p", (paidOn, problem) => {
    expect(paidOnProblem(paidOn, { approving: true, today })).toBe(problem);
  });

  it("needs a date only to approve", () => {
    expect(paidOnProblem(null, { approving: true, today })).toBe(
      "Enter the date the payment was made.",
    );
    expect(paidOnProblem(null, { approving: false, today })).toBeNull();
  });

  it("is not before the UTC date of the request, even one made just before midnight", () => {
    const requestedAt = new Date("2026-11-23T23:59:59Z");
    expect(paidOnBeforeRequestProblem("2026-11-23", requestedAt)).toBeNull();
    expect(paidOnBeforeRequestProblem("2026-11-22", requestedAt)).toBe(
      "The date paid cannot be before the request date (2026-11-23).",
    );
    expect(paidOnBeforeRequestProblem("2026-11-23", new Date("2026-11-24T00:00:00Z"))).not.toBe(
      null,
    );
  });
});
