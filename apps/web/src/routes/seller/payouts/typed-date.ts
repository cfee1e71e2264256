import dayjs from "dayjs";
import customParseFormat from "dayjs/plugin/customParseFormat";

dayjs.extend(customParseFormat);

// Month names as people write them: "Dec 25 2026", "25 December 2026" (commas and dots dropped first).
const WORD_FORMATS = ["MMM D YYYY", "MMMM D YYYY", "D MMM YYYY", "D MMMM YYYY"];

/** The locale's numeric date, as dayjs formats: "MM/DD/YYYY" in en-US, "DD.MM.YYYY" in de-DE. */
export function localeNumericFormat(locale?: string): string {
  const parts = new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(new Date(Date.UTC(2026, 11, 24)));
  const tokens: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {
    year: "YYYY",
    month: "MM",
    day: "DD",
  };
  return parts.map((part) => tokens[part.type] ?? `[${part.value}]`).join("");
}

function formatsFor(locale?: string): string[] {
  const numeric = localeNumericFormat(locale);
  // "1/5/2026" as well as "01/05/2026": strict parsing wants the digits the format has.
  const unpadded = numeric.replace("MM", "M").replace("DD", "D");
  return ["YYYY-MM-DD", numeric, unpadded, ...WORD_FORMATS];
}

// "dec. 25, 2026" → "Dec 25 2026": the spelling dayjs's strict parsing compares with.
function normalize(text: string): string {
  return text
    .replace(/,/g, " ")
    .replace(/(\p{L})\./gu, "$1")
    .replace(/\p{L}+/gu, (word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The calendar date ("2026-12-24") in what a person typed: ISO, the locale's numeric date
 * ("12/24/2026" in en-US) or a month name ("Dec 25, 2026", "25 Dec 2026"); null when it is none of
 * those or no such day exists (2026-02-30).
 */
export function parseTypedDate(text: string, locale?: string): string | null {
  const normalized = normalize(text);
  if (normalized === "") return null;
  for (const format of formatsFor(locale)) {
    const parsed = dayjs(normalized, format, true);
    if (parsed.isValid()) return parsed.format("YYYY-MM-DD");
  }
  return null;
}
