import DataLoader from "dataloader";
import type { WithdrawalEventModel } from "@allyhut/schema/domain";
import type { WithdrawalStatus } from "@allyhut/schema";
import { canonicalId, idFrom, isRowId, type Queryable } from "../../db/sql-values";

interface EventRow {
  withdrawal_id: unknown;
  at: Date;
  from_status: string | null;
  to_status: string;
  receipt_number: string | null;
  paid_on: string | null;
  note: string | null;
  actor_id: unknown;
  actor_name: string | null;
}

/** Withdrawal histories of one request: one statement for every withdrawal on a page, oldest first. */
export function createHistoryLoader(db: Queryable): DataLoader<string, WithdrawalEventModel[]> {
  return new DataLoader<string, WithdrawalEventModel[], string>(
    async (withdrawalIds) => {
      const ids = withdrawalIds.filter(isRowId);
      const rows: EventRow[] = ids.length
        ? await db.query(
            // The actor is shown to others: id and name only, never the email.
            `SELECT e.withdrawal_id, e.at, e.from_status, e.to_status, e.receipt_number, e.paid_on,
                    e.note, u.id AS actor_id, u.name AS actor_name
             FROM withdrawal_events e LEFT JOIN users u ON u.id = e.actor_user_id
             WHERE e.withdrawal_id IN (?) ORDER BY e.withdrawal_id, e.id`,
            [ids],
          )
        : [];
      const byWithdrawal = new Map<string, WithdrawalEventModel[]>();
      for (const row of rows) {
        const key = idFrom(row.withdrawal_id);
        const events = byWithdrawal.get(key) ?? [];
        events.push(eventFrom(row));
        byWithdrawal.set(key, events);
      }
      return withdrawalIds.map((id) => byWithdrawal.get(canonicalId(id)) ?? []);
    },
    { cacheKeyFn: canonicalId },
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
  };
}
