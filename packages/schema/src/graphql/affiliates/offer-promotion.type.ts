import { Field, Int, ObjectType } from "type-graphql";
import { DateTimeISOScalar } from "../scalars/date-time-iso.scalar";

// offer and commissionTotal are declared by their field resolvers in offer-promotion.resolver.ts.
@ObjectType("OfferPromotion", { description: "An offer that an affiliate has opted to promote." })
export class OfferPromotion {
  @Field(() => DateTimeISOScalar, {
    description: "When the affiliate started promoting the offer.",
    simple: true,
  })
  promotedSince!: Date;

  @Field(() => Int, {
    description:
      "Referred sales of this offer by this affiliate, not counting reversed (refunded) ones.",
    simple: true,
  })
  salesCount!: number;
}
