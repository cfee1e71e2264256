import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { viewerOf } from "../auth-checker";
import { pageOf } from "../common/page.args";
import type { ConnectionModel, PayoutSummaryModel, WithdrawalModel } from "../../domain";
import type { ApiContext } from "../context";
import { PayoutSummary } from "./payout-summary.type";
import { WithdrawalConnection } from "./withdrawal-connection.type";
import { ProcessWithdrawalInput, RequestWithdrawalInput } from "./withdrawal.inputs";
import { Withdrawal } from "./withdrawal.type";
import { WithdrawalsArgs } from "./withdrawals.args";

/** Queries and mutations of withdrawals; their fields are in withdrawal-fields.resolver.ts. */
@Resolver()
export class WithdrawalResolver {
  @Authorized("SELLER")
  @Query(() => WithdrawalConnection, {
    description:
      "The signed-in seller's withdrawal requests (the Payouts screen).\n\nErrors: UNAUTHENTICATED; FORBIDDEN without a seller; BAD_USER_INPUT for first outside 1..100 or a foreign cursor.",
  })
  withdrawals(
    @Args() args: WithdrawalsArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<ConnectionModel<WithdrawalModel>> {
    return ctx.services.withdrawals.list(viewerOf(ctx), {
      ...pageOf(args),
      status: args.status ?? null,
      affiliateId: args.affiliateId ?? null,
      paymentMethod: args.paymentMethod ?? null,
      inOpenBatch: args.inOpenBatch ?? null,
      orderBy: args.orderBy
        ? { field: args.orderBy.field, direction: args.orderBy.direction }
        : null,
    });
  }

  @Authorized()
  @Query(() => Withdrawal, {
    nullable: true,
    description:
      "Visible to the seller it was asked of and to the affiliate who asked; otherwise null.\n\nWithdrawal Details. Errors: UNAUTHENTICATED.",
  })
  withdrawal(
    @Arg("id", () => ID, { description: "The withdrawal's id." }) id: string,
    @Ctx() ctx: ApiContext,
  ): Promise<WithdrawalModel | null> {
    return ctx.services.withdrawals.get(viewerOf(ctx), id);
  }

  @Authorized("SELLER")
  @Query(() => PayoutSummary, {
    description:
      "What needs the signed-in seller's attention on the Payouts screen: pending, approved and rejected counts and totals.\n\nErrors: UNAUTHENTICATED; FORBIDDEN without a seller.",
  })
  payoutSummary(@Ctx() ctx: ApiContext): Promise<PayoutSummaryModel> {
    return ctx.services.withdrawals.summary(viewerOf(ctx));
  }

  @Authorized()
  @Mutation(() => Withdrawal, {
    description:
      "The affiliate asks to withdraw part of their available balance.\n\n" +
      "The request is PENDING, holds the amount out of balance.available and snapshots the payment method. " +
      "Send an idempotencyKey to retry safely. Errors: UNAUTHENTICATED; NOT_FOUND unless it is the signed-in user's own membership; " +
      'INSUFFICIENT_FUNDS when amount > balance.available; BAD_USER_INPUT (field "amount") for zero or a malformed amount; ' +
      "CONFLICT when the idempotencyKey was used with another body.",
  })
  requestWithdrawal(
    @Arg("input", () => RequestWithdrawalInput, { description: "The membership and the amount." })
    input: RequestWithdrawalInput,
    @Ctx() ctx: ApiContext,
  ): Promise<WithdrawalModel> {
    return ctx.services.withdrawals.request(viewerOf(ctx), {
      affiliateId: input.affiliateId,
      amountCents: input.amount,
      idempotencyKey: input.idempotencyKey ?? null,
    });
  }

  @Authorized("SELLER")
  @Mutation(() => Withdrawal, {
    description:
      "The seller processes a withdrawal: Approved (paid, with receipt and date) or Rejected, with a note to the affiliate.\n\n" +
      "PENDING → APPROVED needs receiptNumber and paidOn; PENDING → REJECTED gives the amount back to the affiliate's available balance; " +
      "status PENDING saves only the note. Every save is added to history. Of two concurrent decisions exactly one wins. " +
      "Errors: UNAUTHENTICATED; FORBIDDEN without a seller; NOT_FOUND for another seller's withdrawal; " +
      "INVALID_TRANSITION when it is already APPROVED or REJECTED; " +
      "CONFLICT when it is in an OPEN payout batch (take it out first), or for a receipt number already on another withdrawal of this seller unless allowReusedReceipt (the message names that withdrawal); " +
      "BAD_USER_INPUT (with extensions.field) for a missing receipt number or date, or a date in the future or before the request.",
  })
  processWithdrawal(
    @Arg("input", () => ProcessWithdrawalInput, { description: "The decision." })
    input: ProcessWithdrawalInput,
    @Ctx() ctx: ApiContext,
  ): Promise<WithdrawalModel> {
    return ctx.services.withdrawals.process(viewerOf(ctx), {
      withdrawalId: input.withdrawalId,
      status: input.status,
      receiptNumber: input.receiptNumber ?? null,
      paidOn: input.paidOn ?? null,
      note: input.note ?? null,
      allowReusedReceipt: input.allowReusedReceipt ?? false,
    });
  }
}
