import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { Affiliate } from "../affiliates/affiliate.type";
import type { AffiliateModel, SellerModel, UserModel } from "../../domain";
import { Seller } from "../sellers/seller.type";
import type { ApiContext } from "../context";
import { User } from "./user.type";

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, {
    nullable: true,
    description:
      "The signed-in user, or null.\n\nNever an error: use it to find out whether the session cookie is valid.",
  })
  async me(@Ctx() ctx: ApiContext): Promise<UserModel | null> {
    if (!ctx.viewer) return null;
    return ctx.viewer.user ?? ctx.services.users.byId(ctx.viewer.userId);
  }

  @FieldResolver(() => Seller, {
    nullable: true,
    description: "The seller the user owns, or null until createSeller.",
  })
  seller(@Root() user: UserModel, @Ctx() ctx: ApiContext): Promise<SellerModel | null> {
    return ctx.services.users.sellerOfUser(user.id);
  }

  @FieldResolver(() => [Affiliate], {
    description: "The user's memberships of sellers' affiliate programs.",
  })
  affiliateAccounts(@Root() user: UserModel, @Ctx() ctx: ApiContext): Promise<AffiliateModel[]> {
    return ctx.services.users.affiliateAccounts(user.id);
  }
}
