// The webhook channel driven the way the dispatcher drives it (plan an event, then send each planned
// post), without the dispatcher's bookkeeping: for tests of the channel on real outbox events.
import type { WebhookEventType } from "@allyhut/schema";
import type { DataSource } from "typeorm";
import { idFrom, type Row } from "../../src/db/sql-values";
import {
  DeliveryChannel,
  type OutboxEventRecord,
  type SendOutcome,
} from "../../src/modules/notifications/delivery";
import { webhookPlanner } from "../../src/modules/notifications/webhooks/webhook-planner";
import { createWebhookSender } from "../../src/modules/notifications/webhooks/webhook-sender";
import type { WebhookUrlPolicy } from "../../src/modules/notifications/webhooks/webhook-url-guard";

export const eventFrom = (row: Row): OutboxEventRecord => ({
  id: idFrom(row.id),
  publicId: String(row.public_id),
  sellerId: idFrom(row.seller_id),
  type: String(row.type) as WebhookEventType,
  occurredAt: row.occurred_at as Date,
  data: JSON.parse(String(row.payload_json)),
});

/** Plans every outbox event's webhook posts and sends them once each; the outcomes in order. */
export async function deliverPlanned(
  db: DataSource,
  policy: WebhookUrlPolicy,
): Promise<SendOutcome[]> {
  const sender = createWebhookSender({ db, policy });
  const events = (await db.query("SELECT * FROM outbox_events ORDER BY id")).map(eventFrom);
  const outcomes: SendOutcome[] = [];
  for (const event of events) {
    const planned = await webhookPlanner.plan(db.manager, event);
    for (const [index, delivery] of planned.entries()) {
      outcomes.push(
        await sender.send({
          id: `${event.id}-${index}`,
          sellerId: event.sellerId,
          channel: DeliveryChannel.WEBHOOK,
          endpointId: delivery.endpointId ?? null,
          emailTo: null,
          emailKind: null,
          attempt: 1,
          event,
        }),
      );
    }
  }
  return outcomes;
}
