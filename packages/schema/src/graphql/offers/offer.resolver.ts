import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { viewerOf } from "../auth-checker";
import { Money, money } from "../common/money.type";
import type { OfferModel } from "../../domain";
import { DecimalScalar } from "../scalars/decimal.scalar";
import type { ApiContext } from "../context";
import { CreateOfferInput, UpdateOfferInput } from "./offer.inputs";
import { Offer } from "./offer.type";

@Resolver(() => Offer)
export class OfferResolver {
  @Authorized("SELLER")
  @Mutation(() => Offer, {
    description:
      "Adds an offer to the signed-in seller's catalogue (active).\n\nErrors: UNAUTHENTICATED; FORBIDDEN when the user has no seller yet; BAD_USER_INPUT (with extensions.field) for a blank name, a malformed price, a commission value out of range or holdDays outside 0–365.",
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
      url: input.url ?? null,
      holdDays: input.holdDays ?? null,
    });
  }

  @Authorized("SELLER")
  @Mutation(() => Offer, {
    description:
      "Changes one of the signed-in seller's offers: name, price, commission, hold period, sales page url, on sale or not.\n\n" +
      "Recorded sales keep the commission and availableOn they were recorded with. Each field sent is judged as createOffer judges it, the commission value against the offer's resulting type and price: " +
      'a price below the offer\'s FLAT commission is BAD_USER_INPUT on "commissionValue" (send the lower commission with it), and a new commissionType needs its commissionValue. ' +
      "Errors: UNAUTHENTICATED; FORBIDDEN without a seller; NOT_FOUND for another seller's offer or an id that names none; BAD_USER_INPUT (with extensions.field).",
  })
  updateOffer(
    @Arg("input", () => UpdateOfferInput, { description: "The offer and what changes." })
    input: UpdateOfferInput,
    @Ctx() ctx: ApiContext,
  ): Promise<OfferModel> {
    return ctx.services.offers.update(viewerOf(ctx), {
      offerId: input.offerId,
      name: input.name ?? null,
      priceCents: input.price ?? null,
      commissionType: input.commissionType ?? null,
      commissionValueHundredths: input.commissionValue ?? null,
      url: input.url ?? null,
      holdDays: input.holdDays ?? null,
      active: input.active ?? null,
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
