import { BadInput, type OfferService } from "@allyhut/schema/domain";
import {
  CommissionType,
  commissionTypeProblem,
  commissionValueProblem,
  holdDaysProblem,
  offerNameProblem,
  offerPriceProblem,
  offerUrlProblem,
} from "@allyhut/schema";

export interface OfferInput {
  name: string;
  priceCents: number;
  commissionType: CommissionType;
  commissionValueHundredths: number;
  /** null, absent or blank: no sales page. */
  url?: string | null;
  /** null or absent: no hold. */
  holdDays?: number | null;
}

/** An offer as it is stored. */
export interface CheckedOffer {
  name: string;
  priceCents: number;
  commissionType: CommissionType;
  commissionValueHundredths: number;
  url: string | null;
  holdDays: number;
}

/** What updateOffer changes: null leaves a field as it is; url "" removes the sales page. */
export type OfferChanges = Omit<Parameters<OfferService["update"]>[1], "offerId">;

/**
 * The offer as it will be stored; BAD_USER_INPUT naming "name", "price", "commissionType",
 * "commissionValue", "url" or "holdDays".
 */
export function checkOfferInput(input: OfferInput): CheckedOffer {
  const name = String(input.name ?? "");
  const nameProblem = offerNameProblem(name);
  if (nameProblem) throw new BadInput("name", nameProblem);
  const priceProblem = offerPriceProblem(input.priceCents);
  if (priceProblem) throw new BadInput("price", priceProblem);
  const typeProblem = commissionTypeProblem(input.commissionType);
  if (typeProblem) throw new BadInput("commissionType", typeProblem);
  const valueProblem = commissionValueProblem(
    input.commissionType,
    input.commissionValueHundredths,
    input.priceCents,
  );
  if (valueProblem) throw new BadInput("commissionValue", valueProblem);
  const holdDays = input.holdDays ?? 0;
  const holdProblem = holdDaysProblem(holdDays);
  if (holdProblem) throw new BadInput("holdDays", holdProblem);
  return {
    name: name.trim(),
    priceCents: input.priceCents,
    commissionType: input.commissionType,
    commissionValueHundredths: input.commissionValueHundredths,
    url: offerUrlOf(input.url),
    holdDays,
  };
}

/** The sales page as stored: trimmed, or null for none (null or blank); BAD_USER_INPUT on "url". */
export function offerUrlOf(url: string | null | undefined): string | null {
  const text = String(url ?? "").trim();
  if (text === "") return null;
  const problem = offerUrlProblem(text);
  if (problem) throw new BadInput("url", problem);
  return text;
}

/**
 * The offer after `changes`, judged as createOffer judges a new one: the commission value against
 * the resulting type and price, so a price below a FLAT commission is BAD_USER_INPUT on
 * "commissionValue". A new commission type needs its value: 10 % is not a flat 10.00.
 */
export function changedOffer(
  current: CheckedOffer & { active: boolean },
  changes: OfferChanges,
): CheckedOffer & { active: boolean } {
  const newType =
    changes.commissionType !== null && changes.commissionType !== current.commissionType;
  if (newType && changes.commissionValueHundredths === null) {
    throw new BadInput(
      "commissionValue",
      "Give the commission value with the new commission type.",
    );
  }
  const offer = checkOfferInput({
    name: changes.name ?? current.name,
    priceCents: changes.priceCents ?? current.priceCents,
    commissionType: changes.commissionType ?? current.commissionType,
    commissionValueHundredths:
      changes.commissionValueHundredths ?? current.commissionValueHundredths,
    url: changes.url ?? current.url,
    holdDays: changes.holdDays ?? current.holdDays,
  });
  return { ...offer, active: changes.active ?? current.active };
}
