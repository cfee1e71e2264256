import { BadInput } from "@allyhut/schema/domain";
import {
  minimumPayoutProblem,
  sellerCurrencyProblem,
  sellerNameProblem,
  sellerSlugProblem,
} from "@allyhut/schema";

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

/** What updateSellerSettings changes (null: unchanged). */
export interface SellerSettingsInput {
  name: string | null;
  minimumPayoutCents: number | null;
}

/** The columns to change, judged as createSeller judges them; BAD_USER_INPUT on "name" or "minimumPayout". */
export function checkSellerSettings(
  input: SellerSettingsInput,
): Partial<{ name: string; minimumPayoutCents: number }> {
  const changes: Partial<{ name: string; minimumPayoutCents: number }> = {};
  if (input.name !== null && input.name !== undefined) {
    const name = String(input.name);
    const nameProblem = sellerNameProblem(name);
    if (nameProblem) throw new BadInput("name", nameProblem);
    changes.name = name.trim();
  }
  if (input.minimumPayoutCents !== null && input.minimumPayoutCents !== undefined) {
    const minimumProblem = minimumPayoutProblem(input.minimumPayoutCents);
    if (minimumProblem) throw new BadInput("minimumPayout", minimumProblem);
    changes.minimumPayoutCents = input.minimumPayoutCents;
  }
  return changes;
}
