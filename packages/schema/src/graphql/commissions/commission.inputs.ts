import { Field, ID, InputType } from "type-graphql";
import { DateTimeISOScalar } from "../scalars/date-time-iso.scalar";
import { DecimalScalar } from "../scalars/decimal.scalar";

@InputType("RecordSaleInput", {
  description: "A referred sale, as the seller's checkout reports it.",
})
export class RecordSaleInput {
  @Field(() => String, {
    description: "The referral code of the affiliate who referred the buyer.",
  })
  referralCode!: string;

  @Field(() => ID, { description: "The offer sold: one of the signed-in seller's offers." })
  offerId!: string;

  @Field(() => String, {
    description:
      "The seller's own order id (1–100 characters). Recording the same order again answers the same commission; the same order with a different referral code, offer, amount or time is CONFLICT.",
  })
  orderId!: string;

  /** Cents, in the seller's currency. */
  @Field(() => DecimalScalar, {
    description: 'What the buyer paid, in the seller\'s currency, e.g. "49.00".',
  })
  saleAmount!: number;

  @Field(() => DateTimeISOScalar, {
    nullable: true,
    description: "When the sale happened; defaults to now. Not in the future.",
  })
  occurredAt?: Date | null;
}
