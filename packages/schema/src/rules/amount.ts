import { DECIMAL_INPUT_PATTERN, MAX_DECIMAL_CENTS, parseDecimalToCents } from "../money";

/** A whole number of cents from 0.01 up to the largest Decimal: a price, a sale, a withdrawal. */
export const isPositiveAmountCents = (cents: number): boolean =>
  Number.isSafeInteger(cents) && cents > 0 && cents <= MAX_DECIMAL_CENTS;

/**
 * An amount typed by a person, judged as the API's Decimal reads it (exactly as sent: the caller
 * trims). Zero is refused unless `allowZero` (a commission may be 0).
 */
export function typedAmountProblem(text: string, { allowZero = false } = {}): string | null {
  if (text === "") return "Enter an amount.";
  if (!DECIMAL_INPUT_PATTERN.test(text)) {
    return "Enter an amount like 25, 25.5 or 25.50 (no sign, at most two decimals).";
  }
  const cents = parseDecimalToCents(text);
  return allowZero || isPositiveAmountCents(cents) ? null : "Enter an amount above zero.";
}
