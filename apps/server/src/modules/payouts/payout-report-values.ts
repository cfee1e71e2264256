// The values of a provider's report line: amounts, dates, currencies as PayPal and Wise write them.
import { isCalendarDate, parseDecimalToCents, utcDateOf } from "@allyhut/schema";
import { parseInstant } from "@allyhut/schema/domain";

// "1234.5", "1,234.50" (comma thousands) or "1234,50", "1.234,50" (comma decimals). "1.234" is
// refused: it could be either.
const DOT_DECIMAL = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;
const COMMA_DECIMAL = /^(\d{1,3}(?:\.\d{3})+|\d+),(\d{1,2})$/;

/**
 * Integer cents of a report amount, or null. A leading minus is dropped: a sender's report shows
 * money sent as negative, and the importer compares magnitudes with the withdrawal's amount.
 */
export function reportAmountCents(text: string): number | null {
  const unsigned = text.replace(/^-\s*/, "");
  const match = DOT_DECIMAL.exec(unsigned) ?? COMMA_DECIMAL.exec(unsigned);
  if (!match) return null;
  const whole = (match[1] ?? "").replace(/[.,]/g, "");
  const decimal = match[2] ? `${whole}.${match[2]}` : whole;
  // parseDecimalToCents takes up to 13 integer digits: larger is no payout we made.
  try {
    return parseDecimalToCents(decimal);
  } catch {
    return null;
  }
}

/** "usd" → "USD"; null unless three letters. */
export function reportCurrencyCode(text: string): string | null {
  return /^[A-Za-z]{3}$/.test(text) ? text.toUpperCase() : null;
}

const ZONED_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})$/i;
const UNZONED_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/i;
const DAY_MONTH_YEAR = /^(\d{2})-(\d{2})-(\d{4})(?:\s+\d{2}:\d{2}(?::\d{2})?)?$/;
const MONTH_DAY_YEAR = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;

function calendarDate(year: string, month: string, day: string): string | null {
  const date = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  return isCalendarDate(date) ? date : null;
}

/**
 * The UTC calendar date ("YYYY-MM-DD") of a report's date or time, or null. With a zone
 * ("2026-01-27T23:30:00-05:00", PayPal's time_processed) the instant is converted to UTC; without
 * one (Wise's "2026-01-27 10:17:41", PayPal's "01/27/2026") the provider's date is taken as written.
 */
export function reportDateUtc(text: string): string | null {
  const zoned = ZONED_DATE_TIME.exec(text);
  if (zoned?.[1] && zoned[2] && zoned[3]) {
    const seconds = zoned[2].length === 5 ? `${zoned[2]}:00` : zoned[2];
    const zone =
      zoned[3].toUpperCase() === "Z" ? "Z" : zoned[3].replace(/^([+-]\d{2})(\d{2})$/, "$1:$2");
    const instant = parseInstant(`${zoned[1]}T${seconds}${zone}`);
    return instant ? utcDateOf(instant) : null;
  }
  const unzoned = UNZONED_DATE_TIME.exec(text);
  if (unzoned?.[1]) return isCalendarDate(unzoned[1]) ? unzoned[1] : null;
  const dayFirst = DAY_MONTH_YEAR.exec(text);
  if (dayFirst?.[1] && dayFirst[2] && dayFirst[3])
    return calendarDate(dayFirst[3], dayFirst[2], dayFirst[1]);
  const monthFirst = MONTH_DAY_YEAR.exec(text);
  if (monthFirst?.[1] && monthFirst[2] && monthFirst[3]) {
    return calendarDate(monthFirst[3], monthFirst[1], monthFirst[2]);
  }
  return null;
}
