import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { viewerOf } from "../auth-checker";
import { Money, money } from "../common/money.type";
import type { OfferModel, SellerModel } from "../../domain";
import { Offer } from "../offers/offer.type";
import type { ApiContext } from "../context";
import { CreateSellerInput } from "./seller.inputs";
import { UpdateSellerSettingsInput } from "./seller-settings.inputs";
import { Seller } from "./seller.type";

@Resolver(() => Seller)
export class SellerResolver {
  @Authorized()
  @Mutation(() => Seller, {
    description:
      "Makes the signed-in user a seller.\n\nA user owns at most one seller: a second call is ALREADY_EXISTS, as is a slug already taken. Errors: UNAUTHENTICATED; BAD_USER_INPUT (with extensions.field) for a blank name, a malformed slug or an unsupported currency.",
  })
  createSeller(
    @Arg("input", () => CreateSellerInput, { description: "The business details." })
    input: CreateSellerInput,
    @Ctx() ctx: ApiContext,
  ): Promise<SellerModel> {
    return ctx.services.sellers.create(viewerOf(ctx), {
      name: input.name,
      slug: input.slug,
      currencyCode: input.currencyCode ?? "USD",
    });
  }

  @Authorized("SELLER")
  @Mutation(() => Seller, {
    description:
      "Changes the signed-in seller's name or minimum payout.\n\n" +
      "A new minimum applies to withdrawals requested from then on; pending ones stay as they are. " +
      'Errors: UNAUTHENTICATED; FORBIDDEN without a seller (an affiliate has none); BAD_USER_INPUT (with extensions.field) for a blank or too long "name" or a malformed "minimumPayout".',
  })
  updateSellerSettings(
    @Arg("input", () => UpdateSellerSettingsInput, { description: "What changes." })
    input: UpdateSellerSettingsInput,
    @Ctx() ctx: ApiContext,
  ): Promise<SellerModel> {
    return ctx.services.sellers.updateSettings(viewerOf(ctx), {
      name: input.name ?? null,
      minimumPayoutCents: input.minimumPayout ?? null,
    });
  }

  @FieldResolver(() => Money, {
    description:
      "The smallest amount an affiliate may request in one withdrawal; 0.00 means no minimum.",
  })
  minimumPayout(@Root() seller: SellerModel): Money {
    return money(seller.minimumPayoutCents, seller.currencyCode);
  }

  @FieldResolver(() => [Offer], { description: "The seller's offers, active or not." })
  offers(@Root() seller: SellerModel, @Ctx() ctx: ApiContext): Promise<OfferModel[]> {
    return ctx.services.sellers.offersOf(seller.id);
  }
}
