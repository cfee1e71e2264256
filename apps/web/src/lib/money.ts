import { parseDecimalToCents } from "@allyhut/schema";

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
  const [, sign = "", wholeDigits = "0", fractionDigits = "00"] = match;
  return formatExact(currencyFormatter(currencyCode), sign, wholeDigits, fractionDigits);
}

const percentWhole = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const percentFraction = new Intl.NumberFormat(undefined, { minimumFractionDigits: 1 });

/** A commission percentage ("12.50") in the reader's locale ("12.5 %"), exactly. */
export function formatPercent(value: string): string {
  const match = API_DECIMAL.exec(value);
  if (!match) return `${value} %`;
  const [, sign = "", wholeDigits = "0", fractionDigits = "00"] = match;
  const significant = fractionDigits.replace(/0+$/, "");
  const formatter = significant ? percentFraction : percentWhole;
  return `${formatExact(formatter, sign, wholeDigits, significant)} %`;
}

// The locale's sign, symbol and separators from a template ("-$1.00", "1,00 €"), digits from strings.
function formatExact(
  formatter: Intl.NumberFormat,
  sign: string,
  wholeDigits: string,
  fractionDigits: string,
): string {
  const template = formatter.formatToParts(sign === "-" ? -1n : 1n);
  const wholeParts = formatter
    .formatToParts(BigInt(wholeDigits))
    .filter((part) => part.type === "integer" || part.type === "group");
  let wholeWritten = false;
  let fractionWritten = false;
  return template
    .map((part) => {
      if (part.type === "integer" || part.type === "group") {
        if (wholeWritten) return "";
        wholeWritten = true;
        return wholeParts.map((wholePart) => wholePart.value).join("");
      }
      if (part.type === "fraction") {
        if (fractionWritten) return "";
        fractionWritten = true;
        return fractionDigits;
      }
      return part.value;
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
