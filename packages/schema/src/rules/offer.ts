import { CommissionType } from "../enums";
import { isPositiveAmountCents } from "./amount";
import { lineTextProblem } from "./text";

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
