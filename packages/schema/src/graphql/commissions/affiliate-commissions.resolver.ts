import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Affiliate } from "../affiliates/affiliate.type";
import { ConnectionArgs, pageOf } from "../common/page.args";
import type { AffiliateModel, CommissionModel, ConnectionModel } from "../../domain";
import type { ApiContext } from "../context";
import { CommissionConnection } from "./commission-connection.type";

@Resolver(() => Affiliate)
export class AffiliateCommissionsResolver {
  @FieldResolver(() => CommissionConnection, {
    description: "The affiliate's commissions, newest first, reversed ones included.",
  })
  commissions(
    @Root() affiliate: AffiliateModel,
    @Args() args: ConnectionArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<ConnectionModel<CommissionModel>> {
    return ctx.services.commissions.listOfAffiliate(affiliate.id, pageOf(args));
  }
}
