// mysql2 gives BIGINT as number (or string when past 2^53) and SUM() as a DECIMAL string: read them exactly.

/** A whole number of cents from a BIGINT or DECIMAL column; refuses anything not a safe integer. */
export function centsFrom(value: unknown): number {
  const cents = typeof value === "number" ? value : Number(value ?? 0);
  if (!Number.isSafeInteger(cents))
    throw new RangeError(`not a whole number of cents: ${String(value)}`);
  return cents;
}

/** An id column as the API's ID string. */
export const idFrom = (value: unknown): string => String(value);
