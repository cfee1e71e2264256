import { Conflict, NotFound } from "@allyhut/schema/domain";
import { PayoutBatchAction, withdrawalReference } from "@allyhut/schema";
import { centsFrom, idFrom, type Queryable } from "../../db/sql-values";
import {
  appendBatchEvents,
  closeBatchIfSettled,
  subtractFromBatchTotals,
} from "./payout-batch.sql";

/** The reason the history gives when the seller takes a withdrawal out of its batch. */
export const TAKEN_OUT_BY_SELLER = "Taken out of the batch by the seller.";

/**
 * removeFromPayoutBatch: the withdrawal leaves its OPEN batch, stays PENDING, and can be processed by
 * hand or batched again. Not in an open batch is CONFLICT (the state, not the input, is wrong).
 * Locks the batch row before the withdrawal's, as an import does, so the two serialize.
 */
export async function removeFromBatchIn(
  m: Queryable,
  viewer: { userId: string; sellerId: string },
  withdrawalId: string,
): Promise<{ withdrawalId: string; batchId: string }> {
  const [current] = await m.query(
    `SELECT w.id, w.amount_cents, w.payout_batch_id FROM withdrawals w
     WHERE w.id = ? AND w.seller_id = ?`,
    [withdrawalId, viewer.sellerId],
  );
  if (!current) throw new NotFound("Withdrawal");
  const id = idFrom(current.id);
  const notInBatch = () =>
    new Conflict(`${withdrawalReference(id)} is not in an open payout batch.`);
  if (current.payout_batch_id == null) throw notInBatch();
  const batchId = idFrom(current.payout_batch_id);
  await m.query("SELECT id FROM payout_batches WHERE id = ? FOR UPDATE", [batchId]);
  const update = await m.query(
    `UPDATE withdrawals SET payout_batch_id = NULL
     WHERE id = ? AND payout_batch_id = ? AND status = 'PENDING'`,
    [id, batchId],
  );
  // Paid (and so kept in its batch) or taken out since the read.
  if (update.affectedRows === 0) throw notInBatch();
  const reasons = new Map([[id, TAKEN_OUT_BY_SELLER]]);
  await appendBatchEvents(
    m,
    { batchId, action: PayoutBatchAction.REMOVED, actorUserId: viewer.userId },
    [id],
    reasons,
  );
  await subtractFromBatchTotals(m, batchId, { count: 1, cents: centsFrom(current.amount_cents) });
  await closeBatchIfSettled(m, batchId);
  return { withdrawalId: id, batchId };
}
