import type DataLoader from "dataloader";
import type { WithdrawalEventModel } from "@allyhut/schema/domain";
import type { PayoutBatchAction, WithdrawalStatus } from "@allyhut/schema";
import { idFrom, type Queryable } from "../../db/sql-values";
import { groupLoader } from "../paging";

interface EventRow {
  at: Date;
  from_status: string | null;
  to_status: string;
  receipt_number: string | null;
  paid_on: string | null;
  note: string | null;
  actor_id: unknown;
  actor_name: string | null;
  payout_batch_id: unknown;
  batch_action: string | null;
  reason: string | null;
}

/** Withdrawal histories of one request: one statement for every withdrawal on a page, oldest first. */
export function createHistoryLoader(db: Queryable): DataLoader<string, WithdrawalEventModel[]> {
  return groupLoader(
    db,
    // The actor is shown to others: id and name only, never the email.
    `SELECT e.withdrawal_id AS loader_key, e.at, e.from_status, e.to_status, e.receipt_number,
       e.paid_on, e.note, e.payout_batch_id, e.batch_action, e.reason, u.id AS actor_id,
       u.name AS actor_name
     FROM withdrawal_events e LEFT JOIN users u ON u.id = e.actor_user_id`,
    "e.withdrawal_id",
    "e.withdrawal_id, e.id",
    eventFrom,
  );
}

function eventFrom(row: EventRow): WithdrawalEventModel {
  return {
    at: row.at,
    actor: row.actor_id == null ? null : { id: idFrom(row.actor_id), name: row.actor_name ?? "" },
    fromStatus: row.from_status as WithdrawalStatus | null,
    toStatus: row.to_status as WithdrawalStatus,
    receiptNumber: row.receipt_number,
    paidOn: row.paid_on,
    note: row.note,
    payoutBatchId: row.payout_batch_id == null ? null : idFrom(row.payout_batch_id),
    batchAction: row.batch_action as PayoutBatchAction | null,
    reason: row.reason,
  };
}
