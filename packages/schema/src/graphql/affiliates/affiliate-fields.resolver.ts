import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Money, money } from "../common/money.type";
import type { AffiliateModel, OfferPromotionModel, SellerModel } from "../../domain";
import { Seller } from "../sellers/seller.type";
import type { ApiContext } from "../context";
import { AffiliateBalance } from "./affiliate-balance.type";
import { Affiliate } from "./affiliate.type";
import { OfferPromotion } from "./offer-promotion.type";

/** Affiliate's computed and nested fields (commissions and withdrawals live with their features). */
@Resolver(() => Affiliate)
export class AffiliateFieldsResolver {
  @FieldResolver(() => Seller, { description: "The seller whose program this is." })
  seller(@Root() affiliate: AffiliateModel, @Ctx() ctx: ApiContext): Promise<SellerModel> {
    return ctx.services.sellers.byId(affiliate.sellerId);
  }

  @FieldResolver(() => Money, {
    description: "Commissions earned, less reversed ones (the same as balance.earned).",
  })
  commissionTotal(@Root() affiliate: AffiliateModel): Money {
    return money(affiliate.earnedCents, affiliate.currencyCode);
  }

  @FieldResolver(() => AffiliateBalance, {
    description:
      "Where the affiliate's money stands: earned, on hold, available, pending and paid.",
  })
  async balance(
    @Root() affiliate: AffiliateModel,
    @Ctx() ctx: ApiContext,
  ): Promise<AffiliateBalance> {
    const { earnedCents, pendingCents, paidCents, currencyCode } = affiliate;
    const hold = await ctx.services.affiliates.onHoldOf(affiliate.id);
    return {
      earned: money(earnedCents, currencyCode),
      onHold: money(hold.onHoldCents, currencyCode),
      nextAvailableOn: hold.nextAvailableOn,
      onHoldUntil: hold.onHoldUntil,
      available: money(earnedCents - hold.onHoldCents - pendingCents - paidCents, currencyCode),
      pending: money(pendingCents, currencyCode),
      paid: money(paidCents, currencyCode),
    };
  }

  @FieldResolver(() => [OfferPromotion], {
    description: "The offers the affiliate promotes, with per-offer sales and commissions.",
  })
  offers(
    @Root() affiliate: AffiliateModel,
    @Ctx() ctx: ApiContext,
  ): Promise<OfferPromotionModel[]> {
    return ctx.services.affiliates.promotionsOf(affiliate.id);
  }
}
