import type { WithdrawalModel } from "@allyhut/schema/domain";
import { WithdrawalStatus, type PaymentMethod } from "@allyhut/schema";
import { centsFrom, idFrom, type Queryable } from "../../db/sql-values";
import type { ProcessPlan } from "./withdrawal-transitions";

/**
 * The columns of a WithdrawalModel; use with WITHDRAWAL_FROM (withdrawal `w`). The currency is a
 * subquery, not a join, so the optimizer always drives from the withdrawals index of the list.
 */
export const WITHDRAWAL_COLUMNS = `w.id, w.seller_id, w.affiliate_id, w.amount_cents, w.status,
  w.payment_method, w.payout_account, w.requested_at, w.receipt_number, w.paid_on, w.note,
  w.processed_at, w.payout_batch_id, (SELECT s.currency_code FROM sellers s WHERE s.id = w.seller_id) AS currency_code`;

export const WITHDRAWAL_FROM = "FROM withdrawals w";

export interface WithdrawalRow {
  id: unknown;
  seller_id: unknown;
  affiliate_id: unknown;
  amount_cents: unknown;
  status: string;
  payment_method: string;
  payout_account: string;
  requested_at: Date;
  receipt_number: string | null;
  paid_on: string | null;
  note: string | null;
  processed_at: Date | null;
  payout_batch_id: unknown;
  currency_code: string;
}

export function withdrawalFrom(row: WithdrawalRow): WithdrawalModel {
  return {
    id: idFrom(row.id),
    sellerId: idFrom(row.seller_id),
    affiliateId: idFrom(row.affiliate_id),
    amountCents: centsFrom(row.amount_cents),
    status: row.status as WithdrawalStatus,
    paymentMethod: row.payment_method as PaymentMethod,
    payoutAccount: row.payout_account,
    requestedAt: row.requested_at,
    receiptNumber: row.receipt_number,
    paidOn: row.paid_on,
    note: row.note,
    processedAt: row.processed_at,
    currencyCode: row.currency_code,
    payoutBatchId: row.payout_batch_id == null ? null : idFrom(row.payout_batch_id),
  };
}

export async function withdrawalById(
  db: Queryable,
  withdrawalId: string,
): Promise<WithdrawalModel> {
  const [row] = await db.query(`SELECT ${WITHDRAWAL_COLUMNS} ${WITHDRAWAL_FROM} WHERE w.id = ?`, [
    withdrawalId,
  ]);
  if (!row) throw new Error(`withdrawal ${withdrawalId} vanished inside its transaction`);
  return withdrawalFrom(row);
}

/**
 * The conditional update of processWithdrawal: it only matches while the withdrawal is PENDING and
 * in no batch (a PENDING row has payout_batch_id only while its batch is OPEN).
 */
export function updateIfPending(
  m: Queryable,
  withdrawalId: string,
  plan: ProcessPlan,
  actorUserId: string,
): Promise<{ affectedRows: number }> {
  const assignments = ["status = ?"];
  const parameters: unknown[] = [plan.toStatus];
  for (const [column, change] of [
    ["receipt_number", plan.receiptNumber],
    ["paid_on", plan.paidOn],
    ["note", plan.note],
  ] as const) {
    if (change === undefined) continue;
    assignments.push(`${column} = ?`);
    parameters.push(change);
  }
  if (plan.toStatus !== WithdrawalStatus.PENDING) {
    assignments.push("processed_at = UTC_TIMESTAMP(3)", "processed_by_user_id = ?");
    parameters.push(actorUserId);
  }
  return m.query(
    `UPDATE withdrawals SET ${assignments.join(", ")} WHERE id = ? AND status = 'PENDING' AND payout_batch_id IS NULL`,
    [...parameters, withdrawalId],
  );
}

/**
 * Appends the WithdrawalEvent of a change just written: the row's state after it, from `fromStatus`
 * (null for the request itself), at requested_at for a request, processed_at for a decision, or now.
 */
export async function appendEvent(
  m: Queryable,
  withdrawalId: string,
  fromStatus: WithdrawalStatus | null,
  actorUserId: string,
): Promise<void> {
  await m.query(
    `INSERT INTO withdrawal_events
       (withdrawal_id, at, actor_user_id, from_status, to_status, receipt_number, paid_on, note)
     SELECT id, CASE WHEN ? IS NULL THEN requested_at ELSE COALESCE(processed_at, UTC_TIMESTAMP(3)) END,
       ?, ?, status, receipt_number, paid_on, note
     FROM withdrawals WHERE id = ?`,
    [fromStatus, actorUserId, fromStatus, withdrawalId],
  );
}

/** Moves the affiliate's running totals for a decision just written; a note save moves none. */
export async function moveTotalsOfDecision(
  m: Queryable,
  toStatus: WithdrawalStatus,
  amountCents: number,
  affiliateId: string,
): Promise<void> {
  if (toStatus === WithdrawalStatus.APPROVED) {
    await m.query(
      `UPDATE affiliates SET pending_cents = pending_cents - ?, paid_cents = paid_cents + ?,
         pending_count = pending_count - 1, approved_count = approved_count + 1 WHERE id = ?`,
      [amountCents, amountCents, affiliateId],
    );
  } else if (toStatus === WithdrawalStatus.REJECTED) {
    // Rejected money goes back to the balance; rejected_cents only sums it for the Payouts summary.
    await m.query(
      `UPDATE affiliates SET pending_cents = pending_cents - ?, pending_count = pending_count - 1,
         rejected_count = rejected_count + 1, rejected_cents = rejected_cents + ? WHERE id = ?`,
      [amountCents, amountCents, affiliateId],
    );
  }
}
