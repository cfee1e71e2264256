import type { DataSource } from "typeorm";
import type { Logger } from "pino";
import type { Config } from "../../config";
import { DeliveryChannel, type DeliveryPlanner, type DeliverySender } from "./delivery";
import { createMailChannel } from "./mail/mail-channel";
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
  const closers: Array<() => Promise<void>> = [];
  planners.push(webhookPlanner);
  senders[DeliveryChannel.WEBHOOK] = createWebhookSender({
    db: deps.db,
    policy: { allowPrivate: deps.config.allowPrivateWebhooks },
  });
  // Without SMTP_URL (start.ts runs a local catcher and passes its URL on) no e-mail is planned.
  const mail = createMailChannel(deps);
  if (mail) {
    planners.push(mail.planner);
    senders[DeliveryChannel.EMAIL] = mail.sender;
    closers.push(mail.close);
  }
  return {
    planners,
    senders,
    close: async () => void (await Promise.all(closers.map((c) => c()))),
  };
}
