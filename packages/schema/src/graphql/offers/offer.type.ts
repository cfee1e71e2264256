import { Field, ID, Int, ObjectType } from "type-graphql";
import { CommissionType } from "../enums";

// price and commissionValue are computed by their field resolvers in offer.resolver.ts.
@ObjectType("Offer", {
  description:
    "Something the seller sells (a course) that affiliates can promote for a commission.",
})
export class Offer {
  @Field(() => ID, { description: "The offer's id.", simple: true })
  id!: string;

  @Field(() => String, { description: "The offer's name.", simple: true })
  name!: string;

  @Field(() => CommissionType, {
    description: "How the commission on a sale is computed: see commissionValue.",
    simple: true,
  })
  commissionType!: CommissionType;

  @Field(() => Boolean, {
    description: "Whether the offer is on sale and can be promoted.",
    simple: true,
  })
  active!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      "The offer's sales page (https), where referral links point. Null until the seller sets it.",
    simple: true,
  })
  url!: string | null;

  @Field(() => Int, {
    description:
      "Days a commission on this offer stays on hold (the refund window) before it becomes available.",
    simple: true,
  })
  holdDays!: number;
}
