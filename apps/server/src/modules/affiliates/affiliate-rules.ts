import { randomBytes } from "node:crypto";
import { badInput } from "@allyhut/schema/graphql";
import { AffiliateStatus, PaymentMethod } from "@allyhut/schema";
import { isEmailAddress } from "../auth/credentials";
import { charLength } from "../rows";

export const PAYOUT_ACCOUNT_MAX_LENGTH = 254;
export const REFERRAL_CODE_LENGTH = 10;

// Crockford's base32: no I, L, O or U, so a code read aloud or retyped is not misread.
const REFERRAL_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

export interface PayoutDetails {
  paymentMethod: PaymentMethod;
  payoutAccount: string;
}

/** The payment method and account, trimmed; a PayPal account must be an email address. */
export function checkPayoutDetails(input: PayoutDetails): PayoutDetails {
  if (!Object.values(PaymentMethod).includes(input.paymentMethod)) {
    throw badInput("paymentMethod", "The payment method must be PAYPAL or BANK_TRANSFER.");
  }
  const payoutAccount = String(input.payoutAccount ?? "").trim();
  if (payoutAccount.length === 0) {
    throw badInput("payoutAccount", "Enter where you want to be paid.");
  }
  if (charLength(payoutAccount) > PAYOUT_ACCOUNT_MAX_LENGTH) {
    throw badInput(
      "payoutAccount",
      `The payout account can be at most ${PAYOUT_ACCOUNT_MAX_LENGTH} characters long.`,
    );
  }
  if (/\p{Cc}/u.test(payoutAccount)) {
    throw badInput("payoutAccount", "The payout account cannot contain control characters.");
  }
  if (input.paymentMethod === PaymentMethod.PAYPAL && !isEmailAddress(payoutAccount)) {
    throw badInput("payoutAccount", "Enter the email address of your PayPal account.");
  }
  return { paymentMethod: input.paymentMethod, payoutAccount };
}

export function checkStatus(status: AffiliateStatus): AffiliateStatus {
  if (!Object.values(AffiliateStatus).includes(status)) {
    throw badInput("status", "The status must be ACTIVE or DISABLED.");
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
