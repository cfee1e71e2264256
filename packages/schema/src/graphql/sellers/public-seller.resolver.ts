import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { money, Money } from "../common/money.type";
import type { PublicSellerModel } from "../../domain";
import type { ApiContext } from "../context";
import { PublicSeller } from "./public-seller.type";

@Resolver(() => PublicSeller)
export class PublicSellerResolver {
  @Query(() => PublicSeller, {
    nullable: true,
    description:
      "The public face of an affiliate center, for its join page: name, currency and minimum payout. Null for an unknown slug. No sign-in needed.",
  })
  sellerBySlug(
    @Arg("slug", () => String, { description: "The affiliate center's slug, as in /join/SLUG." })
    slug: string,
    @Ctx() ctx: ApiContext,
  ): Promise<PublicSellerModel | null> {
    return ctx.services.sellers.bySlug(slug);
  }

  @FieldResolver(() => Money, {
    description:
      "The smallest amount an affiliate may request in one withdrawal; 0.00 means no minimum.",
  })
  minimumPayout(@Root() seller: PublicSellerModel): Money {
    return money(seller.minimumPayoutCents, seller.currencyCode);
  }
}
