import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Affiliate } from "../affiliates/affiliate.type";
import { Money, money } from "../common/money.type";
import type {
  AffiliateModel,
  PayoutBatchModel,
  WithdrawalEventModel,
  WithdrawalModel,
} from "../../domain";
import { withdrawalReference } from "../../rules/payout";
import type { ApiContext } from "../context";
import { PayoutBatch } from "../payouts/payout-batch.type";
import { WithdrawalEvent } from "./withdrawal-event.type";
import { Withdrawal } from "./withdrawal.type";

@Resolver(() => Withdrawal)
export class WithdrawalFieldsResolver {
  @FieldResolver(() => Affiliate, { description: "The affiliate who asked." })
  affiliate(@Root() withdrawal: WithdrawalModel, @Ctx() ctx: ApiContext): Promise<AffiliateModel> {
    return ctx.services.affiliates.byId(withdrawal.affiliateId);
  }

  @FieldResolver(() => Money, { description: "The amount asked for, in the seller's currency." })
  amount(@Root() withdrawal: WithdrawalModel): Money {
    return money(withdrawal.amountCents, withdrawal.currencyCode);
  }

  @FieldResolver(() => [WithdrawalEvent], { description: "Every change, oldest first." })
  history(
    @Root() withdrawal: WithdrawalModel,
    @Ctx() ctx: ApiContext,
  ): Promise<WithdrawalEventModel[]> {
    return ctx.services.withdrawals.historyOf(withdrawal.id);
  }

  @FieldResolver(() => String, {
    description:
      'The reference printed in payout files and matched in imported reports, e.g. "AH-W-1042".',
  })
  reference(@Root() withdrawal: WithdrawalModel): string {
    return withdrawalReference(withdrawal.id);
  }

  // Seen by whoever sees the withdrawal: its affiliate too (the batch's lists stay the seller's).
  @FieldResolver(() => PayoutBatch, {
    nullable: true,
    description:
      "The open or closed batch this withdrawal is (or was paid) in; null when it never was or was taken out.",
  })
  batch(
    @Root() withdrawal: WithdrawalModel,
    @Ctx() ctx: ApiContext,
  ): Promise<PayoutBatchModel> | null {
    return withdrawal.payoutBatchId === null
      ? null
      : ctx.services.payoutBatches.byId(withdrawal.payoutBatchId);
  }
}
