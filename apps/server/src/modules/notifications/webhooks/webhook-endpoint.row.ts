import {
  WEBHOOK_EVENT_TYPES,
  type WebhookDeliveryStatus,
  type WebhookEventType,
} from "@allyhut/schema";
import type { WebhookDeliveryModel, WebhookEndpointModel } from "@allyhut/schema/domain";
import { idFrom, type Row } from "../../../db/sql-values";

export const ENDPOINT_COLUMNS = "w.id, w.seller_id, w.url, w.event_types, w.created_at";

/** The comma-separated column, in the enum's order whatever order they were chosen in. */
export const eventTypesColumn = (eventTypes: readonly WebhookEventType[]): string =>
  WEBHOOK_EVENT_TYPES.filter((type) => eventTypes.includes(type)).join(",");

export const endpointFrom = (row: Row): WebhookEndpointModel => ({
  id: idFrom(row.id),
  sellerId: idFrom(row.seller_id),
  url: String(row.url),
  eventTypes: String(row.event_types).split(",").filter(Boolean) as WebhookEventType[],
  createdAt: row.created_at as Date,
});

export const DELIVERY_COLUMNS =
  "d.id, d.endpoint_id, e.type AS event_type, d.status, d.attempts, d.response_status, d.created_at, d.delivered_at";

export const deliveryFrom = (row: Row): WebhookDeliveryModel => ({
  id: idFrom(row.id),
  endpointId: idFrom(row.endpoint_id),
  eventType: String(row.event_type) as WebhookEventType,
  status: String(row.status) as WebhookDeliveryStatus,
  attempts: Number(row.attempts),
  responseStatus: row.response_status === null ? null : Number(row.response_status),
  createdAt: row.created_at as Date,
  deliveredAt: (row.delivered_at as Date | null) ?? null,
});
