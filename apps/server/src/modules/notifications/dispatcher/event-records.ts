import type { WebhookEventType } from "@allyhut/schema";
import { idFrom, type Row } from "../../../db/sql-values";
import type { OutboxEventRecord } from "../delivery";

/** The outbox_events columns an OutboxEventRecord is read from (alias `e`). */
export const EVENT_COLUMNS =
  "e.id AS event_id, e.public_id, e.seller_id AS event_seller_id, e.type, e.occurred_at, e.payload_json";

/** An outbox_events row (read with EVENT_COLUMNS) as the planners and senders see it. */
export function eventRecordOf(row: Row): OutboxEventRecord {
  return {
    id: idFrom(row.event_id),
    publicId: String(row.public_id),
    sellerId: idFrom(row.event_seller_id),
    type: String(row.type) as WebhookEventType,
    occurredAt: row.occurred_at as Date,
    data: JSON.parse(String(row.payload_json)) as Record<string, unknown>,
  };
}

/** An error's message, cut to what outbox_deliveries.last_error holds. */
export function errorText(error: unknown, max = 500): string {
  const text = error instanceof Error ? error.message || error.name : String(error);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
