import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Affiliate } from "../affiliates/affiliate.type";
import { pageOf } from "../common/page.args";
import type { AffiliateModel, ConnectionModel, WithdrawalModel } from "../../domain";
import type { ApiContext } from "../context";
import { WithdrawalConnection } from "./withdrawal-connection.type";
import { AffiliateWithdrawalsArgs } from "./withdrawals.args";

@Resolver(() => Affiliate)
export class AffiliateWithdrawalsResolver {
  @FieldResolver(() => WithdrawalConnection, {
    description: "The affiliate's withdrawal requests, newest first.",
  })
  withdrawals(
    @Root() affiliate: AffiliateModel,
    @Args() args: AffiliateWithdrawalsArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<ConnectionModel<WithdrawalModel>> {
    return ctx.services.withdrawals.listOfAffiliate(affiliate.id, {
      ...pageOf(args),
      status: args.status ?? null,
    });
  }
}
