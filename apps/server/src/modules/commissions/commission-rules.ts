import {
  AffiliateDisabled,
  BadInput,
  Conflict,
  type RecordSaleInput,
} from "@allyhut/schema/domain";
import {
  CommissionType,
  isPositiveAmountCents,
  orderIdProblem,
  percentageCommissionCents,
} from "@allyhut/schema";

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
export function validateSale(input: RecordSaleInput, now: Date = new Date()): SaleInput {
  const orderId = String(input.orderId ?? "");
  const orderProblem = orderIdProblem(orderId);
  if (orderProblem) throw new BadInput("orderId", orderProblem);
  const { saleCents } = input;
  if (!isPositiveAmountCents(saleCents)) {
    throw new BadInput("saleAmount", "The sale amount must be greater than 0.");
  }
  const occurredAt = input.occurredAt ?? null;
  if (occurredAt !== null) {
    if (!(occurredAt instanceof Date) || Number.isNaN(occurredAt.getTime())) {
      throw new BadInput("occurredAt", "The sale time is not a valid instant.");
    }
    if (occurredAt.getTime() > now.getTime() + MAX_FUTURE_SKEW_MS) {
      throw new BadInput("occurredAt", "The sale time cannot be in the future.");
    }
    if (occurredAt.getUTCFullYear() < 1970) {
      throw new BadInput("occurredAt", "The sale time is too far in the past.");
    }
  }
  return {
    referralCode: String(input.referralCode ?? "").trim(),
    offerId: String(input.offerId ?? ""),
    orderId: orderId.trim(),
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
export const orderConflict = (orderId: string): Conflict =>
  new Conflict(
    `Order "${orderId}" was already recorded with a different referral code, offer, amount or time.`,
  );

export const affiliateDisabled = (): AffiliateDisabled =>
  new AffiliateDisabled("This affiliate is disabled and cannot earn new commissions.");
