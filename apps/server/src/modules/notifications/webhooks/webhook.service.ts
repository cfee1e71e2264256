import { randomBytes } from "node:crypto";
import {
  WEBHOOK_ENDPOINTS_MAX,
  webhookEndpointsLimitMessage,
  webhookEventTypesProblem,
  webhookUrlProblem,
} from "@allyhut/schema";
import {
  BadInput,
  Conflict,
  Forbidden,
  NotFound,
  type CreatedWebhookEndpointModel,
  type Viewer,
  type WebhookDeliveryModel,
  type WebhookEndpointModel,
  type WebhookService as WebhookServiceApi,
} from "@allyhut/schema/domain";
import type DataLoader from "dataloader";
import type { WebhookEventType } from "@allyhut/schema";
import { canonicalId, idFrom, isRowId, type Row } from "../../../db/sql-values";
import type { ServiceDeps } from "../../service-deps";
import { deliveriesLoader, type DeliveriesKey } from "./webhook-deliveries.loader";
import { ENDPOINT_COLUMNS, endpointFrom, eventTypesColumn } from "./webhook-endpoint.row";
import { checkWebhookUrl, type WebhookUrlPolicy } from "./webhook-url-guard";

/** A Standard Webhooks signing secret: "whsec_" and the base64 of 24 random bytes. */
export const newWebhookSecret = (): string => `whsec_${randomBytes(24).toString("base64")}`;

/** What a delivery still pending to a deleted endpoint is failed with. */
export const ENDPOINT_DELETED = "endpoint deleted";

const sellerOf = (viewer: Viewer): string => {
  if (!viewer.sellerId) throw new Forbidden("Create a seller first.");
  return viewer.sellerId;
};

/** The seller's webhook endpoints; the posts themselves go through the outbox (webhook-sender.ts). */
export class WebhookService implements WebhookServiceApi {
  private readonly deliveries: DataLoader<DeliveriesKey, WebhookDeliveryModel[]>;
  private readonly policy: WebhookUrlPolicy;

  constructor(private readonly deps: ServiceDeps) {
    this.deliveries = deliveriesLoader(deps.db);
    this.policy = deps.webhookUrls ?? { allowPrivate: false };
  }

  async create(
    viewer: Viewer,
    input: { url: string; eventTypes: WebhookEventType[] },
  ): Promise<CreatedWebhookEndpointModel> {
    const sellerId = sellerOf(viewer);
    const urlProblem = webhookUrlProblem(input.url, { allowPrivate: this.policy.allowPrivate });
    if (urlProblem) throw new BadInput("url", urlProblem);
    const typesProblem = webhookEventTypesProblem(input.eventTypes);
    if (typesProblem) throw new BadInput("eventTypes", typesProblem);
    // The same check runs again before every post: a name may resolve elsewhere by then.
    const checked = await checkWebhookUrl(input.url, this.policy);
    if (!checked.ok) throw new BadInput("url", checked.reason);
    const secret = newWebhookSecret();
    const id = await this.deps.db.transaction(async (m) => {
      // The seller's row serializes creations, so the limit holds under concurrent requests too.
      await m.query("SELECT id FROM sellers WHERE id = ? FOR UPDATE", [sellerId]);
      const [{ live }] = await m.query(
        "SELECT COUNT(*) AS live FROM webhook_endpoints WHERE seller_id = ? AND deleted_at IS NULL",
        [sellerId],
      );
      if (Number(live) >= WEBHOOK_ENDPOINTS_MAX) throw new Conflict(webhookEndpointsLimitMessage);
      const inserted = await m.query(
        `INSERT INTO webhook_endpoints (seller_id, url, event_types, secret, created_at)
         VALUES (?, ?, ?, ?, UTC_TIMESTAMP(3))`,
        [sellerId, checked.url.href, eventTypesColumn(input.eventTypes), secret],
      );
      return idFrom(inserted.insertId);
    });
    const [row] = await this.deps.db.query(
      `SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints w WHERE w.id = ?`,
      [id],
    );
    this.deps.log.info({ sellerId, endpointId: id }, "webhook endpoint created");
    return { endpoint: endpointFrom(row), secret };
  }

  async list(viewer: Viewer): Promise<WebhookEndpointModel[]> {
    const rows: Row[] = await this.deps.db.query(
      `SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints w
       WHERE w.seller_id = ? AND w.deleted_at IS NULL ORDER BY w.id DESC`,
      [sellerOf(viewer)],
    );
    return rows.map(endpointFrom);
  }

  async delete(viewer: Viewer, endpointId: string): Promise<boolean> {
    const sellerId = sellerOf(viewer);
    if (!isRowId(endpointId)) throw new NotFound("Webhook endpoint");
    const id = canonicalId(endpointId);
    await this.deps.db.transaction(async (m) => {
      const deleted = await m.query(
        `UPDATE webhook_endpoints SET deleted_at = UTC_TIMESTAMP(3)
         WHERE id = ? AND seller_id = ? AND deleted_at IS NULL`,
        [id, sellerId],
      );
      if (deleted.affectedRows !== 1) throw new NotFound("Webhook endpoint");
      // A post in flight keeps its claim: its outcome, if it lands, is the truth about it.
      await m.query(
        `UPDATE outbox_deliveries SET status = 'FAILED', last_error = ?
         WHERE endpoint_id = ? AND status = 'PENDING'`,
        [ENDPOINT_DELETED, id],
      );
    });
    this.deps.log.info({ sellerId, endpointId: id }, "webhook endpoint deleted");
    return true;
  }

  deliveriesOf(endpointId: string, first: number): Promise<WebhookDeliveryModel[]> {
    return this.deliveries.load({ endpointId, first });
  }
}
