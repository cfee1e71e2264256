import { lineTextProblem } from "./text";

export const SELLER_NAME_MAX_CODE_POINTS = 100;
export const SELLER_SLUG_MIN_LENGTH = 3;
export const SELLER_SLUG_MAX_LENGTH = 60;

/** 3..60 lowercase letters, digits and dashes, starting and ending with a letter or digit. */
export const SELLER_SLUG_PATTERN = new RegExp(
  `^[a-z0-9][a-z0-9-]{${SELLER_SLUG_MIN_LENGTH - 2},${SELLER_SLUG_MAX_LENGTH - 2}}[a-z0-9]$`,
);

/** ISO 4217 currencies with exactly 2 minor digits, so every amount is a whole number of cents. */
export const SELLER_CURRENCY_CODES: readonly string[] = Object.freeze(
  "AED ARS AUD BGN BRL CAD CHF CNY CZK DKK EGP EUR GBP HKD ILS INR MXN MYR NOK NZD PHP PLN RON SAR SEK SGD THB TRY USD ZAR".split(
    " ",
  ),
);

/** The business name, judged trimmed. */
export const sellerNameProblem = (name: string): string | null =>
  lineTextProblem(name, {
    subject: "The name",
    maxCodePoints: SELLER_NAME_MAX_CODE_POINTS,
    blankMessage: "Enter the business name.",
  });

/** The affiliate center's address, judged trimmed. */
export const sellerSlugProblem = (slug: string): string | null =>
  SELLER_SLUG_PATTERN.test(slug.trim())
    ? null
    : `The slug must be ${SELLER_SLUG_MIN_LENGTH} to ${SELLER_SLUG_MAX_LENGTH} lowercase letters, digits or dashes, starting and ending with a letter or digit.`;

/** The seller's currency, judged trimmed. */
export const sellerCurrencyProblem = (currencyCode: string): string | null =>
  SELLER_CURRENCY_CODES.includes(currencyCode.trim())
    ? null
    : `The currency must be one of ${SELLER_CURRENCY_CODES.join(", ")}.`;
