import { PaymentMethod } from "../enums";
import { isEmailAddress } from "./account";
import { lineTextProblem } from "./text";

export const PAYOUT_ACCOUNT_MAX_CODE_POINTS = 254;

export const paymentMethodProblem = (paymentMethod: string): string | null =>
  (Object.values(PaymentMethod) as string[]).includes(paymentMethod)
    ? null
    : "The payment method must be PAYPAL or BANK_TRANSFER.";

/** Where to be paid, judged trimmed: any account reference, and for PayPal an email address. */
export function payoutAccountProblem(
  paymentMethod: PaymentMethod,
  payoutAccount: string,
): string | null {
  const problem = lineTextProblem(payoutAccount, {
    subject: "The payout account",
    maxCodePoints: PAYOUT_ACCOUNT_MAX_CODE_POINTS,
    blankMessage: "Enter where you want to be paid.",
  });
  if (problem) return problem;
  return paymentMethod === PaymentMethod.PAYPAL && !isEmailAddress(payoutAccount.trim())
    ? "Enter the email address of your PayPal account."
    : null;
}
