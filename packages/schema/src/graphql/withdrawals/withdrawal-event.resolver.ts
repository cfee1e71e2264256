import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { PayoutBatchModel, WithdrawalEventModel } from "../../domain";
import type { ApiContext } from "../context";
import { PayoutBatch } from "../payouts/payout-batch.type";
import { WithdrawalEvent } from "./withdrawal-event.type";

@Resolver(() => WithdrawalEvent)
export class WithdrawalEventResolver {
  @FieldResolver(() => PayoutBatch, {
    nullable: true,
    description: "The payout batch this change put the withdrawal into or took it out of.",
  })
  payoutBatch(
    @Root() event: WithdrawalEventModel,
    @Ctx() ctx: ApiContext,
  ): Promise<PayoutBatchModel> | null {
    return event.payoutBatchId === null
      ? null
      : ctx.services.payoutBatches.byId(event.payoutBatchId);
  }
}
