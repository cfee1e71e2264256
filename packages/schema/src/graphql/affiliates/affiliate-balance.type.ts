import { Field, ObjectType } from "type-graphql";
import { Money } from "../common/money.type";
import { LocalDateScalar } from "../scalars/local-date.scalar";

@ObjectType("AffiliateBalance", {
  description:
    "Where an affiliate's money stands today (UTC). Always: earned = onHold + available + pending + paid.",
  simpleResolvers: true,
})
export class AffiliateBalance {
  @Field(() => Money, { description: "Commissions earned, less reversed ones." })
  earned!: Money;

  @Field(() => Money, {
    description:
      "Commissions still inside their hold period (availableOn after today, UTC), not reversed. They become available on their availableOn date, with nothing to wait for but the date.",
  })
  onHold!: Money;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "The first day part of onHold becomes available; null when nothing is on hold.",
  })
  nextAvailableOn!: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "The day all of today's onHold is available; null when nothing is on hold.",
  })
  onHoldUntil!: string | null;

  @Field(() => Money, {
    description:
      "What the affiliate to withdraw. Negative after a sale is reversed once its commission was paid out (a clawback): then no withdrawal is accepted until it is positive again.",
  })
  available!: Money;

  @Field(() => Money, { description: "Held in PENDING withdrawals." })
  pending!: Money;

  @Field(() => Money, { description: "Paid out in APPROVED withdrawals." })
  paid!: Money;
}
