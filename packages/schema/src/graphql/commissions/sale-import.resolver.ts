import { SaleImportOutcome } from "../../enums";
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from "type-graphql";
import { viewerOf } from "../auth-checker";
import { BadInput, type SaleImportModel } from "../../domain";
import type { ApiContext } from "../context";
import { SALE_IMPORT_MAX_ROWS } from "../../rules/sale";
import { ImportSalesInput, SaleImport } from "./sale-import.type";

const countOf = (result: SaleImportModel, outcomes: SaleImportOutcome[]): number =>
  result.lines.filter((line) => outcomes.includes(line.outcome)).length;

@Resolver(() => SaleImport)
export class SaleImportResolver {
  @Authorized("SELLER")
  @Mutation(() => SaleImport, {
    description:
      'Records sales from a file (order id, referral code, offer, amount, date), each line as recordSale would: idempotent on the order id, so a file imported twice records nothing new. With dryRun, answers the same lines and saves nothing.\n\nA line that cannot be recorded is reported in its outcome, not as an error. Errors: UNAUTHENTICATED; FORBIDDEN without a seller; BAD_USER_INPUT (field "rows") for no lines or more than ' +
      `${SALE_IMPORT_MAX_ROWS}.`,
  })
  importSales(
    @Arg("input", () => ImportSalesInput, { description: "The lines and whether to save them." })
    input: ImportSalesInput,
    @Ctx() ctx: ApiContext,
  ): Promise<SaleImportModel> {
    if (input.rows.length < 1 || input.rows.length > SALE_IMPORT_MAX_ROWS) {
      throw new BadInput("rows", `Send 1 to ${SALE_IMPORT_MAX_ROWS} lines at a time.`);
    }
    return ctx.services.commissions.importSales(viewerOf(ctx), {
      rows: input.rows.map((row) => ({ ...row, occurredAt: row.occurredAt ?? "" })),
      dryRun: input.dryRun,
    });
  }

  @FieldResolver(() => Int, { description: "Lines RECORDED (with dryRun: that would be)." })
  recordedCount(@Root() result: SaleImportModel): number {
    return countOf(result, [SaleImportOutcome.RECORDED]);
  }

  @FieldResolver(() => Int, { description: "Lines ALREADY_RECORDED: nothing to do." })
  alreadyRecordedCount(@Root() result: SaleImportModel): number {
    return countOf(result, [SaleImportOutcome.ALREADY_RECORDED]);
  }

  @FieldResolver(() => Int, {
    description:
      "Lines that cannot be recorded: CONFLICT, UNKNOWN_REFERRAL_CODE, UNKNOWN_OFFER, NOT_CREDITED, INVALID.",
  })
  problemCount(@Root() result: SaleImportModel): number {
    return countOf(result, [
      SaleImportOutcome.CONFLICT,
      SaleImportOutcome.UNKNOWN_REFERRAL_CODE,
      SaleImportOutcome.UNKNOWN_OFFER,
      SaleImportOutcome.NOT_CREDITED,
      SaleImportOutcome.INVALID,
    ]);
  }
}
