import { Field, ObjectType } from "type-graphql";
import { Money } from "../common/money.type";

@ObjectType("AffiliateBalance", {
  description: "Where an affiliate's money stands. Always: earned = available + pending + paid.",
  simpleResolvers: true,
})
export class AffiliateBalance {
  @Field(() => Money, { description: "Commissions earned, less reversed ones." })
  earned!: Money;

  @Field(() => Money, {
    description:
      "What the affiliate can still ask to withdraw. Negative after a sale is reversed once its commission was paid out (a clawback): then no withdrawal is accepted until it is positive again.",
  })
  available!: Money;

  @Field(() => Money, { description: "Held in PENDING withdrawals." })
  pending!: Money;

  @Field(() => Money, { description: "Paid out in APPROVED withdrawals." })
  paid!: Money;
}
