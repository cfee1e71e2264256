import { isCalendarDate, orderIdProblem, todayUtc, typedAmountProblem } from "@allyhut/schema";

export interface RecordSaleValues {
  offerId: string | null;
  /** The picked affiliate's referral code. */
  referralCode: string | null;
  orderId: string;
  saleAmount: string;
  /** The UTC calendar date of the sale, "YYYY-MM-DD" (the API's dates are UTC dates). */
  occurredOn: string;
}

/** The sale date: a real date, today at the latest (the API refuses sales in the future). */
export function saleDateProblem(value: string, today: string = todayUtc()): string | null {
  if (!isCalendarDate(value)) return "Enter the date of the sale.";
  return value > today ? "The sale date cannot be in the future." : null;
}

/** Record a sale judges as the API does: @allyhut/schema's order id and amount rules. */
export const recordSaleValidators = (today?: string) => ({
  offerId: (value: string | null) => (value ? null : "Pick the offer sold."),
  referralCode: (value: string | null) =>
    value ? null : "Pick the affiliate who referred the buyer.",
  orderId: (value: string) => orderIdProblem(value),
  saleAmount: (value: string) => typedAmountProblem(value.trim()),
  occurredOn: (value: string) => saleDateProblem(value, today),
});

/**
 * The recordSale input. A sale of today is sent without a time (the API stamps it now); an earlier
 * one at midnight UTC of its date, as importSales reads "YYYY-MM-DD".
 */
export function recordSaleInput(values: RecordSaleValues, today: string = todayUtc()) {
  return {
    offerId: values.offerId ?? "",
    referralCode: values.referralCode ?? "",
    orderId: values.orderId.trim(),
    saleAmount: values.saleAmount.trim(),
    occurredAt: values.occurredOn === today ? null : `${values.occurredOn}T00:00:00.000Z`,
  };
}
