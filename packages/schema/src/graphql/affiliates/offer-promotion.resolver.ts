import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { referralLinkOf } from "../../rules/offer";
import { Money, money } from "../common/money.type";
import type { OfferModel, OfferPromotionModel } from "../../domain";
import { Offer } from "../offers/offer.type";
import type { ApiContext } from "../context";
import { OfferPromotion } from "./offer-promotion.type";

@Resolver(() => OfferPromotion)
export class OfferPromotionResolver {
  @FieldResolver(() => Offer, { description: "The offer promoted." })
  offer(
    @Root() promotion: OfferPromotionModel,
    @Ctx() ctx: ApiContext,
  ): OfferModel | Promise<OfferModel> {
    return ctx.services.offers.byId(promotion.offerId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The offer's url with the affiliate's referral code (?ref=CODE); null while the offer has no url. A buyer who comes through it is credited to the affiliate when the seller's checkout passes the code on to recordSale.",
  })
  async referralLink(
    @Root() promotion: OfferPromotionModel,
    @Ctx() ctx: ApiContext,
  ): Promise<string | null> {
    const offer = await ctx.services.offers.byId(promotion.offerId);
    if (!offer.url) return null;
    const affiliate = await ctx.services.affiliates.byId(promotion.affiliateId);
    return referralLinkOf(offer.url, affiliate.referralCode);
  }

  @FieldResolver(() => Money, {
    description: "Commissions earned on this offer by this affiliate, less reversed ones.",
  })
  commissionTotal(@Root() promotion: OfferPromotionModel): Money {
    return money(promotion.commissionCents, promotion.currencyCode);
  }
}
