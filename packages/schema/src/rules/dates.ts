// The API's calendar dates are UTC dates: "today" is today in UTC, whatever the reader's time zone.

/** The UTC calendar date of an instant, "YYYY-MM-DD". */
export const utcDateOf = (instant: Date): string => instant.toISOString().slice(0, 10);

/** Today's calendar date in UTC, "YYYY-MM-DD". */
export const todayUtc = (now: Date = new Date()): string => utcDateOf(now);

/** A real calendar date written "YYYY-MM-DD" (no 2026-02-30). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && utcDateOf(date) === value;
}
