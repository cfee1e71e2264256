import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type {
  ConnectionModel,
  PayoutBatchModel,
  PayoutImportModel,
  WithdrawalModel,
} from "../../domain";
import { ConnectionArgs, pageOf } from "../common/page.args";
import { Money, money } from "../common/money.type";
import type { ApiContext } from "../context";
import { PayoutFileFormat } from "../enums";
import { WithdrawalConnection } from "../withdrawals/withdrawal-connection.type";
import { Actor } from "../withdrawals/withdrawal-event.type";
import { checkSellerOfBatch } from "./batch-access";
import { PayoutBatch } from "./payout-batch.type";
import { PayoutImport } from "./payout-import.type";

/** PayoutBatch's computed and nested fields. */
@Resolver(() => PayoutBatch)
export class PayoutBatchFieldsResolver {
  @FieldResolver(() => Actor, { description: "The user who created the batch." })
  async createdBy(@Root() batch: PayoutBatchModel, @Ctx() ctx: ApiContext): Promise<Actor> {
    const user = await ctx.services.users.byId(batch.createdByUserId);
    // A user who no longer exists still created it: keep the id, say so in the name.
    return { id: batch.createdByUserId, name: user?.name ?? "A former user" };
  }

  @FieldResolver(() => Money, {
    description: "The sum of the withdrawals in it now, in the seller's currency.",
  })
  total(@Root() batch: PayoutBatchModel): Money {
    return money(batch.totalCents, batch.currencyCode);
  }

  @FieldResolver(() => WithdrawalConnection, {
    description:
      "Withdrawals in this batch, oldest request first. The seller's only: FORBIDDEN to others.",
  })
  withdrawals(
    @Root() batch: PayoutBatchModel,
    @Args() args: ConnectionArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<ConnectionModel<WithdrawalModel>> {
    checkSellerOfBatch(ctx, batch);
    return ctx.services.payoutBatches.withdrawalsOf(batch.id, pageOf(args));
  }

  @FieldResolver(() => String, {
    description:
      "The upload file for the payment provider, as CSV text. Each line carries the withdrawal's reference. The seller's only: FORBIDDEN to others.",
  })
  file(
    @Root() batch: PayoutBatchModel,
    @Arg("format", () => PayoutFileFormat, { description: "Whose bulk-payment file to write." })
    format: PayoutFileFormat,
    @Ctx() ctx: ApiContext,
  ): Promise<string> {
    checkSellerOfBatch(ctx, batch);
    return ctx.services.payoutBatches.file(batch.id, format);
  }

  @FieldResolver(() => [PayoutImport], {
    description:
      "Reports imported into this batch, newest first (dry runs are not kept). The seller's only: FORBIDDEN to others.",
  })
  imports(@Root() batch: PayoutBatchModel, @Ctx() ctx: ApiContext): Promise<PayoutImportModel[]> {
    checkSellerOfBatch(ctx, batch);
    return ctx.services.payoutBatches.importsOf(batch.id);
  }
}
