import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { AffiliateModel } from "../../domain";
import { Affiliate } from "../affiliates/affiliate.type";
import { viewerOf } from "../auth-checker";
import type { ApiContext } from "../context";
import { PayoutSummary } from "../withdrawals/payout-summary.type";
import { MonthTotal, MonthlyArgs, monthTotalOf, monthsOf } from "./month-total.type";

const MONTHLY_DESCRIPTION =
  "The last `months` UTC months, oldest first and the current one last, months without activity included (0.00).";

@Resolver(() => PayoutSummary)
export class PayoutSummaryMonthlyResolver {
  @FieldResolver(() => [MonthTotal], {
    description: `The seller's commissions and payouts per month. ${MONTHLY_DESCRIPTION}`,
  })
  async monthly(@Args() args: MonthlyArgs, @Ctx() ctx: ApiContext): Promise<MonthTotal[]> {
    // A PayoutSummary is only ever the signed-in seller's (Query.payoutSummary).
    const totals = await ctx.services.reports.monthlyOfSeller(viewerOf(ctx), monthsOf(args));
    return totals.map(monthTotalOf);
  }
}

@Resolver(() => Affiliate)
export class AffiliateMonthlyResolver {
  @FieldResolver(() => [MonthTotal], {
    description: `The affiliate's commissions and payouts per month. ${MONTHLY_DESCRIPTION}`,
  })
  async monthly(
    @Root() affiliate: AffiliateModel,
    @Args() args: MonthlyArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<MonthTotal[]> {
    const totals = await ctx.services.reports.monthlyOfAffiliate(affiliate.id, monthsOf(args));
    return totals.map(monthTotalOf);
  }
}
