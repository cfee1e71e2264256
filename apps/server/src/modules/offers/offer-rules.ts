import { badInput } from "@allyhut/schema/graphql";
import { CommissionType, MAX_DECIMAL_CENTS } from "@allyhut/schema";
import { charLength } from "../rows";

export const OFFER_NAME_MAX_LENGTH = 200;
/** 100.00 % in hundredths of a percent. */
export const MAX_PERCENTAGE_HUNDREDTHS = 10_000;

export interface OfferInput {
  name: string;
  priceCents: number;
  commissionType: CommissionType;
  commissionValueHundredths: number;
}

/** The offer as it will be stored; BAD_USER_INPUT naming "name", "price", "commissionType" or "commissionValue". */
export function checkOfferInput(input: OfferInput): OfferInput {
  const name = String(input.name ?? "").trim();
  if (name.length === 0) throw badInput("name", "Enter the offer's name.");
  if (charLength(name) > OFFER_NAME_MAX_LENGTH) {
    throw badInput("name", `The name can be at most ${OFFER_NAME_MAX_LENGTH} characters long.`);
  }
  if (/\p{Cc}/u.test(name)) throw badInput("name", "The name cannot contain control characters.");
  const priceCents = input.priceCents;
  if (!Number.isSafeInteger(priceCents) || priceCents <= 0 || priceCents > MAX_DECIMAL_CENTS) {
    throw badInput("price", "The price must be greater than 0.");
  }
  const value = input.commissionValueHundredths;
  const wholeNumber = Number.isSafeInteger(value) && value >= 0;
  switch (input.commissionType) {
    case CommissionType.PERCENTAGE:
      if (!wholeNumber || value > MAX_PERCENTAGE_HUNDREDTHS) {
        throw badInput("commissionValue", "A percentage commission must be from 0 to 100.");
      }
      break;
    case CommissionType.FLAT:
      if (!wholeNumber || value > priceCents) {
        throw badInput(
          "commissionValue",
          "A flat commission must be from 0 up to the offer's price.",
        );
      }
      break;
    default:
      throw badInput("commissionType", "The commission type must be PERCENTAGE or FLAT.");
  }
  return {
    name,
    priceCents,
    commissionType: input.commissionType,
    commissionValueHundredths: value,
  };
}
