import {
  BadInput,
  type EdgeConnectionModel,
  type PageArgs,
  type PayoutBatchModel,
  type PayoutFileItem,
  type PayoutImportLineModel,
  type PayoutImportModel,
} from "@allyhut/schema/domain";
import {
  PaymentMethod,
  PayoutBatchStatus,
  PayoutFileFormat,
  withdrawalReference,
} from "@allyhut/schema";
import { centsFrom, idFrom, type Queryable } from "../../db/sql-values";
import { cursorOf, keysetPage, pageSizeOf, positionAfter, sortKeys } from "../paging";
import { BATCH_COLUMNS, BATCH_FROM, batchFrom, type BatchRow } from "./payout-batch.sql";

// One order: the newest batch first, along ix_payout_batches_seller(_status) (seller, [status,] id).
const { PAYOUT_BATCH_ID } = sortKeys<"PAYOUT_BATCH_ID", PayoutBatchModel>({
  PAYOUT_BATCH_ID: ["b.id", "integer", (batch) => Number(batch.id)],
});

/** A seller's batches, newest first, optionally of one status; totalCount by COUNT on the same index. */
export async function pageOfBatches(
  db: Queryable,
  sellerId: string,
  args: PageArgs & { status?: PayoutBatchStatus | null },
): Promise<EdgeConnectionModel<PayoutBatchModel>> {
  const first = pageSizeOf(args.first);
  const after = positionAfter(PAYOUT_BATCH_ID, args.after);
  const conditions = ["b.seller_id = ?"];
  const parameters: unknown[] = [sellerId];
  if (args.status != null) {
    if (!Object.values(PayoutBatchStatus).includes(args.status)) {
      throw new BadInput("status", "The status must be OPEN or CLOSED.");
    }
    conditions.push("b.status = ?");
    parameters.push(args.status);
  }
  const { page } = await keysetPage<PayoutBatchModel, BatchRow>(
    db,
    {
      sort: PAYOUT_BATCH_ID,
      descending: true,
      select: `SELECT ${BATCH_COLUMNS} ${BATCH_FROM}`,
      conditions,
      parameters,
      idColumn: "b.id",
      first,
      after,
    },
    batchFrom,
  );
  const totalCount = async () => {
    const [row] = await db.query(
      `SELECT COUNT(*) AS total ${BATCH_FROM} WHERE ${conditions.join(" AND ")}`,
      parameters,
    );
    return Number(row.total);
  };
  const cursorOfBatch = (batch: PayoutBatchModel) =>
    cursorOf(PAYOUT_BATCH_ID.label, PAYOUT_BATCH_ID.valueOf(batch), batch.id);
  return { ...page, totalCount, cursorOf: cursorOfBatch };
}

/** The format asked for, if it can pay this batch; BAD_USER_INPUT on `format` otherwise. */
export function checkFileFormat(format: PayoutFileFormat, batch: PayoutBatchModel): void {
  if (!Object.values(PayoutFileFormat).includes(format)) {
    throw new BadInput("format", "The format must be PAYPAL_PAYOUTS, WISE_BATCH or GENERIC_CSV.");
  }
  if (format === PayoutFileFormat.PAYPAL_PAYOUTS && batch.paymentMethod !== PaymentMethod.PAYPAL) {
    throw new BadInput(
      "format",
      "PayPal Payouts pays PayPal accounts only: download this bank-transfer batch for Wise or as generic CSV.",
    );
  }
}

/**
 * What a payout file lists: the batch's withdrawals still to be paid (PENDING), oldest request
 * first, so a file downloaded again after a partial import never pays anyone twice. One statement.
 */
export async function payoutFileItemsOf(db: Queryable, batchId: string): Promise<PayoutFileItem[]> {
  const rows = await db.query(
    `SELECT w.id, w.payment_method, w.payout_account, w.amount_cents, a.name AS affiliate_name,
       u.email AS affiliate_email, s.name AS seller_name, s.currency_code
     FROM withdrawals w
     JOIN affiliates a ON a.id = w.affiliate_id
     JOIN users u ON u.id = a.user_id
     JOIN sellers s ON s.id = w.seller_id
     WHERE w.payout_batch_id = ? AND w.status = 'PENDING'
     ORDER BY w.requested_at, w.id`,
    [batchId],
  );
  return rows.map((row: Record<string, unknown>): PayoutFileItem => ({
    reference: withdrawalReference(idFrom(row.id)),
    affiliateName: String(row.affiliate_name),
    affiliateEmail: String(row.affiliate_email),
    paymentMethod: row.payment_method as PaymentMethod,
    payoutAccount: String(row.payout_account),
    amountCents: centsFrom(row.amount_cents),
    currencyCode: String(row.currency_code),
    sellerName: String(row.seller_name),
  }));
}

/** The imports kept for a batch, newest first. */
export async function importsOfBatch(db: Queryable, batchId: string): Promise<PayoutImportModel[]> {
  const rows = await db.query(
    `SELECT id, batch_id, imported_at, lines_json FROM payout_imports WHERE batch_id = ?
     ORDER BY id DESC`,
    [batchId],
  );
  return rows.map((row: Record<string, unknown>): PayoutImportModel => ({
    id: idFrom(row.id),
    batchId: idFrom(row.batch_id),
    importedAt: row.imported_at as Date,
    dryRun: false,
    lines: JSON.parse(String(row.lines_json)) as PayoutImportLineModel[],
  }));
}
