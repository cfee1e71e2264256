// The webhook channel driven the way the dispatcher drives it (plan an event, then send each planned
// post), without the dispatcher's bookkeeping: for tests of the channel on real outbox events.
import type { DataSource } from "typeorm";
import { DeliveryChannel, type SendOutcome } from "../../src/modules/notifications/delivery";
import {
  EVENT_COLUMNS,
  eventRecordOf,
} from "../../src/modules/notifications/dispatcher/event-records";
import { webhookPlanner } from "../../src/modules/notifications/webhooks/webhook-planner";
import { createWebhookSender } from "../../src/modules/notifications/webhooks/webhook-sender";
import type { WebhookUrlPolicy } from "../../src/modules/notifications/webhooks/webhook-url-guard";

/** Plans every outbox event's webhook posts and sends them once each; the outcomes in order. */
export async function deliverPlanned(
  db: DataSource,
  policy: WebhookUrlPolicy,
): Promise<SendOutcome[]> {
  const sender = createWebhookSender({ db, policy });
  const rows = await db.query(`SELECT ${EVENT_COLUMNS} FROM outbox_events e ORDER BY e.id`);
  const events = rows.map(eventRecordOf);
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
