import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Affiliate } from "../affiliates/affiliate.type";
import { Money, money } from "../common/money.type";
import type { AffiliateModel, WithdrawalEventModel, WithdrawalModel } from "../../domain";
import type { ApiContext } from "../context";
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
}
