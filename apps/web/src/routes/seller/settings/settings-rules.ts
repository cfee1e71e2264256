import { sellerNameProblem, typedAmountProblem } from "@allyhut/schema";

export interface SellerSettingsValues {
  name: string;
  minimumPayout: string;
}

/** The Settings form judges as the API does: the name as createSeller's, the minimum 0.00 or more. */
export const sellerSettingsValidators = {
  name: sellerNameProblem,
  minimumPayout: (value: string) => typedAmountProblem(value.trim(), { allowZero: true }),
};

/** The updateSellerSettings input the form sends: both fields, as typed (trimmed). */
export const sellerSettingsInput = (values: SellerSettingsValues) => ({
  name: values.name.trim(),
  minimumPayout: values.minimumPayout.trim(),
});
