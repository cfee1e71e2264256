import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import { inTransaction } from "../../../db/transaction";
import { idFrom, type Row } from "../../../db/sql-values";
import type { ClaimedDelivery, DeliveryChannel } from "../delivery";
import { EVENT_COLUMNS, eventRecordOf } from "./event-records";

/** A delivery claimed for one attempt, with the token its outcome must be recorded under. */
export interface Claim {
  delivery: ClaimedDelivery;
  claimToken: string;
}

const SPENT_ERROR = "the process sending its last attempt stopped before recording the outcome";

/** A claim token: whose attempt a delivery's current claim is ("clm_…", fits claim_token). */
export const newClaimToken = (): string => `clm_${randomUUID().replace(/-/g, "")}`;

/**
 * Claims up to `limit` due PENDING deliveries for one attempt each. SKIP LOCKED lets dispatchers
 * pass each other; the committed update (attempts + 1, a fresh claim token, next_attempt_at pushed
 * past the lease) is what keeps another dispatcher — on another Galera node too — from taking the
 * same row until the lease runs out. Nothing is sent here: the caller sends after the commit.
 */
export async function claimDueDeliveries(
  db: DataSource,
  options: { limit: number; now: Date; leaseMs: number; maxAttempts: number },
): Promise<Claim[]> {
  if (options.limit <= 0) return [];
  const claimToken = newClaimToken();
  const leaseUntil = new Date(options.now.getTime() + options.leaseMs);
  const ids = await inTransaction(db, async (m) => {
    const due: Row[] = await m.query(
      `SELECT id, attempts FROM outbox_deliveries
       WHERE status = 'PENDING' AND next_attempt_at <= ?
       ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED`,
      [options.now, options.limit],
    );
    // Out of attempts yet still PENDING: its last attempt's process died mid-send (perhaps because
    // of this very message). It is not tried again, or a message that kills its sender would loop.
    const spent = due.filter((row) => Number(row.attempts) >= options.maxAttempts);
    if (spent.length > 0) {
      await m.query(
        `UPDATE outbox_deliveries SET status = 'FAILED', claim_token = NULL, last_error = ?
         WHERE id IN (?)`,
        [SPENT_ERROR, spent.map((row) => idFrom(row.id))],
      );
    }
    const dueIds = due.filter((row) => !spent.includes(row)).map((row) => idFrom(row.id));
    if (dueIds.length === 0) return [];
    await m.query(
      `UPDATE outbox_deliveries SET attempts = attempts + 1, claim_token = ?, next_attempt_at = ?
       WHERE id IN (?) AND status = 'PENDING'`,
      [claimToken, leaseUntil, dueIds],
    );
    return dueIds;
  });
  if (ids.length === 0) return [];
  const rows: Row[] = await db.query(
    `SELECT d.id, d.seller_id, d.channel, d.endpoint_id, d.email_to, d.email_kind, d.attempts,
       ${EVENT_COLUMNS}
     FROM outbox_deliveries d JOIN outbox_events e ON e.id = d.event_id
     WHERE d.id IN (?) AND d.claim_token = ? ORDER BY d.id`,
    [ids, claimToken],
  );
  return rows.map((row) => ({
    claimToken,
    delivery: {
      id: idFrom(row.id),
      sellerId: idFrom(row.seller_id),
      channel: String(row.channel) as DeliveryChannel,
      endpointId: row.endpoint_id === null ? null : idFrom(row.endpoint_id),
      emailTo: row.email_to === null ? null : String(row.email_to),
      emailKind: row.email_kind === null ? null : String(row.email_kind),
      attempt: Number(row.attempts),
      event: eventRecordOf(row),
    },
  }));
}
