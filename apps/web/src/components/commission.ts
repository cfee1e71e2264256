import { CommissionType } from "@allyhut/schema";
import { formatMoney, formatPercent } from "../lib/money";

/** "10 %" for a percentage, "$5.00" for a flat commission (in the offer's currency). */
export function commissionLabel(offer: {
  commissionType: string;
  commissionValue: string;
  price: { currencyCode: string };
}): string {
  return offer.commissionType === CommissionType.PERCENTAGE
    ? formatPercent(offer.commissionValue)
    : formatMoney(offer.commissionValue, offer.price.currencyCode);
}
