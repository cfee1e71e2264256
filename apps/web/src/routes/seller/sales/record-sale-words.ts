import { ErrorCode } from "@allyhut/schema";
import { apiErrorCode, describeApiError } from "../../../lib/errors";
import { formatMoneyValue } from "../../../lib/money";

interface RecordedCommission {
  orderId: string;
  reversed: boolean;
  offer: { name: string };
  saleAmount: { amount: string; currencyCode: string };
  amount: { amount: string; currencyCode: string };
}

/** What recordSale did, in a sentence: who earns what on which sale. */
export function recordedSentence(
  commission: RecordedCommission,
  affiliate: { name: string } | null,
): string {
  const who = affiliate?.name ?? "The affiliate";
  if (commission.reversed) {
    return `Order ${commission.orderId} was recorded before and has been refunded since: no commission.`;
  }
  return (
    `Order ${commission.orderId} is recorded: ${who} earns a ${formatMoneyValue(commission.amount)} ` +
    `commission on this ${formatMoneyValue(commission.saleAmount)} sale of ${commission.offer.name}.`
  );
}

/** Why recordSale refused, in words the seller can act on. */
export function refusalSentence(
  error: unknown,
  orderId: string,
  affiliate: { name: string } | null,
): string {
  const who = affiliate?.name ?? "This affiliate";
  switch (apiErrorCode(error)) {
    case ErrorCode.CONFLICT:
      return (
        `Order ${orderId} is already recorded with another affiliate, offer, amount or date, so ` +
        "nothing was saved. Check the order id: each sale has its own."
      );
    case ErrorCode.AFFILIATE_DISABLED:
      return (
        `${who} is switched off in your program, so they cannot earn commissions: nothing was ` +
        "saved. Switch them back on under My Affiliates to record this sale."
      );
    case ErrorCode.NOT_FOUND:
      return "This affiliate or offer is no longer in your program: nothing was saved.";
    default:
      return describeApiError(error);
  }
}
