import { Field, ID, InputType, Int } from "type-graphql";
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

  @Field(() => String, {
    nullable: true,
    description:
      'The sales page, https://… (at most 2000 characters), where referral links point; null or empty for none. Anything else is BAD_USER_INPUT with field "url".',
  })
  url?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Days each commission stays on hold (the refund window) before it can be withdrawn: 0–365; 0 when omitted. Anything else is BAD_USER_INPUT with field "holdDays".',
  })
  holdDays?: number | null;
}

@InputType("UpdateOfferInput", {
  description:
    "Changes to one of the signed-in seller's offers. Omitted (or null) fields stay as they are. A changed commission applies to sales recorded from then on, never to recorded ones.",
})
export class UpdateOfferInput {
  @Field(() => ID, { description: "The offer to change." })
  offerId!: string;

  @Field(() => String, { nullable: true, description: "The offer's new name." })
  name?: string | null;

  /** Cents, in the seller's currency. */
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'The new price in the seller\'s currency, e.g. "49.00".',
  })
  price?: number | null;

  @Field(() => CommissionType, { nullable: true, description: "How the commission is computed." })
  commissionType?: CommissionType | null;

  /** Hundredths: of a percent for PERCENTAGE, cents for FLAT. */
  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "For PERCENTAGE a percent from 0 to 100; for FLAT an amount up to the price. Judged with the offer's resulting type and price.",
  })
  commissionValue?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "The sales page, https://… (at most 2000 characters); an empty string removes it.",
  })
  url?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "0–365 days on hold. Applies to sales recorded from now on: recorded commissions keep their availableOn.",
  })
  holdDays?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "false takes the offer off sale: no new promotions or sales; true puts it back.",
  })
  active?: boolean | null;
}
