import {
  CommissionType,
  commissionValueProblem,
  holdDaysProblem,
  offerNameProblem,
  offerUrlProblem,
  parseDecimalToCents,
  typedAmountProblem,
} from "@allyhut/schema";

export interface OfferValues {
  name: string;
  price: string;
  commissionType: CommissionType;
  commissionValue: string;
  /** The sales page; blank (or absent, for callers from before it existed) for none. */
  url?: string;
  /** Whole days, as typed; blank (or absent) for no hold. */
  holdDays?: string;
}

/** The Edit offer form's values: the create form's, and whether the offer is on sale. */
export interface EditOfferValues extends OfferValues {
  url: string;
  holdDays: string;
  active: boolean;
}

/** The price in cents, or null while it is not a valid amount. */
function priceCentsOf(price: string): number | null {
  return typedAmountProblem(price.trim()) ? null : parseDecimalToCents(price.trim());
}

/** The Create and Edit offer forms judge as the API does (@allyhut/schema's offer rules). */
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
  // The sales page is optional: blank means none.
  url: (value: string | undefined) => (value?.trim() ? offerUrlProblem(value) : null),
  holdDays: (value: string | undefined) => {
    const text = value?.trim() ?? "";
    if (text === "") return null;
    return holdDaysProblem(/^\d+$/.test(text) ? Number(text) : Number.NaN);
  },
};

/** The hold as the API takes it: the whole days typed, 0 when blank. */
const holdDaysOf = (values: OfferValues): number => Number(values.holdDays?.trim() || 0);

/**
 * The createOffer input the form sends: amounts as the decimal strings typed, no url when blank, no
 * hold when 0 (the API's default).
 */
export function offerInput(values: OfferValues) {
  const url = values.url?.trim();
  const holdDays = holdDaysOf(values);
  return {
    name: values.name.trim(),
    price: values.price.trim(),
    commissionType: values.commissionType,
    commissionValue: values.commissionValue.trim(),
    ...(url ? { url } : {}),
    ...(holdDays ? { holdDays } : {}),
  };
}

/** The updateOffer input: every field as the form shows it; a blank url ("") removes the page. */
export const updateOfferInput = (offerId: string, values: EditOfferValues) => ({
  offerId,
  name: values.name.trim(),
  price: values.price.trim(),
  commissionType: values.commissionType,
  commissionValue: values.commissionValue.trim(),
  url: values.url.trim(),
  holdDays: holdDaysOf(values),
  active: values.active,
});
