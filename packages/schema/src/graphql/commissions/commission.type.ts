import { Field, ID, ObjectType } from "type-graphql";
import { DateTimeISOScalar } from "../scalars/date-time-iso.scalar";
import { LocalDateScalar } from "../scalars/local-date.scalar";

// offer, saleAmount, amount and reversed are computed by their field resolvers in commission.resolver.ts.
@ObjectType("Commission", {
  description: "What an affiliate earned on one referred sale (recordSale).",
})
export class Commission {
  @Field(() => ID, { description: "The commission's id.", simple: true })
  id!: string;

  @Field(() => String, {
    description: "The seller's order id of the sale, unique within the seller.",
    simple: true,
  })
  orderId!: string;

  @Field(() => DateTimeISOScalar, {
    description: "When the sale happened (as reported by the seller's checkout).",
    simple: true,
  })
  occurredAt!: Date;

  @Field(() => LocalDateScalar, {
    description:
      "The day this commission leaves its hold and becomes available (occurredAt's date + the offer's holdDays when the sale was recorded, UTC).",
    simple: true,
  })
  availableOn!: string;
}
