import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type {
  EdgeConnectionModel,
  PayoutBatchModel,
  PayoutImportModel,
  WithdrawalModel,
} from "../../domain";
import { PAYOUT_BATCH_MAX_WITHDRAWALS } from "../../rules/payout";
import { viewerOf } from "../auth-checker";
import { pageOf } from "../common/page.args";
import type { ApiContext } from "../context";
import { Withdrawal } from "../withdrawals/withdrawal.type";
import { PayoutBatchConnection } from "./payout-batch-connection.type";
import { CreatePayoutBatchInput, ImportPayoutResultsInput } from "./payout-batch.inputs";
import { PayoutBatchesArgs } from "./payout-batch.args";
import { PayoutBatch } from "./payout-batch.type";
import { PayoutImport } from "./payout-import.type";

/** Payout day's queries and mutations; the batch's fields are in payout-batch-fields.resolver.ts. */
@Resolver()
export class PayoutBatchResolver {
  @Authorized("SELLER")
  @Query(() => PayoutBatchConnection, {
    description:
      "The signed-in seller's payout batches, newest first (the Payout batches screen).\n\nErrors: UNAUTHENTICATED; FORBIDDEN without a seller; BAD_USER_INPUT for first outside 1..100 or a foreign cursor.",
  })
  payoutBatches(
    @Args() args: PayoutBatchesArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<EdgeConnectionModel<PayoutBatchModel>> {
    return ctx.services.payoutBatches.list(viewerOf(ctx), {
      ...pageOf(args),
      status: args.status ?? null,
    });
  }

  @Authorized("SELLER")
  @Query(() => PayoutBatch, {
    nullable: true,
    description:
      "A payout batch of the signed-in seller; otherwise null.\n\nErrors: UNAUTHENTICATED; FORBIDDEN without a seller.",
  })
  payoutBatch(
    @Arg("id", () => ID, { description: "The batch's id." }) id: string,
    @Ctx() ctx: ApiContext,
  ): Promise<PayoutBatchModel | null> {
    return ctx.services.payoutBatches.get(viewerOf(ctx), id);
  }

  @Authorized("SELLER")
  @Mutation(() => PayoutBatch, {
    description:
      "The seller puts PENDING withdrawals of one payment method into a new OPEN batch, to pay them through the provider's bulk file.\n\n" +
      "While in an OPEN batch a withdrawal cannot be processed by hand (take it out first). Of two concurrent batches over the same withdrawals exactly one is created. " +
      `Errors: UNAUTHENTICATED; FORBIDDEN without a seller; BAD_USER_INPUT (field "withdrawalIds") for none, more than ${PAYOUT_BATCH_MAX_WITHDRAWALS} or two payment methods; ` +
      "NOT_FOUND for a withdrawal of another seller; CONFLICT, naming them, for withdrawals no longer PENDING or already in an OPEN batch.",
  })
  createPayoutBatch(
    @Arg("input", () => CreatePayoutBatchInput, { description: "The withdrawals." })
    input: CreatePayoutBatchInput,
    @Ctx() ctx: ApiContext,
  ): Promise<PayoutBatchModel> {
    return ctx.services.payoutBatches.create(viewerOf(ctx), {
      withdrawalIds: input.withdrawalIds,
    });
  }

  @Authorized("SELLER")
  @Mutation(() => Withdrawal, {
    description:
      "Takes a PENDING withdrawal out of its OPEN batch, so that it can be processed by hand or batched again.\n\n" +
      "The batch's total and count shrink; it closes once nothing PENDING is left in it. The history says who took it out. " +
      "Errors: UNAUTHENTICATED; FORBIDDEN without a seller; NOT_FOUND for another seller's withdrawal; CONFLICT when it is not in an OPEN batch or no longer PENDING.",
  })
  removeFromPayoutBatch(
    @Arg("withdrawalId", () => ID, { description: "A withdrawal in an OPEN batch." })
    withdrawalId: string,
    @Ctx() ctx: ApiContext,
  ): Promise<WithdrawalModel> {
    return ctx.services.payoutBatches.removeWithdrawal(viewerOf(ctx), withdrawalId);
  }

  @Authorized("SELLER")
  @Mutation(() => PayoutImport, {
    description:
      "Reconciles a payment provider's report onto a batch, line by line, matched on the withdrawal's reference.\n\n" +
      "A paid line approves its withdrawal as processWithdrawal would (the provider's transaction id as receipt number, the report's date as date paid); " +
      "a failed, returned or unclaimed line leaves it PENDING and takes it out of the batch, with the provider's reason in its history. " +
      "Importing the same report again changes nothing (ALREADY_APPROVED). A line that cannot be applied is reported in its outcome, not as an error. " +
      "With dryRun, answers the same lines and changes nothing. " +
      'Errors: UNAUTHENTICATED; FORBIDDEN without a seller; NOT_FOUND for another seller\'s batch; BAD_USER_INPUT (field "csv") for a malformed, empty or too large file, with the line number.',
  })
  importPayoutResults(
    @Arg("input", () => ImportPayoutResultsInput, {
      description: "The batch, the report and whether to apply it.",
    })
    input: ImportPayoutResultsInput,
    @Ctx() ctx: ApiContext,
  ): Promise<PayoutImportModel> {
    // The size and line limits are the report parser's (the server's), checked on the text itself.
    return ctx.services.payoutBatches.importResults(viewerOf(ctx), {
      batchId: input.batchId,
      csv: input.csv,
      dryRun: input.dryRun ?? false,
    });
  }
}
