// Reports: how far back the monthly totals reach, and the UTC months they cover.

export const MONTHLY_MIN_MONTHS = 1;
export const MONTHLY_MAX_MONTHS = 36;
export const MONTHLY_DEFAULT_MONTHS = 12;

export function monthsProblem(months: number): string | null {
  return Number.isInteger(months) && months >= MONTHLY_MIN_MONTHS && months <= MONTHLY_MAX_MONTHS
    ? null
    : `months must be ${MONTHLY_MIN_MONTHS} to ${MONTHLY_MAX_MONTHS}.`;
}

/** "YYYY-MM" of an instant's UTC month. */
export const utcMonthOf = (instant: Date): string => instant.toISOString().slice(0, 7);

/** The last `months` UTC months up to the one holding `now`, oldest first ("2026-01", …). */
export function lastMonths(months: number, now: Date): string[] {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  return Array.from({ length: months }, (_, i) =>
    utcMonthOf(new Date(Date.UTC(year, month - (months - 1 - i), 1))),
  );
}
