import { badInput } from "@allyhut/schema/graphql";
import { charLength } from "../rows";

export const SELLER_NAME_MAX_LENGTH = 100;

/** 3..60 characters: lowercase letters, digits and dashes, starting and ending with a letter or digit. */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{1,58}[a-z0-9])$/;

/** ISO 4217 currencies with exactly 2 minor digits, so every amount is a whole number of cents. */
export const SELLER_CURRENCY_CODES: ReadonlySet<string> = new Set(
  "AED ARS AUD BGN BRL CAD CHF CNY CZK DKK EGP EUR GBP HKD ILS INR MXN MYR NOK NZD PHP PLN RON SAR SEK SGD THB TRY USD ZAR".split(
    " ",
  ),
);

export interface SellerInput {
  name: string;
  slug: string;
  currencyCode: string;
}

/** The seller's details, trimmed; BAD_USER_INPUT naming the field at fault. */
export function checkSellerInput(input: SellerInput): SellerInput {
  const name = String(input.name ?? "").trim();
  if (name.length === 0) throw badInput("name", "Enter the business name.");
  if (charLength(name) > SELLER_NAME_MAX_LENGTH) {
    throw badInput("name", `The name can be at most ${SELLER_NAME_MAX_LENGTH} characters long.`);
  }
  if (/\p{Cc}/u.test(name)) throw badInput("name", "The name cannot contain control characters.");
  const slug = String(input.slug ?? "").trim();
  if (!SLUG_PATTERN.test(slug)) {
    throw badInput(
      "slug",
      "The slug must be 3 to 60 lowercase letters, digits or dashes, starting and ending with a letter or digit.",
    );
  }
  const currencyCode = String(input.currencyCode ?? "").trim();
  if (!SELLER_CURRENCY_CODES.has(currencyCode)) {
    throw badInput(
      "currencyCode",
      `The currency must be one of ${[...SELLER_CURRENCY_CODES].join(", ")}.`,
    );
  }
  return { name, slug, currencyCode };
}
