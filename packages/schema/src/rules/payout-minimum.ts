import { formatCents, formatMoneyText, MAX_DECIMAL_CENTS } from "../money";

/** A seller's minimum payout in cents: 0 (no minimum) up to the largest Decimal. */
export const minimumPayoutProblem = (minimumPayoutCents: number): string | null =>
  Number.isSafeInteger(minimumPayoutCents) &&
  minimumPayoutCents >= 0 &&
  minimumPayoutCents <= MAX_DECIMAL_CENTS
    ? null
    : `The minimum payout must be from 0.00 to ${formatCents(MAX_DECIMAL_CENTS)}.`;

/** The minimum as the API and the forms both say it, e.g. "$25.00". */
export const formatMinimumPayout = formatMoneyText;

/** A withdrawal below the seller's minimum payout (0: none), naming the minimum. */
export const belowMinimumPayoutProblem = (
  amountCents: number,
  minimumPayoutCents: number,
  currencyCode: string,
): string | null =>
  amountCents < minimumPayoutCents
    ? `The minimum payout is ${formatMinimumPayout(minimumPayoutCents, currencyCode)}.`
    : null;
