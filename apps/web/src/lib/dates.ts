import { todayUtc } from "@allyhut/schema";

const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: "medium",
  timeStyle: "short",
});
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });
const calendarDateFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: "medium",
  timeZone: "UTC",
});

/** An API instant (DateTimeISO) in the reader's locale and time zone. */
export function formatDateTime(instant: string): string {
  return dateTimeFormat.format(new Date(instant));
}

/** The calendar day of an API instant, in the reader's locale and time zone. */
export function formatDate(instant: string): string {
  return dateFormat.format(new Date(instant));
}

/** An API calendar date (LocalDate "2026-11-24"): the same day whatever the reader's time zone. */
export function formatLocalDate(localDate: string): string {
  const [year, month, day] = localDate.split("-").map(Number);
  if (!year || !month || !day) return localDate;
  return calendarDateFormat.format(new Date(Date.UTC(year, month - 1, day)));
}

/** Today as the API's LocalDate ("2026-11-24"): the UTC date, the API's "today" in every zone. */
export const todayLocalDate = (now: Date = new Date()): string => todayUtc(now);

/** The calendar day a date the browser read from typed text ("Nov 24, 2026") falls on, locally. */
export function typedCalendarDate(parsed: Date): string {
  const month = String(parsed.getMonth() + 1).padStart(2, "0");
  const day = String(parsed.getDate()).padStart(2, "0");
  return `${parsed.getFullYear()}-${month}-${day}`;
}
