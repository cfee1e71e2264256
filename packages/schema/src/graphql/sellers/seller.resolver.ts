import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { viewerOf } from "../auth-checker";
import type { OfferModel, SellerModel } from "../../domain";
import { Offer } from "../offers/offer.type";
import type { ApiContext } from "../context";
import { CreateSellerInput } from "./seller.inputs";
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

  @FieldResolver(() => [Offer], { description: "The seller's offers, active or not." })
  offers(@Root() seller: SellerModel, @Ctx() ctx: ApiContext): Promise<OfferModel[]> {
    return ctx.services.sellers.offersOf(seller.id);
  }
}
