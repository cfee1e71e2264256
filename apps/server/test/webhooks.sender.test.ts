import { WebhookEventType } from "@allyhut/schema";
import { Webhook, WebhookVerificationError } from "standardwebhooks";
import {
  DeliveryChannel,
  type ClaimedDelivery,
  type OutboxEventRecord,
} from "../src/modules/notifications/delivery";
import { newPublicEventId } from "../src/modules/notifications/outbox";
import { WebhookService } from "../src/modules/notifications/webhooks/webhook.service";
import { createWebhookSender } from "../src/modules/notifications/webhooks/webhook-sender";
import type {
  HostResolver,
  WebhookUrlPolicy,
} from "../src/modules/notifications/webhooks/webhook-url-guard";
import { useTestDatabase } from "./support/database";
import { createSeller, serviceDeps, type SellerFixture } from "./support/fixtures";
import {
  closedPort,
  startWebhookReceiver,
  status,
  type WebhookReceiver,
} from "./support/webhook-receiver";

const DEVELOPMENT: WebhookUrlPolicy = { allowPrivate: true };

const processedEvent = (sellerId: string): OutboxEventRecord => ({
  id: "1",
  publicId: newPublicEventId(),
  sellerId,
  type: WebhookEventType.WITHDRAWAL_PROCESSED,
  occurredAt: new Date("2026-02-03T04:05:06.789Z"),
  data: { withdrawal: { id: "42", amount: "15.00", status: "APPROVED", note: "Merci ✓" } },
});

