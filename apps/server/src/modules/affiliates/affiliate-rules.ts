import { randomBytes } from "node:crypto";
import { BadInput } from "@allyhut/schema/domain";
import {
  AffiliateStatus,
  PaymentMethod,
  paymentMethodProblem,
  payoutAccountProblem,
} from "@allyhut/schema";

export const REFERRAL_CODE_LENGTH = 10;

// Crockford's base32: no I, L, O or U, so a code read aloud or retyped is not misread.
const REFERRAL_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

export interface PayoutDetails {
  paymentMethod: PaymentMethod;
  payoutAccount: string;
}

/** The payment method and account, trimmed; a PayPal account must be an email address. */
export function checkPayoutDetails(input: PayoutDetails): PayoutDetails {
  const methodProblem = paymentMethodProblem(input.paymentMethod);
  if (methodProblem) throw new BadInput("paymentMethod", methodProblem);
  const payoutAccount = String(input.payoutAccount ?? "");
  const accountProblem = payoutAccountProblem(input.paymentMethod, payoutAccount);
  if (accountProblem) throw new BadInput("payoutAccount", accountProblem);
  return { paymentMethod: input.paymentMethod, payoutAccount: payoutAccount.trim() };
}

export function checkStatus(status: AffiliateStatus): AffiliateStatus {
  if (!Object.values(AffiliateStatus).includes(status)) {
    throw new BadInput("status", "The status must be ACTIVE or DISABLED.");
  }
  return status;
}

/** A fresh random referral code: 10 base32 characters, 50 bits (uniqueness is the index's job). */
export function newReferralCode(): string {
  // 256 is a multiple of 32, so `byte & 31` picks every character equally often.
  return [...randomBytes(REFERRAL_CODE_LENGTH)]
    .map((byte) => REFERRAL_ALPHABET[byte & 31])
    .join("");
}
