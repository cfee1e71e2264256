// The API's calendar dates are UTC dates: "today" is today in UTC, whatever the reader's time zone.

/** The UTC calendar date of an instant, "YYYY-MM-DD". */
export const utcDateOf = (instant: Date): string => instant.toISOString().slice(0, 10);

/** Today's calendar date in UTC, "YYYY-MM-DD". */
export const todayUtc = (now: Date = new Date()): string => utcDateOf(now);

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeapYear = (year: number): boolean =>
  year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/**
 * A real calendar date written "YYYY-MM-DD" (no 2026-02-30). Counted, not parsed into a Date: every
 * LocalDate of every answer is checked here.
 */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!);
}
