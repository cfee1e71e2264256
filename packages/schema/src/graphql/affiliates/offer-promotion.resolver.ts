import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Money, money } from "../common/money.type";
import type { OfferModel, OfferPromotionModel } from "../models";
import { Offer } from "../offers/offer.type";
import type { ApiContext } from "../services";
import { OfferPromotion } from "./offer-promotion.type";

@Resolver(() => OfferPromotion)
export class OfferPromotionResolver {
  @FieldResolver(() => Offer, { description: "The offer promoted." })
  offer(
    @Root() promotion: OfferPromotionModel,
    @Ctx() ctx: ApiContext,
  ): OfferModel | Promise<OfferModel> {
    return promotion.offer ?? ctx.services.offers.byId(promotion.offerId);
  }

  @FieldResolver(() => Money, {
    description: "Commissions earned on this offer by this affiliate, less reversed ones.",
  })
  commissionTotal(@Root() promotion: OfferPromotionModel): Money {
    return money(promotion.commissionCents, promotion.currencyCode);
  }
}
