import {
  CommissionType,
  commissionValueProblem,
  offerNameProblem,
  parseDecimalToCents,
  typedAmountProblem,
} from "@allyhut/schema";

export interface OfferValues {
  name: string;
  price: string;
  commissionType: CommissionType;
  commissionValue: string;
}

/** The price in cents, or null while it is not a valid amount. */
function priceCentsOf(price: string): number | null {
  return typedAmountProblem(price.trim()) ? null : parseDecimalToCents(price.trim());
}

/** The Create offer form judges as the API does (@allyhut/schema's offer rules). */
export const offerValidators = {
  name: offerNameProblem,
  price: (value: string) => typedAmountProblem(value.trim()),
  commissionValue: (value: string, values: OfferValues) => {
    const percentage = values.commissionType === CommissionType.PERCENTAGE;
    const amountProblem = typedAmountProblem(value.trim(), { allowZero: true });
    if (amountProblem) return percentage ? "Enter a percentage like 10 or 12.5." : amountProblem;
    return commissionValueProblem(
      values.commissionType,
      parseDecimalToCents(value.trim()),
      priceCentsOf(values.price),
    );
  },
};

/** The createOffer input the form sends: amounts as the decimal strings typed. */
export const offerInput = (values: OfferValues) => ({
  name: values.name.trim(),
  price: values.price.trim(),
  commissionType: values.commissionType,
  commissionValue: values.commissionValue.trim(),
});
