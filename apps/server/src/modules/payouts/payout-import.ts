import { randomUUID } from "node:crypto";
import {
  Conflict,
  NotFound,
  type PayoutImportLineModel,
  type PayoutImportModel,
  type PayoutReportLine,
} from "@allyhut/schema/domain";
import { PayoutBatchAction, withdrawalIdOfReference, type WithdrawalStatus } from "@allyhut/schema";
import { centsFrom, idFrom, type Queryable } from "../../db/sql-values";
import { judgeLines, type ReportedWithdrawal } from "./payout-import-lines";
import { claimedReceiptOwners, receiptsToClaim } from "./payout-import-receipts";
import {
  appendBatchEvents,
  closeBatchIfSettled,
  subtractFromBatchTotals,
} from "./payout-batch.sql";
import { recordEvents } from "../notifications/outbox";
import { withdrawalProcessed } from "../notifications/outbox-payloads";
import {
  WITHDRAWAL_COLUMNS,
  WITHDRAWAL_FROM,
  withdrawalFrom,
  type WithdrawalRow,
} from "../withdrawals/withdrawal.sql";

export interface ImportContext {
  sellerId: string;
  userId: string;
  batchId: string;
  dryRun: boolean;
}

/**
 * importPayoutResults inside one transaction, in a fixed number of statements whatever the number
 * of lines: lock the batch (an import and a remove of the same batch serialize), read the named
 * withdrawals, claim the receipts it may write and read where they are in use, judge every line in
 * memory, then write the approvals and the failures set-based. Lock order: the batch, receipt
 * claims, affiliate rows, withdrawal rows (process() takes its affiliate before its one claim: the
 * two can only meet on the same receipt, and a deadlock there is retried).
 * Answers the import and the affiliates whose totals changed.
 */
export async function importResultsIn(
  m: Queryable,
  context: ImportContext,
  report: PayoutReportLine[],
): Promise<{ payoutImport: PayoutImportModel; affiliateIds: string[] }> {
  const { sellerId, batchId } = context;
  const [batch] = await m.query(
    "SELECT id FROM payout_batches WHERE id = ? AND seller_id = ? FOR UPDATE",
    [batchId, sellerId],
  );
  if (!batch) throw new NotFound("Payout batch");
  const withdrawals = await reportedWithdrawals(m, context, report);
  const receipts = receiptsToClaim(report, batchId, withdrawals);
  const receiptOwners = await claimedReceiptOwners(m, sellerId, receipts);
  const judgement = judgeLines(report, batchId, withdrawals, receiptOwners);
  const approvedIds = judgement.approvals.map((approval) => approval.id);
  const affiliateIds = [...new Set(approvedIds.map((id) => withdrawals.get(id)!.affiliateId))];
  if (approvedIds.length > 0) {
    await m.query("SELECT id FROM affiliates WHERE id IN (?) ORDER BY id FOR UPDATE", [
      affiliateIds,
    ]);
    await approve(m, context, judgement.approvals);
  }
  if (judgement.failures.length > 0) {
    const failedIds = judgement.failures.map((failure) => failure.id);
    const left = await m.query(
      `UPDATE withdrawals SET payout_batch_id = NULL
       WHERE id IN (?) AND payout_batch_id = ? AND status = 'PENDING'`,
      [failedIds, batchId],
    );
    if (left.affectedRows !== failedIds.length) throw changedMeanwhile();
    await appendBatchEvents(
      m,
      { batchId, action: PayoutBatchAction.REMOVED, actorUserId: context.userId },
      failedIds,
      new Map(judgement.failures.map((failure) => [failure.id, failure.reason])),
    );
    const cents = failedIds.reduce((sum, id) => sum + withdrawals.get(id)!.amountCents, 0);
    await subtractFromBatchTotals(m, batchId, { count: failedIds.length, cents });
  }
  await closeBatchIfSettled(m, batchId);
  const payoutImport = await keptImport(m, context, judgement.lines);
  return { payoutImport, affiliateIds };
}

