import type { DataSource } from "typeorm";
import type { Logger } from "pino";
import type { Config } from "../../config";
import { DeliveryChannel, type DeliveryPlanner, type DeliverySender } from "./delivery";
import { webhookPlanner } from "./webhooks/webhook-planner";
import { createWebhookSender } from "./webhooks/webhook-sender";

/** What the dispatcher sends through: who hears of an event, and how each channel sends. */
export interface Channels {
  planners: DeliveryPlanner[];
  senders: Partial<Record<DeliveryChannel, DeliverySender>>;
  /** Closes what the channels hold open (the SMTP pool). */
  close(): Promise<void>;
}

export interface ChannelDeps {
  db: DataSource;
  log: Logger;
  config: Config;
}

/** The e-mail and webhook channels on this configuration. */
export function createChannels(deps: ChannelDeps): Channels {
  const planners: DeliveryPlanner[] = [];
  const senders: Partial<Record<DeliveryChannel, DeliverySender>> = {};
  planners.push(webhookPlanner);
  senders[DeliveryChannel.WEBHOOK] = createWebhookSender({
    db: deps.db,
    policy: { allowPrivate: deps.config.allowPrivateWebhooks },
  });
  return { planners, senders, close: async () => {} };
}
