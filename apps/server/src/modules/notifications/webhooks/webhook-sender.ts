import { Webhook } from "standardwebhooks";
import type { Queryable, Row } from "../../../db/sql-values";
import type { ClaimedDelivery, DeliverySender, OutboxEventRecord, SendOutcome } from "../delivery";
import { pinnedPost, type PostResult } from "./pinned-post";
import { ENDPOINT_DELETED } from "./webhook.service";
import { checkWebhookUrl, type WebhookUrlPolicy } from "./webhook-url-guard";

export const WEBHOOK_TIMEOUT_MS = 10_000;
const MAX_RESPONSE_BYTES = 16 * 1024;
export const WEBHOOK_USER_AGENT = "AllyHut-Webhooks/1";

export interface WebhookSenderDeps {
  db: Queryable;
  policy: WebhookUrlPolicy;
  /** Default 10 s (tests shorten it). */
  timeoutMs?: number;
  /** The clock of webhook-timestamp (default: the real one). */
  now?: () => Date;
}

/** The body receivers get: the Standard Webhooks shape { type, timestamp, data }. */
export const webhookBody = (event: OutboxEventRecord): string =>
  JSON.stringify({ type: event.type, timestamp: event.occurredAt.toISOString(), data: event.data });

/** The headers of a signed post; the event's publicId is the webhook-id receivers dedupe on. */
export function signedHeaders(
  secret: string,
  event: OutboxEventRecord,
  body: string,
  at: Date,
): Record<string, string> {
  return {
    "content-type": "application/json",
    "user-agent": WEBHOOK_USER_AGENT,
    "webhook-id": event.publicId,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": new Webhook(secret).sign(event.publicId, at, body),
  };
}

/** 2xx delivered; 410 Gone for good; any other answer, a timeout or no connection: try again. */
export function outcomeOf(result: PostResult): SendOutcome {
  if ("error" in result) return { delivered: false, error: result.error };
  const { status } = result;
  if (status >= 200 && status < 300) return { delivered: true, responseStatus: status };
  if (status === 410) {
    return { delivered: false, error: "HTTP 410 Gone", responseStatus: status, permanent: true };
  }
  const error =
    status >= 300 && status < 400 ? `HTTP ${status}: redirects are not followed` : `HTTP ${status}`;
  return { delivered: false, error, responseStatus: status };
}

/** The promise's value, or null when it takes longer than `ms` (a slow DNS is part of the request). */
async function withinTimeout<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Posts one claimed WEBHOOK delivery, signed, to the address checked just before. */
export function createWebhookSender(deps: WebhookSenderDeps): DeliverySender {
  return {
    async send(delivery: ClaimedDelivery): Promise<SendOutcome> {
      const [endpoint]: Row[] = delivery.endpointId
        ? await deps.db.query(
            "SELECT url, secret, deleted_at FROM webhook_endpoints WHERE id = ?",
            [delivery.endpointId],
          )
        : [];
      if (!endpoint || endpoint.deleted_at !== null) {
        return { delivered: false, error: ENDPOINT_DELETED, permanent: true };
      }
      const timeoutMs = deps.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
      const started = Date.now();
      // Checked again now: the name may resolve elsewhere than at creation (DNS rebinding).
      const checked = await withinTimeout(
        checkWebhookUrl(String(endpoint.url), deps.policy),
        timeoutMs,
      );
      if (!checked) return { delivered: false, error: `no address within ${timeoutMs / 1000} s` };
      if (!checked.ok) {
        // A name that does not resolve may again; one that resolves to a private address is refused.
        return { delivered: false, error: checked.reason, permanent: !checked.unresolved };
      }
      const body = webhookBody(delivery.event);
      const at = deps.now?.() ?? new Date();
      const result = await pinnedPost({
        url: checked.url,
        addresses: checked.addresses,
        headers: signedHeaders(String(endpoint.secret), delivery.event, body, at),
        body,
        timeoutMs: Math.max(1, timeoutMs - (Date.now() - started)),
        maxResponseBytes: MAX_RESPONSE_BYTES,
      });
      if ("timedOut" in result)
        return { delivered: false, error: `no answer within ${timeoutMs / 1000} s` };
      return outcomeOf(result);
    },
  };
}