describe("the webhook sender, posting to a real receiver", () => {
  const db = useTestDatabase();
  let seller: SellerFixture;
  let receiver: WebhookReceiver;
  let other: WebhookReceiver;

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    other = await startWebhookReceiver();
  });
  afterAll(async () => {
    await receiver.close();
    await other.close();
  });
  beforeEach(() => {
    receiver.posts.length = 0;
    other.posts.length = 0;
    receiver.answerWith(status(204));
  });

  /** An endpoint created through the service (a seller has at most 10), and a delivery to it. */
  async function endpointAndDelivery(url: string, policy: WebhookUrlPolicy = DEVELOPMENT) {
    seller = await createSeller(db.dataSource);
    const service = new WebhookService({ ...serviceDeps(db.dataSource), webhookUrls: policy });
    const created = await service.create(seller.viewer, {
      url,
      eventTypes: [WebhookEventType.WITHDRAWAL_PROCESSED],
    });
    const delivery: ClaimedDelivery = {
      id: "1",
      sellerId: seller.sellerId,
      channel: DeliveryChannel.WEBHOOK,
      endpointId: created.endpoint.id,
      emailTo: null,
      emailKind: null,
      attempt: 1,
      event: processedEvent(seller.sellerId),
    };
    return { ...created, service, delivery };
  }
  const send = (delivery: ClaimedDelivery, options: { timeoutMs?: number } = {}) =>
    createWebhookSender({ db: db.dataSource, policy: DEVELOPMENT, ...options }).send(delivery);

  it("posts the event signed: the standardwebhooks verifier accepts it, a tampered body not", async () => {
    const { secret, delivery } = await endpointAndDelivery(`${receiver.url}/hooks/allyhut?k=1`);
    expect(await send(delivery)).toEqual({ delivered: true, responseStatus: 204 });
    expect(receiver.posts).toHaveLength(1);
    const [post] = receiver.posts;
    expect(post!.path).toBe("/hooks/allyhut?k=1");
    expect(post!.headers).toMatchObject({
      "content-type": "application/json",
      "user-agent": "AllyHut-Webhooks/1",
      "webhook-id": delivery.event.publicId,
    });
    const headers = post!.headers as Record<string, string>;
    expect(Math.abs(Number(headers["webhook-timestamp"]) - Date.now() / 1000)).toBeLessThan(60);
    expect(headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/=]+$/);
    const verified = new Webhook(secret).verify(post!.body, headers);
    expect(verified).toEqual({
      type: "WITHDRAWAL_PROCESSED",
      timestamp: "2026-02-03T04:05:06.789Z",
      data: delivery.event.data,
    });
    const tampered = post!.body.replace("15.00", "1500.00");
    expect(() => new Webhook(secret).verify(tampered, headers)).toThrow(WebhookVerificationError);
    const otherSecret = `whsec_${Buffer.alloc(24, 7).toString("base64")}`;
    expect(() => new Webhook(otherSecret).verify(post!.body, headers)).toThrow(
      WebhookVerificationError,
    );
  });

  it("gives every endpoint its own whsec_ secret of 24 random bytes", async () => {
    const a = await endpointAndDelivery(`${receiver.url}/a`);
    const b = await endpointAndDelivery(`${receiver.url}/b`);
    for (const secret of [a.secret, b.secret]) {
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
      expect(Buffer.from(secret.slice(6), "base64")).toHaveLength(24);
    }
    expect(a.secret).not.toBe(b.secret);
  });

  it("a 500 is a failure to retry, with its status", async () => {
    const { delivery } = await endpointAndDelivery(`${receiver.url}/hook`);
    receiver.answerWith(status(500));
    expect(await send(delivery)).toEqual({
      delivered: false,
      error: "HTTP 500",
      responseStatus: 500,
    });
    expect(receiver.posts).toHaveLength(1);
  });

  it("410 Gone is a failure for good", async () => {
    const { delivery } = await endpointAndDelivery(`${receiver.url}/hook`);
    receiver.answerWith(status(410));
    expect(await send(delivery)).toMatchObject({
      delivered: false,
      responseStatus: 410,
      permanent: true,
    });
  });

  it("a closed port is a failure to retry", async () => {
    const { delivery } = await endpointAndDelivery(`http://127.0.0.1:${await closedPort()}/hook`);
    const outcome = await send(delivery);
    expect(outcome).toEqual({ delivered: false, error: expect.stringMatching(/ECONNREFUSED/) });
  });

  it("a redirect is not followed: a failed attempt with its status, its target gets nothing", async () => {
    const { delivery } = await endpointAndDelivery(`${receiver.url}/hook`);
    receiver.answerWith(status(307, { location: `${other.url}/stolen` }));
    expect(await send(delivery)).toEqual({
      delivered: false,
      error: "HTTP 307: redirects are not followed",
      responseStatus: 307,
    });
    receiver.answerWith(status(302, { location: "http://127.0.0.1:1/metadata" }));
    expect(await send(delivery)).toMatchObject({ delivered: false, responseStatus: 302 });
    expect(other.posts).toEqual([]);
  });

  it("a receiver slower than the timeout is a failure to retry, given up at the timeout", async () => {
    const { delivery } = await endpointAndDelivery(`${receiver.url}/hook`);
    receiver.answerWith((response) => setTimeout(() => response.end(), 2_000).unref());
    const started = Date.now();
    const outcome = await send(delivery, { timeoutMs: 200 });
    expect(outcome).toEqual({ delivered: false, error: "no answer within 0.2 s" });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it("an endless answer is not read to its end", async () => {
    const { delivery } = await endpointAndDelivery(`${receiver.url}/hook`);
    receiver.answerWith((response) => {
      response.writeHead(200);
      const chunk = Buffer.alloc(64 * 1024, 120);
      const pump = () => {
        while (!response.destroyed && response.write(chunk));
        if (!response.destroyed) response.once("drain", pump);
      };
      pump();
    });
    expect(await send(delivery, { timeoutMs: 2_000 })).toEqual({
      delivered: true,
      responseStatus: 200,
    });
  });

  it("a deleted endpoint gets nothing: a failure for good", async () => {
    const { delivery, endpoint, service } = await endpointAndDelivery(`${receiver.url}/hook`);
    await service.delete(seller.viewer, endpoint.id);
    expect(await send(delivery)).toEqual({
      delivered: false,
      error: "endpoint deleted",
      permanent: true,
    });
    expect(receiver.posts).toEqual([]);
  });

  it("connects to the address it checked, not to what the system resolver would say", async () => {
    // hooks.example.test exists only in this resolver: the post arrives only if the check's address is used.
    const resolve: HostResolver = async () => [{ address: "127.0.0.1", family: 4 }];
    const url = `http://hooks.example.test:${receiver.port}/pinned`;
    const { delivery } = await endpointAndDelivery(url, { allowPrivate: true, resolve });
    const sender = createWebhookSender({
      db: db.dataSource,
      policy: { allowPrivate: true, resolve },
    });
    expect(await sender.send(delivery)).toEqual({ delivered: true, responseStatus: 204 });
    expect(receiver.posts.map((post) => [post.path, post.headers.host])).toEqual([
      ["/pinned", `hooks.example.test:${receiver.port}`],
    ]);
  });

  it("a name that no longer resolves is a failure to retry; so is a DNS slower than the timeout", async () => {
    let zone: Record<string, string> = { "hooks.example.com": "93.184.216.34" };
    const resolve: HostResolver = async (name) => {
      if (name === "slow.example.com") await new Promise((done) => setTimeout(done, 1_000));
      const address = zone[name];
      if (!address) throw Object.assign(new Error("ENOTFOUND"), { code: "ENOTFOUND" });
      return [{ address, family: 4 }];
    };
    const production: WebhookUrlPolicy = { allowPrivate: false, resolve };
    const { delivery } = await endpointAndDelivery("https://hooks.example.com/hook", production);
    zone = {};
    const sender = createWebhookSender({ db: db.dataSource, policy: production, timeoutMs: 200 });
    expect(await sender.send(delivery)).toEqual({
      delivered: false,
      error: "The endpoint's host hooks.example.com does not resolve.",
      permanent: false,
    });
    zone = { "slow.example.com": "93.184.216.34" };
    const slow = await endpointAndDelivery("https://slow.example.com/hook", production);
    expect(await sender.send(slow.delivery)).toEqual({
      delivered: false,
      error: "no address within 0.2 s",
    });
  });

  it("a name public at creation and private at delivery is refused for good, nothing sent", async () => {
    let answer = "93.184.216.34";
    const resolve: HostResolver = async () => [{ address: answer, family: 4 }];
    const production: WebhookUrlPolicy = { allowPrivate: false, resolve };
    const { delivery } = await endpointAndDelivery("https://hooks.example.com/hook", production);
    answer = "127.0.0.1";
    const sender = createWebhookSender({ db: db.dataSource, policy: production });
    expect(await sender.send(delivery)).toEqual({
      delivered: false,
      error: "The endpoint address must be reachable on the public internet.",
      permanent: true,
    });
    expect(receiver.posts).toEqual([]);
  });
});
