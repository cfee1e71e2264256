import { badInput } from "@allyhut/schema/graphql";
import {
  CommissionType,
  commissionTypeProblem,
  commissionValueProblem,
  offerNameProblem,
  offerPriceProblem,
} from "@allyhut/schema";

export interface OfferInput {
  name: string;
  priceCents: number;
  commissionType: CommissionType;
  commissionValueHundredths: number;
}

/** The offer as it will be stored; BAD_USER_INPUT naming "name", "price", "commissionType" or "commissionValue". */
export function checkOfferInput(input: OfferInput): OfferInput {
  const name = String(input.name ?? "");
  const nameProblem = offerNameProblem(name);
  if (nameProblem) throw badInput("name", nameProblem);
  const priceProblem = offerPriceProblem(input.priceCents);
  if (priceProblem) throw badInput("price", priceProblem);
  const typeProblem = commissionTypeProblem(input.commissionType);
  if (typeProblem) throw badInput("commissionType", typeProblem);
  const valueProblem = commissionValueProblem(
    input.commissionType,
    input.commissionValueHundredths,
    input.priceCents,
  );
  if (valueProblem) throw badInput("commissionValue", valueProblem);
  return {
    name: name.trim(),
    priceCents: input.priceCents,
    commissionType: input.commissionType,
    commissionValueHundredths: input.commissionValueHundredths,
  };
}
