// The query string of a CSV export, judged: each refusal names the parameter at fault.
import { BadInput } from "@allyhut/schema/domain";
import { isCalendarDate } from "@allyhut/schema";

export interface ExportFilters {
  status: string | null;
  /** Inclusive UTC calendar dates, "YYYY-MM-DD". */
  from: string | null;
  to: string | null;
  affiliateId: string | null;
}

/** One value of a parameter, or null when absent or empty; repeated parameters are refused. */
function single(query: Record<string, unknown>, name: string): string | null {
  const value = query[name];
  if (value === undefined || value === "") return null;
  if (typeof value !== "string") throw new BadInput(name, `Give ${name} once.`);
  return value;
}

function calendarDate(query: Record<string, unknown>, name: "from" | "to"): string | null {
  const value = single(query, name);
  if (value !== null && !isCalendarDate(value)) {
    throw new BadInput(name, `${name} must be a date written YYYY-MM-DD, like 2026-01-31.`);
  }
  return value;
}

/** The filters of an export whose rows have these statuses. */
export function exportFiltersOf(
  query: Record<string, unknown>,
  statuses: readonly string[],
): ExportFilters {
  const status = single(query, "status");
  if (status !== null && !statuses.includes(status)) {
    throw new BadInput("status", `status must be one of ${statuses.join(", ")}.`);
  }
  const from = calendarDate(query, "from");
  const to = calendarDate(query, "to");
  // ISO dates compare as text.
  if (from !== null && to !== null && from > to) {
    throw new BadInput("from", "from must not be after to.");
  }
  return { status, from, to, affiliateId: single(query, "affiliateId") };
}

/** The first day after a date, "YYYY-MM-DD": `to` is inclusive, the SQL bound is not. */
export function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00.000Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
