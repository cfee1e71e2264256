import { BadInput } from "@allyhut/schema/domain";
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
  if (nameProblem) throw new BadInput("name", nameProblem);
  const slug = String(input.slug ?? "");
  const slugProblem = sellerSlugProblem(slug);
  if (slugProblem) throw new BadInput("slug", slugProblem);
  const currencyCode = String(input.currencyCode ?? "");
  const currencyProblem = sellerCurrencyProblem(currencyCode);
  if (currencyProblem) throw new BadInput("currencyCode", currencyProblem);
  return { name: name.trim(), slug: slug.trim(), currencyCode: currencyCode.trim() };
}
