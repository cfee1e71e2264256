import { badInput } from "@allyhut/schema/graphql";
import { sellerCurrencyProblem, sellerNameProblem, sellerSlugProblem } from "@allyhut/schema";

export interface SellerInput {
  name: string;
  slug: string;
  currencyCode: string;
}

/** The seller's details, trimmed; BAD_USER_INPUT naming the field at fault. */
export function checkSellerInput(input: SellerInput): SellerInput {
  const name = String(input.name ?? "");
  const nameProblem = sellerNameProblem(name);
  if (nameProblem) throw badInput("name", nameProblem);
  const slug = String(input.slug ?? "");
  const slugProblem = sellerSlugProblem(slug);
  if (slugProblem) throw badInput("slug", slugProblem);
  const currencyCode = String(input.currencyCode ?? "");
  const currencyProblem = sellerCurrencyProblem(currencyCode);
  if (currencyProblem) throw badInput("currencyCode", currencyProblem);
  return { name: name.trim(), slug: slug.trim(), currencyCode: currencyCode.trim() };
}
