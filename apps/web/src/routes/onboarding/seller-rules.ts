import {
  SELLER_SLUG_MAX_LENGTH,
  SELLER_SLUG_MIN_LENGTH,
  sellerCurrencyProblem,
  sellerNameProblem,
  sellerSlugProblem,
} from "@allyhut/schema";

export interface SellerValues {
  name: string;
  slug: string;
  currencyCode: string;
}

/** The Create seller form judges as the API does (@allyhut/schema's seller rules). */
export const sellerValidators = {
  name: sellerNameProblem,
  // Same verdict, in the words of the form's "Program address" field.
  slug: (value: string) =>
    sellerSlugProblem(value) &&
    `Use ${SELLER_SLUG_MIN_LENGTH}–${SELLER_SLUG_MAX_LENGTH} lowercase letters, digits and dashes, starting and ending with a letter or digit`,
  currencyCode: sellerCurrencyProblem,
};

/** The createSeller input the form sends. */
export const sellerInput = (values: SellerValues) => ({
  name: values.name.trim(),
  slug: values.slug.trim(),
  currencyCode: values.currencyCode.trim(),
});