async function reportedWithdrawals(
  m: Queryable,
  { sellerId, batchId }: ImportContext,
  report: PayoutReportLine[],
): Promise<Map<string, ReportedWithdrawal>> {
  const ids = [
    ...new Set(report.map((line) => withdrawalIdOfReference(line.reference)).filter(Boolean)),
  ];
  if (ids.length === 0) return new Map();
  // Another seller's withdrawals are not read: their references answer UNMATCHED like unknown ones.
  const rows = await m.query(
    `SELECT w.id, w.affiliate_id, w.amount_cents, w.status, w.payout_batch_id, w.receipt_number,
       w.requested_at, (SELECT s.currency_code FROM sellers s WHERE s.id = w.seller_id) AS currency_code,
       EXISTS (SELECT 1 FROM withdrawal_events e WHERE e.payout_batch_id = ? AND e.withdrawal_id = w.id
         AND e.batch_action = 'REMOVED') AS left_this_batch
     FROM withdrawals w WHERE w.seller_id = ? AND w.id IN (?)`,
    [batchId, sellerId, ids],
  );
  return new Map(
    rows.map((row: Record<string, unknown>): [string, ReportedWithdrawal] => [
      idFrom(row.id),
      {
        id: idFrom(row.id),
        affiliateId: idFrom(row.affiliate_id),
        amountCents: centsFrom(row.amount_cents),
        currencyCode: String(row.currency_code),
        status: row.status as WithdrawalStatus,
        payoutBatchId: row.payout_batch_id == null ? null : idFrom(row.payout_batch_id),
        receiptNumber: (row.receipt_number as string | null) ?? null,
        requestedAt: row.requested_at as Date,
        leftThisBatch: Number(row.left_this_batch) === 1,
      },
    ]),
  );
}

/** As processWithdrawal approves, for every paid line at once: row, history, running totals. */
async function approve(
  m: Queryable,
  { userId, batchId, dryRun }: ImportContext,
  approvals: Array<{ id: string; receiptNumber: string; paidOn: string }>,
): Promise<void> {
  const ids = approvals.map((approval) => approval.id);
  const approved = await m.query(
    `UPDATE withdrawals w
     JOIN JSON_TABLE(?, '$[*]' COLUMNS (id BIGINT UNSIGNED PATH '$.id',
       receipt_number VARCHAR(100) PATH '$.receiptNumber', paid_on DATE PATH '$.paidOn')) AS j
       ON j.id = w.id
     SET w.status = 'APPROVED', w.receipt_number = j.receipt_number, w.paid_on = j.paid_on,
       w.processed_at = UTC_TIMESTAMP(3), w.processed_by_user_id = ?
     WHERE w.status = 'PENDING' AND w.payout_batch_id = ?`,
    [JSON.stringify(approvals), userId, batchId],
  );
  if (approved.affectedRows !== ids.length) throw changedMeanwhile();
  await m.query(
    `INSERT INTO withdrawal_events (withdrawal_id, at, actor_user_id, from_status, to_status,
       receipt_number, paid_on, note, payout_batch_id)
     SELECT id, processed_at, ?, 'PENDING', status, receipt_number, paid_on, note, payout_batch_id
     FROM withdrawals WHERE id IN (?) ORDER BY id`,
    [userId, ids],
  );
  await m.query(
    `UPDATE affiliates a JOIN (
       SELECT affiliate_id, COUNT(*) AS approved, SUM(amount_cents) AS cents
       FROM withdrawals WHERE id IN (?) GROUP BY affiliate_id
     ) t ON t.affiliate_id = a.id
     SET a.pending_cents = a.pending_cents - t.cents, a.paid_cents = a.paid_cents + t.cents,
       a.pending_count = a.pending_count - t.approved, a.approved_count = a.approved_count + t.approved`,
    [ids],
  );
  // Each affiliate paid hears of it as from processWithdrawal (a dry run is rolled back anyway).
  if (dryRun) return;
  const rows: WithdrawalRow[] = await m.query(
    `SELECT ${WITHDRAWAL_COLUMNS} ${WITHDRAWAL_FROM} WHERE w.id IN (?) ORDER BY w.id`,
    [ids],
  );
  await recordEvents(
    m,
    rows.map((row) => withdrawalProcessed(withdrawalFrom(row))),
  );
}

/** The import as answered; kept (one row, its lines as JSON) unless a dry run. */
async function keptImport(
  m: Queryable,
  { sellerId, userId, batchId, dryRun }: ImportContext,
  lines: PayoutImportLineModel[],
): Promise<PayoutImportModel> {
  const importedAt = new Date();
  if (dryRun) return { id: `dry-run-${randomUUID()}`, batchId, importedAt, dryRun, lines };
  const inserted = await m.query(
    `INSERT INTO payout_imports (batch_id, seller_id, imported_at, imported_by_user_id, lines_json)
     VALUES (?, ?, ?, ?, ?)`,
    [batchId, sellerId, importedAt, userId, JSON.stringify(lines)],
  );
  return { id: idFrom(inserted.insertId), batchId, importedAt, dryRun, lines };
}

// Unreachable while the batch row is locked (process() refuses a batched withdrawal): say so plainly.
const changedMeanwhile = () =>
  new Conflict("The batch's withdrawals changed during the import; import the report again.");
