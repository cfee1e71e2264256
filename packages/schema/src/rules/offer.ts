import { CommissionType } from "../enums";
import { isPositiveAmountCents } from "./amount";
import { codePointLength, lineTextProblem } from "./text";

export const OFFER_NAME_MAX_CODE_POINTS = 200;
/** 100.00 % in hundredths of a percent. */
export const MAX_PERCENTAGE_HUNDREDTHS = 10_000;

/** The offer's name, judged trimmed. */
export const offerNameProblem = (name: string): string | null =>
  lineTextProblem(name, {
    subject: "The name",
    maxCodePoints: OFFER_NAME_MAX_CODE_POINTS,
    blankMessage: "Enter the offer's name.",
  });

export const offerPriceProblem = (priceCents: number): string | null =>
  isPositiveAmountCents(priceCents) ? null : "The price must be greater than 0.";

export const commissionTypeProblem = (commissionType: string): string | null =>
  (Object.values(CommissionType) as string[]).includes(commissionType)
    ? null
    : "The commission type must be PERCENTAGE or FLAT.";

/**
 * A PERCENTAGE is 0–100 %, a FLAT amount 0 up to the price (in hundredths: of a percent, of the
 * currency). `priceCents` null: the price is not valid yet, so only the lower bound is judged.
 */
export function commissionValueProblem(
  commissionType: CommissionType,
  valueHundredths: number,
  priceCents: number | null,
): string | null {
  const wholeNumber = Number.isSafeInteger(valueHundredths) && valueHundredths >= 0;
  if (commissionType === CommissionType.PERCENTAGE) {
    return wholeNumber && valueHundredths <= MAX_PERCENTAGE_HUNDREDTHS
      ? null
      : "A percentage commission must be from 0 to 100.";
  }
  return wholeNumber && (priceCents === null || valueHundredths <= priceCents)
    ? null
    : "A flat commission must be from 0 up to the offer's price.";
}

export const OFFER_URL_MAX_CODE_POINTS = 2000;

/** The sales page referral links point to: an https:// address of at most 2000 characters. */
export function offerUrlProblem(url: string): string | null {
  const text = url.trim();
  if (codePointLength(text) > OFFER_URL_MAX_CODE_POINTS) {
    return `The sales page address can be at most ${OFFER_URL_MAX_CODE_POINTS} characters long.`;
  }
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return "Enter the sales page's full address, like https://example.com/masterclass.";
  }
  if (parsed.protocol !== "https:") return "The sales page address must start with https://.";
  if (!parsed.hostname.includes(".")) return "The sales page address needs a domain name.";
  return null;
}

/** The offer's url with the affiliate's code as ?ref=CODE (replacing any ref already there). */
export function referralLinkOf(offerUrl: string, referralCode: string): string {
  const link = new URL(offerUrl);
  link.searchParams.set("ref", referralCode);
  return link.toString();
}

/** The longest refund window an offer can hold commissions for. */
export const HOLD_DAYS_MAX = 365;

/** Days a commission stays on hold: a whole number from 0 to 365. */
export const holdDaysProblem = (holdDays: number): string | null =>
  Number.isSafeInteger(holdDays) && holdDays >= 0 && holdDays <= HOLD_DAYS_MAX
    ? null
    : `The hold period must be a whole number of days from 0 to ${HOLD_DAYS_MAX}.`;

/** The UTC date a commission becomes available: the sale's UTC date plus the hold, "YYYY-MM-DD". */
export function availableOnOf(occurredAt: Date, holdDays: number): string {
  const saleDay = Date.UTC(
    occurredAt.getUTCFullYear(),
    occurredAt.getUTCMonth(),
    occurredAt.getUTCDate() + holdDays,
  );
  return new Date(saleDay).toISOString().slice(0, 10);
}
