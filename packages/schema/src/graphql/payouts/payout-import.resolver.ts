import { Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { PayoutImportLineModel, PayoutImportModel, WithdrawalModel } from "../../domain";
import type { ApiContext } from "../context";
import { PayoutImportOutcome } from "../enums";
import { Withdrawal } from "../withdrawals/withdrawal.type";
import { PayoutImport, PayoutImportLine } from "./payout-import.type";

const countOf = (result: PayoutImportModel, outcomes: PayoutImportOutcome[]): number =>
  result.lines.filter((line) => outcomes.includes(line.outcome)).length;

@Resolver(() => PayoutImport)
export class PayoutImportResolver {
  @FieldResolver(() => Int, {
    description:
      "Lines APPROVED (with dryRun: that would be). ALREADY_APPROVED lines count in none.",
  })
  approvedCount(@Root() result: PayoutImportModel): number {
    return countOf(result, [PayoutImportOutcome.APPROVED]);
  }

  @FieldResolver(() => Int, {
    description: "Lines FAILED: the provider could not pay; those withdrawals left the batch.",
  })
  failedCount(@Root() result: PayoutImportModel): number {
    return countOf(result, [PayoutImportOutcome.FAILED]);
  }

  @FieldResolver(() => Int, {
    description:
      "Lines that changed nothing and need a look: UNMATCHED, AMOUNT_MISMATCH, DUPLICATE_RECEIPT.",
  })
  problemCount(@Root() result: PayoutImportModel): number {
    return countOf(result, [
      PayoutImportOutcome.UNMATCHED,
      PayoutImportOutcome.AMOUNT_MISMATCH,
      PayoutImportOutcome.DUPLICATE_RECEIPT,
    ]);
  }
}

@Resolver(() => PayoutImportLine)
export class PayoutImportLineResolver {
  // Batched: a 1000-line report reads its withdrawals in one statement, not 1000.
  @FieldResolver(() => Withdrawal, {
    nullable: true,
    description: "The withdrawal the reference names, when it is one of this batch's.",
  })
  withdrawal(
    @Root() line: PayoutImportLineModel,
    @Ctx() ctx: ApiContext,
  ): Promise<WithdrawalModel> | null {
    return line.withdrawalId === null ? null : ctx.services.withdrawals.byId(line.withdrawalId);
  }
}
