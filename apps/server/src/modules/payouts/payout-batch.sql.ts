import type { PayoutBatchModel } from "@allyhut/schema/domain";
import {
  PayoutBatchAction,
  withdrawalReference,
  type PaymentMethod,
  type PayoutBatchStatus,
} from "@allyhut/schema";
import { centsFrom, idFrom, type Queryable } from "../../db/sql-values";

/**
 * The columns of a PayoutBatchModel; use with BATCH_FROM (batch `b`). The currency is the
 * seller's, a subquery as in withdrawal.sql.ts.
 */
export const BATCH_COLUMNS = `b.id, b.seller_id, b.status, b.payment_method, b.created_at,
  b.created_by_user_id, b.item_count, b.total_cents,
  (SELECT s.currency_code FROM sellers s WHERE s.id = b.seller_id) AS currency_code`;

export const BATCH_FROM = "FROM payout_batches b";

export interface BatchRow {
  id: unknown;
  seller_id: unknown;
  status: string;
  payment_method: string;
  created_at: Date;
  created_by_user_id: unknown;
  item_count: unknown;
  total_cents: unknown;
  currency_code: string;
}

export function batchFrom(row: BatchRow): PayoutBatchModel {
  return {
    id: idFrom(row.id),
    sellerId: idFrom(row.seller_id),
    status: row.status as PayoutBatchStatus,
    paymentMethod: row.payment_method as PaymentMethod,
    createdAt: row.created_at,
    createdByUserId: idFrom(row.created_by_user_id),
    itemCount: Number(row.item_count),
    totalCents: centsFrom(row.total_cents),
    currencyCode: row.currency_code,
  };
}

export async function batchById(db: Queryable, batchId: string): Promise<PayoutBatchModel> {
  const [row] = await db.query(`SELECT ${BATCH_COLUMNS} ${BATCH_FROM} WHERE b.id = ?`, [batchId]);
  if (!row) throw new Error(`payout batch ${batchId} vanished inside its transaction`);
  return batchFrom(row);
}

/** "AH-W-3, AH-W-9 and 4 more": the references a message names, never a thousand of them. */
export function referencesOf(withdrawalIds: readonly string[], shown = 5): string {
  const references = withdrawalIds.slice(0, shown).map(withdrawalReference);
  const more = withdrawalIds.length - references.length;
  if (more > 0) return `${references.join(", ")} and ${more} more`;
  if (references.length < 2) return references.join("");
  return `${references.slice(0, -1).join(", ")} and ${references[references.length - 1]}`;
}

/**
 * Appends one event per withdrawal (one statement for all): it entered or left `batchId`, its
 * status unchanged. `reasons` holds each one's reason (a withdrawal left out has none).
 */
export async function appendBatchEvents(
  m: Queryable,
  batch: { batchId: string; action: PayoutBatchAction; actorUserId: string },
  withdrawalIds: readonly string[],
  reasons: ReadonlyMap<string, string> = new Map(),
): Promise<void> {
  if (withdrawalIds.length === 0) return;
  const rows = withdrawalIds.map((id) => ({ id, reason: reasons.get(id) ?? null }));
  await m.query(
    `INSERT INTO withdrawal_events (withdrawal_id, at, actor_user_id, from_status, to_status,
       receipt_number, paid_on, note, payout_batch_id, batch_action, reason)
     SELECT w.id, UTC_TIMESTAMP(3), ?, w.status, w.status, w.receipt_number, w.paid_on, w.note, ?, ?,
       j.reason
     FROM JSON_TABLE(?, '$[*]' COLUMNS (id BIGINT UNSIGNED PATH '$.id',
       reason VARCHAR(500) PATH '$.reason')) AS j
     JOIN withdrawals w ON w.id = j.id
     ORDER BY w.id`,
    [batch.actorUserId, batch.batchId, batch.action, JSON.stringify(rows)],
  );
}

/** Takes withdrawals out of the batch's running totals (one taken out, or failed at the provider). */
export async function subtractFromBatchTotals(
  m: Queryable,
  batchId: string,
  removed: { count: number; cents: number },
): Promise<void> {
  if (removed.count === 0) return;
  await m.query(
    `UPDATE payout_batches SET item_count = item_count - ?, total_cents = total_cents - ?
     WHERE id = ?`,
    [removed.count, removed.cents, batchId],
  );
}

/** Closes an OPEN batch once nothing in it is PENDING any more (all paid, or all taken out). */
export async function closeBatchIfSettled(m: Queryable, batchId: string): Promise<void> {
  await m.query(
    `UPDATE payout_batches SET status = 'CLOSED', closed_at = UTC_TIMESTAMP(3)
     WHERE id = ? AND status = 'OPEN' AND NOT EXISTS (
       SELECT 1 FROM withdrawals w WHERE w.payout_batch_id = ? AND w.status = 'PENDING')`,
    [batchId, batchId],
  );
}
