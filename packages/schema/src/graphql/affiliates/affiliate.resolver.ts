import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { viewerOf } from "../auth-checker";
import { pageOf } from "../common/page.args";
import type { AffiliateModel, ConnectionModel, OfferPromotionModel } from "../../domain";
import type { ApiContext } from "../context";
import { AffiliateConnection } from "./affiliate-connection.type";
import {
  JoinAffiliateProgramInput,
  PromoteOfferInput,
  SetAffiliateStatusInput,
  UpdatePayoutDetailsInput,
} from "./affiliate.inputs";
import { Affiliate } from "./affiliate.type";
import { AffiliatesArgs } from "./affiliates.args";
import { OfferPromotion } from "./offer-promotion.type";

/** Queries and mutations of affiliates; their fields are in affiliate-fields.resolver.ts. */
@Resolver()
export class AffiliateResolver {
  @Authorized("SELLER")
  @Query(() => AffiliateConnection, {
    description:
      "The signed-in seller's affiliates. search matches name or email.\n\nThe My Affiliates screen. Errors: UNAUTHENTICATED; FORBIDDEN without a seller; BAD_USER_INPUT for first outside 1..100 or a foreign cursor.",
  })
  affiliates(
    @Args() args: AffiliatesArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<ConnectionModel<AffiliateModel>> {
    return ctx.services.affiliates.list(viewerOf(ctx), {
      ...pageOf(args),
      search: args.search ?? null,
      status: args.status ?? null,
      orderBy: args.orderBy
        ? { field: args.orderBy.field, direction: args.orderBy.direction }
        : null,
    });
  }

  @Authorized()
  @Query(() => Affiliate, {
    nullable: true,
    description:
      "An affiliate of the signed-in seller, or the signed-in user's own membership; otherwise null.\n\nThe affiliate overview. Errors: UNAUTHENTICATED.",
  })
  affiliate(
    @Arg("id", () => ID, { description: "The affiliate's id." }) id: string,
    @Ctx() ctx: ApiContext,
  ): Promise<AffiliateModel | null> {
    return ctx.services.affiliates.get(viewerOf(ctx), id);
  }

  @Authorized()
  @Mutation(() => Affiliate, {
    description:
      "The signed-in user signs up on a seller's affiliate center.\n\nThe new affiliate is ACTIVE and gets a unique referral code. Errors: UNAUTHENTICATED; NOT_FOUND for an unknown slug; FORBIDDEN for the seller's own program (a seller cannot be their own affiliate); ALREADY_EXISTS when already a member; BAD_USER_INPUT (field \"payoutAccount\") for a malformed payout account.",
  })
  joinAffiliateProgram(
    @Arg("input", () => JoinAffiliateProgramInput, {
      description: "The program and payment method.",
    })
    input: JoinAffiliateProgramInput,
    @Ctx() ctx: ApiContext,
  ): Promise<AffiliateModel> {
    return ctx.services.affiliates.join(viewerOf(ctx), {
      sellerSlug: input.sellerSlug,
      paymentMethod: input.paymentMethod,
      payoutAccount: input.payoutAccount,
    });
  }

  @Authorized()
  @Mutation(() => OfferPromotion, {
    description:
      "The affiliate opts to promote one of the seller's offers.\n\nIdempotent: promoting an offer again answers the existing promotion. Errors: UNAUTHENTICATED; NOT_FOUND unless the affiliate is the signed-in user's own and the offer is the same seller's; AFFILIATE_DISABLED when the seller switched the affiliate off; BAD_USER_INPUT (field \"offerId\") for an inactive offer.",
  })
  promoteOffer(
    @Arg("input", () => PromoteOfferInput, { description: "The affiliate and the offer." })
    input: PromoteOfferInput,
    @Ctx() ctx: ApiContext,
  ): Promise<OfferPromotionModel> {
    return ctx.services.affiliates.promoteOffer(viewerOf(ctx), {
      affiliateId: input.affiliateId,
      offerId: input.offerId,
    });
  }

  @Authorized("SELLER")
  @Mutation(() => Affiliate, {
    description:
      "The seller's Status toggle: a DISABLED affiliate can no longer promote offers or earn commissions.\n\nMoney already earned stays the affiliate's and can still be withdrawn. Setting the current status again changes nothing. Errors: UNAUTHENTICATED; FORBIDDEN without a seller; NOT_FOUND for an affiliate of another seller.",
  })
  setAffiliateStatus(
    @Arg("input", () => SetAffiliateStatusInput, {
      description: "The affiliate and its new status.",
    })
    input: SetAffiliateStatusInput,
    @Ctx() ctx: ApiContext,
  ): Promise<AffiliateModel> {
    return ctx.services.affiliates.setStatus(viewerOf(ctx), {
      affiliateId: input.affiliateId,
      status: input.status,
    });
  }

  @Authorized()
  @Mutation(() => Affiliate, {
    description:
      'The affiliate changes how they want to be paid.\n\nApplies to withdrawals requested from now on; earlier requests keep their snapshot. Errors: UNAUTHENTICATED; NOT_FOUND unless it is the signed-in user\'s own membership; BAD_USER_INPUT (field "payoutAccount") for a malformed account.',
  })
  updatePayoutDetails(
    @Arg("input", () => UpdatePayoutDetailsInput, {
      description: "The membership and the new payment method.",
    })
    input: UpdatePayoutDetailsInput,
    @Ctx() ctx: ApiContext,
  ): Promise<AffiliateModel> {
    return ctx.services.affiliates.updatePayoutDetails(viewerOf(ctx), {
      affiliateId: input.affiliateId,
      paymentMethod: input.paymentMethod,
      payoutAccount: input.payoutAccount,
    });
  }
}
