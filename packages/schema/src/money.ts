// Money is integer cents (minor units) inside and a two-digit decimal string outside. Never a float.

/** What the API accepts as a Decimal: 1–13 integer digits, optionally 1–2 fraction digits. */
export const DECIMAL_INPUT_PATTERN = /^\d{1,13}(\.\d{1,2})?$/;

/** The largest amount a Decimal can hold, in cents: 9,999,999,999,999.99. */
export const MAX_DECIMAL_CENTS = 999_999_999_999_999;

/** Thrown when a string is not a Decimal the API accepts. */
export class DecimalFormatError extends Error {
  constructor(readonly input: unknown) {
    super(
      'Expected a decimal string with up to 13 integer digits and at most 2 fraction digits, like "3", "3.5" or "3.50".',
    );
    this.name = "DecimalFormatError";
  }
}

/** Parses an API decimal ("3", "3.5", "3.50") into integer cents; throws DecimalFormatError otherwise. */
export function parseDecimalToCents(input: unknown): number {
  if (typeof input !== "string" || !DECIMAL_INPUT_PATTERN.test(input)) {
    throw new DecimalFormatError(input);
  }
  const [whole = "0", fraction = ""] = input.split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

/** Formats integer cents as the API's decimal string with exactly two fraction digits ("-1.05", "3.00"). */
export function formatCents(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`not a whole number of cents: ${cents}`);
  const sign = cents < 0 ? "-" : "";
  const absolute = Math.abs(cents);
  const whole = Math.floor(absolute / 100);
  const fraction = String(absolute % 100).padStart(2, "0");
  return `${sign}${whole}.${fraction}`;
}

/**
 * A percentage commission: sale × percent / 100, rounded half-up to the cent.
 * `percentHundredths` is the percentage in hundredths ("12.50" % → 1250); BigInt keeps it exact.
 */
export function percentageCommissionCents(saleCents: number, percentHundredths: number): number {
  if (saleCents < 0 || percentHundredths < 0) throw new RangeError("amounts must not be negative");
  const numerator = BigInt(saleCents) * BigInt(percentHundredths);
  return Number((numerator * 2n + 10_000n) / 20_000n);
}

/**
 * Cents as a person reads them in the API's messages, e.g. "$25.00" or "€10.05" (en-US). Exact: a
 * decimal string goes to Intl.NumberFormat, never a float; an unknown currency reads "10.05 XXX".
 */
export function formatMoneyText(cents: number, currencyCode: string): string {
  const amount = formatCents(cents) as Intl.StringNumericLiteral;
  try {
    return new Intl.NumberFormat("en-US", { style: "currency", currency: currencyCode }).format(
      amount,
    );
  } catch {
    return `${amount} ${currencyCode}`;
  }
}
