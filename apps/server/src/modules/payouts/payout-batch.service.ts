import {
  BadInput,
  Forbidden,
  NotFound,
  type ConnectionModel,
  type EdgeConnectionModel,
  type PageArgs,
  type PayoutBatchModel,
  type PayoutBatchService as PayoutBatchServiceApi,
  type PayoutImportModel,
  type Viewer,
  type WithdrawalModel,
} from "@allyhut/schema/domain";
import {
  SortDirection,
  WithdrawalOrderField,
  type PayoutBatchStatus,
  type PayoutFileFormat,
} from "@allyhut/schema";
import type DataLoader from "dataloader";
import { isRowId } from "../../db/sql-values";
import { inRolledBackTransaction, inTransaction } from "../../db/transaction";
import { AffiliateLoaders } from "../affiliates/affiliate.loaders";
import { emptyConnection, rowLoader } from "../paging";
import { readsOf, type ServiceDeps } from "../service-deps";
import { pageOfWithdrawals } from "../withdrawals/withdrawal-list";
import { withdrawalById } from "../withdrawals/withdrawal.sql";
import { payoutFile } from "./payout-files";
import { parsePayoutReport } from "./payout-reports";
import { createBatchIn, withdrawalIdsOf } from "./payout-batch-create";
import {
  checkFileFormat,
  importsOfBatch,
  pageOfBatches,
  payoutFileItemsOf,
} from "./payout-batch-read";
import { removeFromBatchIn } from "./payout-batch-remove";
import { BATCH_COLUMNS, BATCH_FROM, batchFrom, type BatchRow } from "./payout-batch.sql";
import { importResultsIn } from "./payout-import";

/** The seller's signed-in viewer, or FORBIDDEN: payout day is the seller's alone. */
function sellerOf(viewer: Viewer): { userId: string; sellerId: string } {
  if (!viewer.sellerId) throw new Forbidden("Only the seller can pay out withdrawals.");
  return { userId: viewer.userId, sellerId: viewer.sellerId };
}

/** Payout day: batches, their provider files, and the provider's report imported back. */
export class PayoutBatchService implements PayoutBatchServiceApi {
  private readonly batches: DataLoader<string, PayoutBatchModel>;

  // Built alone (as in tests), a service has affiliate loaders of its own.
  constructor(
    private readonly deps: ServiceDeps,
    private readonly affiliateLoaders = new AffiliateLoaders(deps.db),
  ) {
    this.batches = rowLoader<PayoutBatchModel, BatchRow>(
      deps.db,
      `SELECT ${BATCH_COLUMNS}, b.id AS loader_key ${BATCH_FROM}`,
      "b.id",
      batchFrom,
      () => new NotFound("Payout batch"),
    );
  }

  async create(viewer: Viewer, input: { withdrawalIds: string[] }): Promise<PayoutBatchModel> {
    const seller = sellerOf(viewer);
    const withdrawalIds = withdrawalIdsOf(input.withdrawalIds);
    const batch = await inTransaction(this.deps.db, (m) => createBatchIn(m, seller, withdrawalIds));
    this.deps.log.info({ batchId: batch.id, items: batch.itemCount }, "payout batch created");
    this.batches.prime(batch.id, batch);
    return batch;
  }

  async list(
    viewer: Viewer,
    args: PageArgs & { status?: PayoutBatchStatus | null },
  ): Promise<EdgeConnectionModel<PayoutBatchModel>> {
    return pageOfBatches(readsOf(this.deps), sellerOf(viewer).sellerId, args);
  }

  async get(viewer: Viewer, batchId: string): Promise<PayoutBatchModel | null> {
    if (!viewer.sellerId || !isRowId(batchId)) return null;
    const batch = await this.batches.load(batchId).catch((error: unknown) => {
      if (error instanceof NotFound) return null;
      throw error;
    });
    // Another seller's batch is as unknown as a missing one.
    return batch && batch.sellerId === viewer.sellerId ? batch : null;
  }

  byId(batchId: string): Promise<PayoutBatchModel> {
    return this.batches.load(batchId);
  }

  async removeWithdrawal(viewer: Viewer, withdrawalId: string): Promise<WithdrawalModel> {
    const seller = sellerOf(viewer);
    if (!isRowId(withdrawalId)) throw new NotFound("Withdrawal");
    const withdrawal = await inTransaction(this.deps.db, async (m) => {
      const removed = await removeFromBatchIn(m, seller, withdrawalId);
      this.deps.log.info(removed, "withdrawal taken out of its payout batch");
      return withdrawalById(m, removed.withdrawalId);
    });
    // Its old batch's totals changed: a later read of this request must see them.
    this.batches.clearAll();
    return withdrawal;
  }

  async withdrawalsOf(batchId: string, page: PageArgs): Promise<ConnectionModel<WithdrawalModel>> {
    if (!isRowId(batchId)) return emptyConnection();
    const conditions = ["w.payout_batch_id = ?"];
    const nodes = await pageOfWithdrawals(readsOf(this.deps), {
      conditions,
      parameters: [batchId],
      field: WithdrawalOrderField.REQUESTED_AT,
      direction: SortDirection.ASC,
      first: page.first,
      after: page.after,
    });
    // The batch's running count is of exactly these rows.
    return { ...nodes, totalCount: async () => (await this.byId(batchId)).itemCount };
  }

  async file(batchId: string, format: PayoutFileFormat): Promise<string> {
    checkFileFormat(format, await this.byId(batchId));
    return payoutFile(format, await payoutFileItemsOf(this.deps.db, batchId));
  }

  async importsOf(batchId: string): Promise<PayoutImportModel[]> {
    if (!isRowId(batchId)) return [];
    return importsOfBatch(this.deps.db, batchId);
  }

  async importResults(
    viewer: Viewer,
    input: { batchId: string; csv: string; dryRun: boolean },
  ): Promise<PayoutImportModel> {
    const { userId, sellerId } = sellerOf(viewer);
    if (!isRowId(input.batchId)) throw new NotFound("Payout batch");
    if (typeof input.csv !== "string") throw new BadInput("csv", "Upload the report as CSV text.");
    const dryRun = input.dryRun === true;
    // Parsed before the transaction: no lock is held while a 5 MB file is read.
    const report = parsePayoutReport(input.csv);
    const context = { userId, sellerId, batchId: input.batchId, dryRun };
    const { payoutImport, affiliateIds } = await (dryRun ? inRolledBackTransaction : inTransaction)(
      this.deps.db,
      (m) => importResultsIn(m, context, report),
    );
    this.deps.log.info(
      { batchId: input.batchId, lines: payoutImport.lines.length, dryRun },
      dryRun ? "payout report previewed" : "payout report imported",
    );
    if (!dryRun) {
      for (const affiliateId of affiliateIds) this.affiliateLoaders.forgetAffiliate(affiliateId);
      this.batches.clearAll();
    }
    return payoutImport;
  }
}
