import { DECIMAL_INPUT_PATTERN, parseDecimalToCents } from "@allyhut/schema";

const API_DECIMAL = /^(-?)(\d+)\.(\d{2})$/;
const formatters = new Map<string, Intl.NumberFormat>();

function currencyFormatter(currencyCode: string): Intl.NumberFormat {
  let formatter = formatters.get(currencyCode);
  if (!formatter) {
    formatter = new Intl.NumberFormat(undefined, {
      style: "currency",
      currency: currencyCode,
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    formatters.set(currencyCode, formatter);
  }
  return formatter;
}

/**
 * Formats an API decimal ("1234.50", "-0.05") in the currency, exactly: the whole part is formatted
 * as a BigInt and the two fraction digits are copied from the string, so no float is ever involved.
 */
export function formatMoney(amount: string, currencyCode: string): string {
  const match = API_DECIMAL.exec(amount);
  if (!match) return `${amount} ${currencyCode}`;
  const [, sign, wholeDigits = "0", fractionDigits = "00"] = match;
  const formatter = currencyFormatter(currencyCode);
  // A template with the locale's sign, symbol and separators in place ("-$1.00", "1,00 €").
  const template = formatter.formatToParts(sign === "-" ? -1n : 1n);
  const wholeParts = formatter
    .formatToParts(BigInt(wholeDigits))
    .filter((part) => part.type === "integer" || part.type === "group");
  let wholeWritten = false;
  return template
    .map((part) => {
      if (part.type === "integer" || part.type === "group") {
        if (wholeWritten) return "";
        wholeWritten = true;
        return wholeParts.map((wholePart) => wholePart.value).join("");
      }
      return part.type === "fraction" ? fractionDigits : part.value;
    })
    .join("");
}

/** Formats the API's Money object. */
export function formatMoneyValue(money: { amount: string; currencyCode: string }): string {
  return formatMoney(money.amount, money.currencyCode);
}

/** An API decimal ("12.30", "-4.00") as integer cents; available balances may be negative (clawback). */
export function apiDecimalToCents(amount: string): number {
  const negative = amount.startsWith("-");
  const cents = parseDecimalToCents(negative ? amount.slice(1) : amount);
  return negative ? -cents : cents;
}

/** Validates an amount typed by a person; returns an error message or null. */
export function amountError(input: string, { allowZero = false } = {}): string | null {
  const trimmed = input.trim();
  if (trimmed === "") return "Enter an amount";
  if (!DECIMAL_INPUT_PATTERN.test(trimmed)) {
    return "Enter an amount like 25, 25.5 or 25.50 (no sign, at most two decimals)";
  }
  if (!allowZero && parseDecimalToCents(trimmed) === 0) return "Enter an amount above zero";
  return null;
}
