import { Field, Int, ObjectType } from "type-graphql";

// pendingTotal, approvedTotal and rejectedTotal are computed in payout-summary.resolver.ts.
@ObjectType("PayoutSummary", {
  description: "What needs the seller's attention on the Payouts screen.",
})
export class PayoutSummary {
  @Field(() => Int, { description: "Withdrawals waiting to be processed.", simple: true })
  pendingCount!: number;

  @Field(() => Int, { description: "Withdrawals approved (paid) so far.", simple: true })
  approvedCount!: number;

  @Field(() => Int, { description: "Withdrawals rejected so far.", simple: true })
  rejectedCount!: number;
}
