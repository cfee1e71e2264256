import { ApiError, ErrorCode, badInput } from "@allyhut/schema/graphql";
import { charLength } from "../rows";
import { CommissionType, MAX_DECIMAL_CENTS, percentageCommissionCents } from "@allyhut/schema";

/** Checkout clocks drift: a sale may be stamped this far in the future and still be accepted. */
export const MAX_FUTURE_SKEW_MS = 5 * 60_000;

export interface SaleInput {
  referralCode: string;
  offerId: string;
  orderId: string;
  saleCents: number;
  /** null: not given, the sale happened now. */
  occurredAt: Date | null;
}

/** Checks what recordSale can check without the database; returns the input normalised. */
export function validateSale(
  input: {
    referralCode: string;
    offerId: string;
    orderId: string;
    saleCents: number;
    occurredAt?: Date | null;
  },
  now: Date = new Date(),
): SaleInput {
  const orderId = String(input.orderId ?? "").trim();
  if (orderId.length === 0 || charLength(orderId) > 100) {
    throw badInput("orderId", "The order id must be 1 to 100 characters long.");
  }
  const { saleCents } = input;
  if (!Number.isSafeInteger(saleCents) || saleCents <= 0 || saleCents > MAX_DECIMAL_CENTS) {
    throw badInput("saleAmount", "The sale amount must be greater than 0.");
  }
  const occurredAt = input.occurredAt ?? null;
  if (occurredAt !== null) {
    if (!(occurredAt instanceof Date) || Number.isNaN(occurredAt.getTime())) {
      throw badInput("occurredAt", "The sale time is not a valid instant.");
    }
    if (occurredAt.getTime() > now.getTime() + MAX_FUTURE_SKEW_MS) {
      throw badInput("occurredAt", "The sale time cannot be in the future.");
    }
    if (occurredAt.getUTCFullYear() < 1970) {
      throw badInput("occurredAt", "The sale time is too far in the past.");
    }
  }
  return {
    referralCode: String(input.referralCode ?? "").trim(),
    offerId: String(input.offerId ?? ""),
    orderId,
    saleCents,
    occurredAt,
  };
}

/** The commission on a sale: a FLAT amount, or a PERCENTAGE rounded half-up to the cent. */
export function commissionCentsOf(
  commissionType: string,
  commissionValueHundredths: number,
  saleCents: number,
): number {
  if (commissionType === CommissionType.FLAT) return commissionValueHundredths;
  if (commissionType === CommissionType.PERCENTAGE) {
    return percentageCommissionCents(saleCents, commissionValueHundredths);
  }
  throw new Error(`unknown commission type ${commissionType}`);
}

/** A known order reported again with a different payload. */
export const orderConflict = (orderId: string): ApiError =>
  new ApiError(
    ErrorCode.CONFLICT,
    `Order "${orderId}" was already recorded with a different referral code, offer, amount or time.`,
  );

export const affiliateDisabled = (): ApiError =>
  new ApiError(
    ErrorCode.AFFILIATE_DISABLED,
    "This affiliate is disabled and cannot earn new commissions.",
  );
