import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { viewerOf } from "../auth-checker";
import { Money, money } from "../common/money.type";
import type { CommissionModel, OfferModel } from "../../domain";
import { Offer } from "../offers/offer.type";
import type { ApiContext } from "../context";
import { RecordSaleInput } from "./commission.inputs";
import { Commission } from "./commission.type";

@Resolver(() => Commission)
export class CommissionResolver {
  @Authorized("SELLER")
  @Mutation(() => Commission, {
    description:
      "The seller records a referred sale; idempotent on orderId within the seller.\n\n" +
      "Safe to retry: the same order with the same details answers the same commission and counts once. " +
      "The commission is the offer's percentage of the sale (rounded half-up to the cent) or its flat amount. " +
      "Errors: UNAUTHENTICATED; FORBIDDEN without a seller; CONFLICT when the orderId is known with different details; " +
      "NOT_FOUND for an unknown referral code or offer of this seller; AFFILIATE_DISABLED when the affiliate is switched off; " +
      "BAD_USER_INPUT (with extensions.field) for an inactive offer or one the affiliate does not promote (offerId), " +
      "an orderId of the wrong length, a sale amount of 0 or malformed (saleAmount), or a sale time in the future (occurredAt).",
  })
  recordSale(
    @Arg("input", () => RecordSaleInput, { description: "The sale." }) input: RecordSaleInput,
    @Ctx() ctx: ApiContext,
  ): Promise<CommissionModel> {
    return ctx.services.commissions.record(viewerOf(ctx), {
      referralCode: input.referralCode,
      offerId: input.offerId,
      orderId: input.orderId,
      saleCents: input.saleAmount,
      occurredAt: input.occurredAt ?? null,
    });
  }

  @Authorized("SELLER")
  @Mutation(() => Commission, {
    description:
      "The seller reverses a sale's commission (a refund); idempotent.\n\n" +
      "Reversing again answers the same reversed commission. The amount leaves the affiliate's earned balance; " +
      "if it was already paid out, available goes negative (a clawback). " +
      "Errors: UNAUTHENTICATED; FORBIDDEN without a seller; NOT_FOUND for an order this seller never recorded.",
  })
  reverseSale(
    @Arg("orderId", () => String, { description: "The seller's order id given to recordSale." })
    orderId: string,
    @Ctx() ctx: ApiContext,
  ): Promise<CommissionModel> {
    return ctx.services.commissions.reverse(viewerOf(ctx), orderId);
  }

  @FieldResolver(() => Offer, { description: "The offer sold." })
  offer(
    @Root() commission: CommissionModel,
    @Ctx() ctx: ApiContext,
  ): OfferModel | Promise<OfferModel> {
    return ctx.services.offers.byId(commission.offerId);
  }

  @FieldResolver(() => Money, { description: "What the buyer paid." })
  saleAmount(@Root() commission: CommissionModel): Money {
    return money(commission.saleCents, commission.currencyCode);
  }

  @FieldResolver(() => Money, {
    description: "The affiliate's commission on the sale; still shown after a reversal.",
  })
  amount(@Root() commission: CommissionModel): Money {
    return money(commission.amountCents, commission.currencyCode);
  }

  @FieldResolver(() => Boolean, {
    description:
      "Whether the sale was refunded (reverseSale): then the commission no longer counts.",
  })
  reversed(@Root() commission: CommissionModel): boolean {
    return commission.reversedAt !== null;
  }
}
