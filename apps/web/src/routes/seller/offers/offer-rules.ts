import { CommissionType, parseDecimalToCents } from "@allyhut/schema";
import { amountError } from "../../../lib/money";

export interface OfferValues {
  name: string;
  price: string;
  commissionType: CommissionType;
  commissionValue: string;
}

export const MAX_OFFER_NAME_LENGTH = 200;

/** Price is a positive amount; a percentage is 0–100 with two decimals; a flat amount is at most the price. */
export const offerValidators = {
  name: (value: string) => {
    if (!value.trim()) return "Enter the offer's name";
    return value.trim().length > MAX_OFFER_NAME_LENGTH
      ? `Use at most ${MAX_OFFER_NAME_LENGTH} characters`
      : null;
  },
  price: (value: string) => amountError(value),
  commissionValue: (value: string, values: OfferValues) => {
    const percentage = values.commissionType === CommissionType.PERCENTAGE;
    const error = amountError(value, { allowZero: true });
    if (error) return percentage ? "Enter a percentage like 10 or 12.5" : error;
    const valueCents = parseDecimalToCents(value.trim());
    if (percentage) return valueCents > 100_00 ? "A percentage cannot be above 100" : null;
    if (
      amountError(values.price) === null &&
      valueCents > parseDecimalToCents(values.price.trim())
    ) {
      return "A flat commission cannot be more than the price";
    }
    return null;
  },
};
