import { Field, InputType } from "type-graphql";
import { CommissionType } from "../enums";
import { DecimalScalar } from "../scalars/decimal.scalar";

@InputType("CreateOfferInput", { description: "A new offer of the signed-in seller." })
export class CreateOfferInput {
  @Field(() => String, { description: "The offer's name." })
  name!: string;

  /** Cents, in the seller's currency. */
  @Field(() => DecimalScalar, {
    description: 'The price in the seller\'s currency, e.g. "49.00".',
  })
  price!: number;

  @Field(() => CommissionType, { description: "How the commission is computed." })
  commissionType!: CommissionType;

  /** Hundredths: of a percent for PERCENTAGE, cents for FLAT. */
  @Field(() => DecimalScalar, {
    description:
      'For PERCENTAGE a percent from "0" to "100" ("12.5" = 12.5 %); for FLAT an amount in the seller\'s currency. Out of range is BAD_USER_INPUT with field "commissionValue".',
  })
  commissionValue!: number;
}
