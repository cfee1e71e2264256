import { WebhookEventType } from "@allyhut/schema";
import { recordEvents } from "../src/modules/notifications/outbox";
import { FIXTURE_PASSWORD, createAffiliate, createSeller } from "./support/fixtures";
import { errorOf, startTestServer, type GraphQLTestClient, type TestServer } from "./support/http";
import { startWebhookReceiver, type WebhookReceiver } from "./support/webhook-receiver";

const CREATE = `mutation Create($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { secret endpoint { id url eventTypes createdAt } }
}`;
const LIST = `query List($first: Int) {
  webhookEndpoints {
    id url eventTypes createdAt
    deliveries(first: $first) { id eventType status attempts responseStatus createdAt deliveredAt }
  }
}`;
const DELETE = `mutation Delete($id: ID!) { deleteWebhookEndpoint(id: $id) }`;

describe("webhook endpoints over HTTP", () => {
  let server: TestServer;
  let receiver: WebhookReceiver;
  let seller: GraphQLTestClient;
  let sellerId: string;

  beforeAll(async () => {
    server = await startTestServer({ env: { ALLOW_PRIVATE_WEBHOOKS: "1" } });
    receiver = await startWebhookReceiver();
    const fixture = await createSeller(server.db.dataSource, { loginPassword: true });
    sellerId = fixture.sellerId;
    seller = server.client();
    await seller.login(fixture.owner.email, FIXTURE_PASSWORD);
  });
  afterAll(async () => {
    await receiver.close();
    await server.close();
  });

  const create = (client: GraphQLTestClient, url: string, eventTypes: string[]) =>
    client.request(CREATE, { input: { url, eventTypes } });
  const list = async (first?: number) => {
    const answer = await seller.request(LIST, { first });
    expect(errorOf(answer)).toBeNull();
    return answer.body.data!.webhookEndpoints as Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
  };

  it("creates an endpoint and shows its secret once: the list never has it", async () => {
    const created = await create(seller, `${receiver.url}/first`, ["SALE_RECORDED"]);
    expect(errorOf(created)).toBeNull();
    const { secret, endpoint } = created.body.data!.createWebhookEndpoint;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(endpoint).toEqual({
      id: expect.any(String),
      url: `${receiver.url}/first`,
      eventTypes: ["SALE_RECORDED"],
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    const second = await create(seller, `${receiver.url}/second`, [
      "WITHDRAWAL_PROCESSED",
      "SALE_REVERSED",
      "WITHDRAWAL_REQUESTED",
    ]);
    const listedAnswer = await seller.request(LIST);
    expect(JSON.stringify(listedAnswer.body)).not.toContain("whsec_");
    const listed = listedAnswer.body.data!.webhookEndpoints;
    expect(listed.map((e: { id: string }) => e.id)).toEqual([
      second.body.data!.createWebhookEndpoint.endpoint.id,
      endpoint.id,
    ]);
    // Stored in the enum's order, whatever order they were chosen in.
    expect(listed[0].eventTypes).toEqual([
      "WITHDRAWAL_REQUESTED",
      "WITHDRAWAL_PROCESSED",
      "SALE_REVERSED",
    ]);
    const [{ secret: stored }] = await server.db.dataSource.query(
      "SELECT secret FROM webhook_endpoints WHERE id = ?",
      [endpoint.id],
    );
    expect(stored).toBe(secret);
  });

  it.each([
    [[], "eventTypes"],
    [["SALE_RECORDED", "SALE_RECORDED"], "eventTypes"],
  ])("refuses event types %j on %s", async (eventTypes, field) => {
    const answer = await create(seller, `${receiver.url}/x`, eventTypes);
    expect(errorOf(answer)).toEqual({ code: "BAD_USER_INPUT", field });
  });

  it.each(["ftp://127.0.0.1/x", "not a url", "http://user:pw@127.0.0.1/x", ""])(
    "refuses the address %j on url",
    async (url) => {
      const answer = await create(seller, url, ["SALE_RECORDED"]);
      expect(errorOf(answer)).toEqual({ code: "BAD_USER_INPUT", field: "url" });
    },
  );

  it("lists each endpoint's newest deliveries with one statement for all endpoints", async () => {
    const endpoints = await list();
    const db = server.db.dataSource;
    await recordEvents(db, [
      { sellerId, type: WebhookEventType.SALE_RECORDED, data: { n: 1 } },
      { sellerId, type: WebhookEventType.SALE_REVERSED, data: { n: 2 } },
      { sellerId, type: WebhookEventType.WITHDRAWAL_PROCESSED, data: { n: 3 } },
    ]);
    const events: Array<{ id: string }> = await db.query(
      "SELECT id FROM outbox_events WHERE seller_id = ? ORDER BY id",
      [sellerId],
    );
    for (const endpoint of endpoints) {
      for (const [index, event] of events.entries()) {
        await db.query(
          `INSERT INTO outbox_deliveries (event_id, seller_id, channel, endpoint_id, status, attempts,
             next_attempt_at, response_status, delivered_at)
           VALUES (?, ?, 'WEBHOOK', ?, ?, ?, UTC_TIMESTAMP(3), ?, ?)`,
          index === 0
            ? [event.id, sellerId, endpoint.id, "DELIVERED", 1, 200, new Date()]
            : [event.id, sellerId, endpoint.id, "PENDING", index, index === 1 ? 500 : null, null],
        );
      }
    }
    const listed = await list(2);
    const statementsForTwo = seller.lastStatements;
    expect(statementsForTwo).toBeGreaterThan(0);
    expect(listed).toHaveLength(2);
    for (const endpoint of listed) {
      expect(endpoint.deliveries).toEqual([
        expect.objectContaining({
          eventType: "WITHDRAWAL_PROCESSED",
          status: "PENDING",
          attempts: 2,
          responseStatus: null,
          deliveredAt: null,
        }),
        expect.objectContaining({ eventType: "SALE_REVERSED", attempts: 1, responseStatus: 500 }),
      ]);
    }
    expect((await list())[0]!.deliveries.map((d: { status: string }) => d.status)).toEqual([
      "PENDING",
      "PENDING",
      "DELIVERED",
    ]);
    await create(seller, `${receiver.url}/third`, ["SALE_RECORDED"]);
    expect(await list(2)).toHaveLength(3);
    expect(seller.lastStatements).toBe(statementsForTwo);
  });

  it("refuses deliveries(first) outside 1..100 on first", async () => {
    for (const first of [0, 101]) {
      const answer = await seller.request(LIST, { first });
      expect(errorOf(answer)).toEqual({ code: "BAD_USER_INPUT", field: "first" });
    }
  });

  it("deletes an endpoint: gone from the list, its pending deliveries FAILED, the delivered kept", async () => {
    const [newest, , oldest] = await list();
    const deleted = await seller.request(DELETE, { id: oldest!.id });
    expect(deleted.body).toEqual({ data: { deleteWebhookEndpoint: true } });
    expect((await list()).map((e) => e.id)).not.toContain(oldest!.id);
    const rows = await server.db.dataSource.query(
      "SELECT status, last_error FROM outbox_deliveries WHERE endpoint_id = ? ORDER BY id",
      [oldest!.id],
    );
    expect(rows).toEqual([
      { status: "DELIVERED", last_error: null },
      { status: "FAILED", last_error: "endpoint deleted" },
      { status: "FAILED", last_error: "endpoint deleted" },
    ]);
    expect(errorOf(await seller.request(DELETE, { id: oldest!.id }))).toEqual({
      code: "NOT_FOUND",
    });
    expect((await list()).map((e) => e.id)).toContain(newest!.id);
  });

  it("another seller can neither see nor delete the endpoint (NOT_FOUND)", async () => {
    const [mine] = await list();
    const rival = await createSeller(server.db.dataSource, { loginPassword: true });
    const client = server.client();
    await client.login(rival.owner.email, FIXTURE_PASSWORD);
    expect((await client.request(LIST)).body.data).toEqual({ webhookEndpoints: [] });
    expect(errorOf(await client.request(DELETE, { id: mine!.id }))).toEqual({ code: "NOT_FOUND" });
    expect((await list()).map((e) => e.id)).toContain(mine!.id);
  });

  it("an affiliate or a signed-out caller gets FORBIDDEN or UNAUTHENTICATED", async () => {
    const affiliate = await createAffiliate(server.db.dataSource, sellerId, {
      loginPassword: true,
    });
    const client = server.client();
    await client.login(affiliate.user.email, FIXTURE_PASSWORD);
    expect(errorOf(await client.request(LIST))).toEqual({ code: "FORBIDDEN" });
    expect(errorOf(await create(client, `${receiver.url}/a`, ["SALE_RECORDED"]))).toEqual({
      code: "FORBIDDEN",
    });
    expect(errorOf(await server.client().request(LIST))).toEqual({ code: "UNAUTHENTICATED" });
  });

  it("allows at most 10 live endpoints (CONFLICT); a deleted one frees its place", async () => {
    const live = (await list()).length;
    for (let n = live; n < 10; n++) {
      expect(errorOf(await create(seller, `${receiver.url}/n${n}`, ["SALE_RECORDED"]))).toBeNull();
    }
    expect(errorOf(await create(seller, `${receiver.url}/eleventh`, ["SALE_RECORDED"]))).toEqual({
      code: "CONFLICT",
    });
    const [newest] = await list();
    await seller.request(DELETE, { id: newest!.id });
    expect(errorOf(await create(seller, `${receiver.url}/again`, ["SALE_RECORDED"]))).toBeNull();
  });
});
