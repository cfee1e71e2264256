import { BadInput, Conflict, NotFound, type PayoutBatchModel } from "@allyhut/schema/domain";
import { PAYOUT_BATCH_MAX_WITHDRAWALS, PayoutBatchAction, WithdrawalStatus } from "@allyhut/schema";
import { canonicalId, centsFrom, idFrom, isRowId, type Queryable } from "../../db/sql-values";
import { appendBatchEvents, batchById, referencesOf } from "./payout-batch.sql";

interface CandidateRow {
  id: unknown;
  status: string;
  payment_method: string;
  amount_cents: unknown;
  payout_batch_id: unknown;
}

/** The ids asked for, each once; BAD_USER_INPUT for none, too many or a repeat; NOT_FOUND for a malformed one. */
export function withdrawalIdsOf(withdrawalIds: unknown): string[] {
  if (
    !Array.isArray(withdrawalIds) ||
    withdrawalIds.length === 0 ||
    withdrawalIds.length > PAYOUT_BATCH_MAX_WITHDRAWALS
  ) {
    throw new BadInput(
      "withdrawalIds",
      `Choose 1 to ${PAYOUT_BATCH_MAX_WITHDRAWALS} withdrawals for a payout batch.`,
    );
  }
  // Malformed ids name nobody's withdrawal: the same answer as another seller's.
  if (!withdrawalIds.every(isRowId)) throw new NotFound("Withdrawal");
  const ids = withdrawalIds.map(canonicalId);
  const repeated = [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
  if (repeated.length > 0) {
    throw new BadInput(
      "withdrawalIds",
      `Each withdrawal can be listed once: ${referencesOf(repeated)} twice.`,
    );
  }
  return ids;
}

/**
 * createPayoutBatch in a few statements whatever the size: read the candidates, insert the batch
 * with its totals, claim them all in ONE conditional UPDATE (row locks in id order, so two
 * overlapping creates serialize and exactly one claims each withdrawal), one INSERT … SELECT of the
 * ADDED events. A claim short of the count rolls everything back (the caller's transaction).
 */
export async function createBatchIn(
  m: Queryable,
  viewer: { userId: string; sellerId: string },
  withdrawalIds: string[],
): Promise<PayoutBatchModel> {
  const rows = await candidatesOf(m, viewer.sellerId, withdrawalIds);
  if (rows.length !== withdrawalIds.length) throw new NotFound("Withdrawal");
  const methods = [...new Set(rows.map((row) => row.payment_method))].sort();
  const taken = takenConflict(rows);
  if (taken) throw taken;
  if (methods.length > 1) {
    throw new BadInput(
      "withdrawalIds",
      `A payout batch is paid one way; these withdrawals are paid by ${methods.join(" and ")}.`,
    );
  }
  const totalCents = rows.reduce((sum, row) => sum + centsFrom(row.amount_cents), 0);
  const inserted = await m.query(
    `INSERT INTO payout_batches (seller_id, payment_method, status, created_at, created_by_user_id,
       item_count, total_cents) VALUES (?, ?, 'OPEN', UTC_TIMESTAMP(3), ?, ?, ?)`,
    [viewer.sellerId, methods[0], viewer.userId, rows.length, totalCents],
  );
  const batchId = idFrom(inserted.insertId);
  const claim = await m.query(
    `UPDATE withdrawals SET payout_batch_id = ?
     WHERE seller_id = ? AND id IN (?) AND status = 'PENDING' AND payout_batch_id IS NULL
     ORDER BY id`,
    [batchId, viewer.sellerId, withdrawalIds],
  );
  if (claim.affectedRows !== withdrawalIds.length) {
    // Taken since the read: the rows we could not claim were committed so by another transaction.
    const now = await candidatesOf(m, viewer.sellerId, withdrawalIds);
    throw (
      takenConflict(now.filter((row) => idFrom(row.payout_batch_id) !== batchId)) ??
      new Conflict("These withdrawals changed while the batch was made; try again.")
    );
  }
  await appendBatchEvents(
    m,
    { batchId, action: PayoutBatchAction.ADDED, actorUserId: viewer.userId },
    withdrawalIds,
  );
  return batchById(m, batchId);
}

function candidatesOf(
  m: Queryable,
  sellerId: string,
  withdrawalIds: string[],
): Promise<CandidateRow[]> {
  return m.query(
    `SELECT w.id, w.status, w.payment_method, w.amount_cents, w.payout_batch_id FROM withdrawals w
     WHERE w.seller_id = ? AND w.id IN (?) ORDER BY w.id`,
    [sellerId, withdrawalIds],
  );
}

/** CONFLICT naming the withdrawals already decided or already in an (open) batch; null if none. */
function takenConflict(rows: CandidateRow[]): Conflict | null {
  const decided = rows.filter((row) => row.status !== WithdrawalStatus.PENDING);
  if (decided.length > 0) {
    const ids = decided.map((row) => idFrom(row.id));
    const verb = ids.length === 1 ? "is" : "are";
    return new Conflict(
      `${referencesOf(ids)} ${verb} no longer PENDING: only pending withdrawals can be batched.`,
    );
  }
  const batched = rows.filter((row) => row.payout_batch_id != null);
  if (batched.length === 0) return null;
  const ids = batched.map((row) => idFrom(row.id));
  const batches = [...new Set(batched.map((row) => `#${idFrom(row.payout_batch_id)}`))];
  const verb = ids.length === 1 ? "is" : "are";
  return new Conflict(
    `${referencesOf(ids)} ${verb} already in open payout batch ${referencesList(batches)}.`,
  );
}

const referencesList = (items: string[]): string =>
  items.length <= 3 ? items.join(", ") : `${items.slice(0, 3).join(", ")} and others`;
