import { randomUUID } from "node:crypto";
import type { WebhookEventType } from "@allyhut/schema";
import type { Queryable } from "../../db/sql-values";

/** An event to record in the transaction of the change it tells of. */
export interface OutboxEventInput {
  sellerId: string;
  type: WebhookEventType;
  /** The changed object as the API shows it (outbox-payloads.ts). */
  data: Record<string, unknown>;
}

/** The event id a receiver deduplicates on: the Standard Webhooks `webhook-id`. */
export const newPublicEventId = (): string => `msg_${randomUUID().replace(/-/g, "")}`;

/**
 * Writes the events in the caller's transaction, in one statement: they commit with the change or
 * not at all. Nothing is sent here; the dispatcher plans and sends after the commit.
 */
export async function recordEvents(m: Queryable, events: OutboxEventInput[]): Promise<void> {
  if (events.length === 0) return;
  await m.query(
    `INSERT INTO outbox_events (public_id, seller_id, type, occurred_at, payload_json)
     VALUES ${events.map(() => "(?, ?, ?, UTC_TIMESTAMP(3), ?)").join(", ")}`,
    events.flatMap((event) => [
      newPublicEventId(),
      event.sellerId,
      event.type,
      JSON.stringify(event.data),
    ]),
  );
}
