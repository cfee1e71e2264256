import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { viewerOf } from "../auth-checker";
import { Money, money } from "../common/money.type";
import type { OfferModel } from "../models";
import { DecimalScalar } from "../scalars/decimal.scalar";
import type { ApiContext } from "../services";
import { CreateOfferInput } from "./offer.inputs";
import { Offer } from "./offer.type";

@Resolver(() => Offer)
export class OfferResolver {
  @Authorized("SELLER")
  @Mutation(() => Offer, {
    description:
      "Adds an offer to the signed-in seller's catalogue (active).\n\nErrors: UNAUTHENTICATED; FORBIDDEN when the user has no seller yet; BAD_USER_INPUT (with extensions.field) for a blank name, a malformed price or a commission value out of range.",
  })
  createOffer(
    @Arg("input", () => CreateOfferInput, { description: "The offer." }) input: CreateOfferInput,
    @Ctx() ctx: ApiContext,
  ): Promise<OfferModel> {
    return ctx.services.offers.create(viewerOf(ctx), {
      name: input.name,
      priceCents: input.price,
      commissionType: input.commissionType,
      commissionValueHundredths: input.commissionValue,
    });
  }

  @FieldResolver(() => Money, { description: "The offer's price in the seller's currency." })
  price(@Root() offer: OfferModel): Money {
    return money(offer.priceCents, offer.currencyCode);
  }

  @FieldResolver(() => DecimalScalar, {
    description:
      'A percentage ("10.00" = 10 %) for PERCENTAGE, an amount in the seller\'s currency for FLAT.',
  })
  commissionValue(@Root() offer: OfferModel): number {
    return offer.commissionValueHundredths;
  }
}
