import {
  belowMinimumPayoutProblem,
  parseDecimalToCents,
  typedAmountProblem,
} from "@allyhut/schema";
import { apiDecimalToCents, formatMoneyValue } from "../../lib/money";

type Money = { amount: string; currencyCode: string };

/**
 * The amount asked for: a Decimal the API reads, above zero, not below the seller's minimum payout
 * (in the API's words), at most the available balance.
 */
export function withdrawalAmountError(
  value: string,
  available: Money,
  minimumPayout?: Money,
): string | null {
  const amount = value.trim();
  const problem = typedAmountProblem(amount);
  if (problem) return problem;
  const amountCents = parseDecimalToCents(amount);
  if (minimumPayout) {
    const minimumCents = apiDecimalToCents(minimumPayout.amount);
    const belowMinimum = belowMinimumPayoutProblem(
      amountCents,
      minimumCents,
      minimumPayout.currencyCode,
    );
    if (belowMinimum) return belowMinimum;
  }
  return amountCents > apiDecimalToCents(available.amount)
    ? `That is more than your available balance of ${formatMoneyValue(available)}`
    : null;
}

/** Why no withdrawal can be requested yet: the available balance is below the minimum payout. */
export function belowMinimumReason(available: Money, minimumPayout: Money): string | null {
  return apiDecimalToCents(available.amount) < apiDecimalToCents(minimumPayout.amount)
    ? `You can request a withdrawal once your available balance (${formatMoneyValue(available)}) reaches the minimum payout of ${formatMoneyValue(minimumPayout)}.`
    : null;
}

/** The requestWithdrawal input the form sends. */
export const withdrawalRequestInput = (
  affiliateId: string,
  amount: string,
  idempotencyKey: string,
) => ({ affiliateId, amount: amount.trim(), idempotencyKey });
