import type { WebhookEventType } from "@allyhut/schema";
import type { Queryable } from "../../db/sql-values";

// The seams of the outbox: planners decide who hears of an event (inside the planning transaction),
// senders send one claimed delivery (outside any transaction). The dispatcher drives both.

export enum DeliveryChannel {
  EMAIL = "EMAIL",
  WEBHOOK = "WEBHOOK",
}

/** An event as the dispatcher reads it back from outbox_events. */
export interface OutboxEventRecord {
  /** outbox_events.id */
  id: string;
  /** "msg_…": the Standard Webhooks webhook-id and what receivers deduplicate on. */
  publicId: string;
  sellerId: string;
  type: WebhookEventType;
  occurredAt: Date;
  /** The changed object as the API showed it at the change (outbox-payloads.ts). */
  data: Record<string, unknown>;
}

/** A delivery a planner wants: an e-mail to one address or a post to one endpoint. */
export interface PlannedDelivery {
  channel: DeliveryChannel;
  endpointId?: string | null;
  emailTo?: string | null;
  /** Which e-mail (template). */
  emailKind?: string | null;
  /** Not sent before then (the seller's hourly digest); default: at once. */
  notBefore?: Date;
}

/** Decides, in the planning transaction, which deliveries an event needs. */
export interface DeliveryPlanner {
  plan(m: Queryable, event: OutboxEventRecord): Promise<PlannedDelivery[]>;
}

/** A delivery claimed by one dispatcher for one attempt, with its event. */
export interface ClaimedDelivery {
  /** outbox_deliveries.id */
  id: string;
  sellerId: string;
  channel: DeliveryChannel;
  endpointId: string | null;
  emailTo: string | null;
  emailKind: string | null;
  /** Counting this one. */
  attempt: number;
  event: OutboxEventRecord;
}

/** What one attempt came to. A failure is retried with backoff unless `permanent`, until the last attempt. */
export type SendOutcome =
  | { delivered: true; responseStatus?: number | null }
  | { delivered: false; error: string; responseStatus?: number | null; permanent?: boolean };

/** Sends one claimed delivery of its channel. Never inside a database transaction. */
export interface DeliverySender {
  send(delivery: ClaimedDelivery): Promise<SendOutcome>;
}
