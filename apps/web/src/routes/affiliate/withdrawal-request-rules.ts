import { parseDecimalToCents, typedAmountProblem } from "@allyhut/schema";
import { apiDecimalToCents, formatMoneyValue } from "../../lib/money";

type Money = { amount: string; currencyCode: string };

/** The amount asked for: a Decimal the API reads, above zero, at most the available balance. */
export function withdrawalAmountError(value: string, available: Money): string | null {
  const amount = value.trim();
  const problem = typedAmountProblem(amount);
  if (problem) return problem;
  return parseDecimalToCents(amount) > apiDecimalToCents(available.amount)
    ? `That is more than your available balance of ${formatMoneyValue(available)}`
    : null;
}

/** The requestWithdrawal input the form sends. */
export const withdrawalRequestInput = (
  affiliateId: string,
  amount: string,
  idempotencyKey: string,
) => ({ affiliateId, amount: amount.trim(), idempotencyKey });
