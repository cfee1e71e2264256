// A real HTTP webhook receiver for the dispatcher's tests, and test channels that post to it.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { DataSource } from "typeorm";
import type { Channels } from "../../src/modules/notifications/channels";
import {
  DeliveryChannel,
  type ClaimedDelivery,
  type PlannedDelivery,
  type SendOutcome,
} from "../../src/modules/notifications/delivery";

/** ok: 200 at once; error: 500; hold: never answers (until the receiver closes). */
export type ReceiverMode = "ok" | "error" | "hold";

export interface ReceivedPost {
  webhookId: string;
  body: { type: string; timestamp: string; data: Record<string, unknown> };
}

export class WebhookReceiver {
  mode: ReceiverMode = "ok";
  readonly received: ReceivedPost[] = [];
  /** Requests held (mode "hold") and not yet answered. */
  held = 0;
  private server: Server | null = null;
  private port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks`;
  }

  async start(port = 0): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(port, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** How many posts each webhook id got. */
  countsById(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const post of this.received)
      counts.set(post.webhookId, (counts.get(post.webhookId) ?? 0) + 1);
    return counts;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let text = "";
    for await (const chunk of req) text += chunk;
    this.received.push({ webhookId: String(req.headers["webhook-id"]), body: JSON.parse(text) });
    if (this.mode === "hold") {
      this.held++;
      res.on("close", () => this.held--);
      return;
    }
    res.writeHead(this.mode === "ok" ? 200 : 500).end(this.mode);
  }
}

/** A webhook endpoint row of `sellerId` (the dispatcher's tests only need its id). */
export async function insertEndpoint(db: DataSource, sellerId: string, url: string) {
  const result = await db.query(
    `INSERT INTO webhook_endpoints (seller_id, url, event_types, secret) VALUES (?, ?, ?, ?)`,
    [sellerId, url, "SALE_RECORDED", "whsec_dGVzdA=="],
  );
  return String(result.insertId);
}

/** Posts the event to `url()` with its id as webhook-id; a non-2xx answer or a timeout fails. */
export async function postDelivery(
  url: string,
  delivery: ClaimedDelivery,
  timeoutMs: number,
): Promise<SendOutcome> {
  const { event } = delivery;
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "webhook-id": event.publicId },
    body: JSON.stringify({
      type: event.type,
      timestamp: event.occurredAt.toISOString(),
      data: event.data,
    }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  await response.arrayBuffer();
  return response.ok
    ? { delivered: true, responseStatus: response.status }
    : { delivered: false, responseStatus: response.status, error: `HTTP ${response.status}` };
}

/** One WEBHOOK delivery per event to `endpointId()`, posted to `url()` (read at each send). */
export function webhookTestChannels(options: {
  endpointId: () => string;
  url: () => string;
  timeoutMs?: number;
  plan?: () => PlannedDelivery[];
}): Pick<Channels, "planners" | "senders"> {
  return {
    planners: [
      {
        plan: async () =>
          options.plan?.() ?? [
            { channel: DeliveryChannel.WEBHOOK, endpointId: options.endpointId() },
          ],
      },
    ],
    senders: {
      [DeliveryChannel.WEBHOOK]: {
        send: (delivery) => postDelivery(options.url(), delivery, options.timeoutMs ?? 2_000),
      },
    },
  };
}

/** A delivery row as the tests check it. */
export interface DeliveryRow {
  id: string;
  status: string;
  attempts: number;
  next_attempt_at: Date;
  claim_token: string | null;
  responseStatus: number | null;
  last_error: string | null;
  delivered_at: Date | null;
  public_id: string;
}

/** The deliveries, oldest first. */
export async function deliveryRows(db: DataSource): Promise<DeliveryRow[]> {
  const rows: Array<Record<string, unknown>> = await db.query(
    `SELECT d.id, d.status, d.attempts, d.next_attempt_at, d.claim_token, d.response_status,
       d.last_error, d.delivered_at, e.public_id
     FROM outbox_deliveries d JOIN outbox_events e ON e.id = d.event_id ORDER BY d.id`,
  );
  return rows.map(({ response_status: responseStatus, ...row }) => ({
    ...(row as Omit<DeliveryRow, "id" | "attempts" | "responseStatus">),
    id: String(row.id),
    attempts: Number(row.attempts),
    responseStatus: responseStatus === null ? null : Number(responseStatus),
  }));
}

/** Empties the outbox between tests (deliveries first: they point at the events). */
export async function clearOutbox(db: DataSource): Promise<void> {
  await db.query("DELETE FROM outbox_deliveries");
  await db.query("DELETE FROM outbox_events");
}

/** Polls `check` every 20 ms until it holds; throws after `timeoutMs`. */
export async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
