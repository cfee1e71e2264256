import { WebhookEventType } from "@allyhut/schema";
import pino from "pino";
import type { EntityManager } from "typeorm";
import { inTransaction } from "../src/db/transaction";
import { DeliveryChannel } from "../src/modules/notifications/delivery";
import {
  createDispatcher,
  type DispatcherDeps,
} from "../src/modules/notifications/dispatcher/dispatcher";
import { recordEvents } from "../src/modules/notifications/outbox";
import { useTestDatabase } from "./support/database";
import { createProgram, createSeller, moneyServices } from "./support/fixtures";
import {
  WebhookReceiver,
  clearOutbox,
  deliveryRows,
  insertEndpoint,
  waitUntil,
  webhookTestChannels,
} from "./support/outbox-receiver";

const log = pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" });
const SMALL_RETRIES = { maxAttempts: 4, baseDelayMs: 1_000, maxDelayMs: 60_000, leaseMs: 10_000 };

describe("the outbox dispatcher", () => {
  const db = useTestDatabase();
  const receiver = new WebhookReceiver();
  let endpointId = "";
  let clock = new Date("2030-01-01T00:00:00.000Z");

  beforeAll(async () => {
    await receiver.start();
  });
  afterAll(() => receiver.close());
  beforeEach(async () => {
    await clearOutbox(db.dataSource);
    receiver.received.length = 0;
    receiver.mode = "ok";
    clock = new Date();
  });

  const dispatcher = (overrides: Partial<DispatcherDeps> = {}) =>
    createDispatcher({
      db: db.dataSource,
      log,
      channels: webhookTestChannels({ endpointId: () => endpointId, url: () => receiver.url }),
      now: () => clock,
      options: { retry: SMALL_RETRIES, random: () => 1 },
      ...overrides,
    });

  async function recordSale(orderId: string) {
    const program = await createProgram(db.dataSource);
    endpointId = await insertEndpoint(db.dataSource, program.seller.sellerId, receiver.url);
    return moneyServices(db.dataSource).commissions.record(program.seller.viewer, {
      referralCode: program.affiliate.referralCode,
      offerId: program.offerId,
      orderId,
      saleCents: 5_000,
    });
  }

  it("delivers a committed change once, with its event id and the object as the API shows it", async () => {
    const commission = await recordSale("ORDER-1");
    const [event] = await db.dataSource.query("SELECT public_id, planned_at FROM outbox_events");
    expect(event.planned_at).toBeNull();

    const round = await dispatcher().runOnce();
    expect(round).toMatchObject({
      eventsPlanned: 1,
      deliveriesPlanned: 1,
      claimed: 1,
      delivered: 1,
    });
    expect(receiver.received).toEqual([
      {
        webhookId: event.public_id,
        body: {
          type: WebhookEventType.SALE_RECORDED,
          timestamp: expect.any(String),
          data: { commission: expect.objectContaining({ id: commission.id, orderId: "ORDER-1" }) },
        },
      },
    ]);
    expect(await deliveryRows(db.dataSource)).toEqual([
      expect.objectContaining({
        status: "DELIVERED",
        attempts: 1,
        responseStatus: 200,
        claim_token: null,
        last_error: null,
        delivered_at: expect.any(Date),
      }),
    ]);
    expect(await dispatcher().runOnce()).toMatchObject({ eventsPlanned: 0, claimed: 0 });
    expect(receiver.received).toHaveLength(1);
  });

  it("never sees the event of a rolled-back transaction", async () => {
    const seller = await createSeller(db.dataSource);
    const change = inTransaction(db.dataSource, async (m) => {
      await recordEvents(m, [
        { sellerId: seller.sellerId, type: WebhookEventType.SALE_RECORDED, data: { n: 1 } },
      ]);
      const [{ written }] = await m.query("SELECT COUNT(*) AS written FROM outbox_events");
      expect(Number(written)).toBe(1);
      throw new Error("the change fails after its event was written");
    });
    await expect(change).rejects.toThrow("the change fails");
    const [{ events }] = await db.dataSource.query("SELECT COUNT(*) AS events FROM outbox_events");
    expect(Number(events)).toBe(0);
    expect(await dispatcher().runOnce()).toMatchObject({ eventsPlanned: 0, claimed: 0 });
    expect(receiver.received).toHaveLength(0);
  });

  it("retries a receiver answering 500 with doubling backoff, then FAILED after the last attempt", async () => {
    await recordSale("ORDER-500");
    receiver.mode = "error";
    const start = clock.getTime();
    const waits: number[] = [];
    for (let attempt = 1; attempt <= SMALL_RETRIES.maxAttempts; attempt++) {
      const round = await dispatcher().runOnce();
      expect(round.claimed).toBe(1);
      const [row] = await deliveryRows(db.dataSource);
      expect(row).toMatchObject({ attempts: attempt, responseStatus: 500, last_error: "HTTP 500" });
      if (attempt === SMALL_RETRIES.maxAttempts) {
        expect(row).toMatchObject({ status: "FAILED", claim_token: null });
        break;
      }
      expect(row!.status).toBe("PENDING");
      const next = (row!.next_attempt_at as Date).getTime();
      waits.push(next - clock.getTime());
      // Not due yet: a round now claims nothing.
      expect(await dispatcher().runOnce()).toMatchObject({ claimed: 0 });
      clock = new Date(next);
    }
    // random() = 1 pins the full jitter at its ceiling: 1 s, 2 s, 4 s.
    expect(waits).toEqual([1_000, 2_000, 4_000]);
    expect(clock.getTime() - start).toBe(7_000);
    expect(receiver.received).toHaveLength(SMALL_RETRIES.maxAttempts);
    expect(new Set(receiver.received.map((post) => post.webhookId)).size).toBe(1);
    clock = new Date(clock.getTime() + 3_600_000);
    expect(await dispatcher().runOnce()).toMatchObject({ claimed: 0 });
  });

  it("retries a receiver that is down (closed port) within the jittered backoff, then FAILED", async () => {
    const down = await new WebhookReceiver().start();
    const closedUrl = down.url;
    await down.close();
    await recordSale("ORDER-DOWN");
    const run = () =>
      dispatcher({
        channels: webhookTestChannels({ endpointId: () => endpointId, url: () => closedUrl }),
        options: { retry: { ...SMALL_RETRIES, maxAttempts: 2 } },
      }).runOnce();
    expect(await run()).toMatchObject({ claimed: 1, retried: 1 });
    const [first] = await deliveryRows(db.dataSource);
    expect(first).toMatchObject({ status: "PENDING", attempts: 1, responseStatus: null });
    expect(first!.last_error).toMatch(/fetch failed/);
    const wait = (first!.next_attempt_at as Date).getTime() - clock.getTime();
    expect(wait).toBeGreaterThanOrEqual(0);
    expect(wait).toBeLessThanOrEqual(SMALL_RETRIES.baseDelayMs);
    clock = new Date(clock.getTime() + SMALL_RETRIES.baseDelayMs);
    expect(await run()).toMatchObject({ claimed: 1, failed: 1 });
    expect((await deliveryRows(db.dataSource))[0]).toMatchObject({ status: "FAILED", attempts: 2 });
  });

  it("fails at once a delivery whose channel has no sender, a thrown sender counts as an attempt", async () => {
    const seller = await createSeller(db.dataSource);
    await recordEvents(db.dataSource, [
      { sellerId: seller.sellerId, type: WebhookEventType.SALE_RECORDED, data: {} },
    ]);
    const channels = {
      planners: [
        {
          plan: async () => [
            { channel: DeliveryChannel.EMAIL, emailTo: "a@example.test", emailKind: "test" },
            { channel: DeliveryChannel.WEBHOOK, endpointId: null },
          ],
        },
      ],
      senders: {
        [DeliveryChannel.WEBHOOK]: {
          send: async () => {
            throw new Error("x".repeat(600));
          },
        },
      },
    };
    expect(await dispatcher({ channels }).runOnce()).toMatchObject({
      deliveriesPlanned: 2,
      failed: 1,
      retried: 1,
    });
    const rows = await deliveryRows(db.dataSource);
    expect(rows[0]).toMatchObject({
      status: "FAILED",
      attempts: 1,
      last_error: "no sender for channel EMAIL on this server",
    });
    expect(rows[1]).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(rows[1]!.last_error).toHaveLength(500);
  });

  it("plans an event no planner wants without deliveries", async () => {
    const seller = await createSeller(db.dataSource);
    await recordEvents(db.dataSource, [
      { sellerId: seller.sellerId, type: WebhookEventType.SALE_REVERSED, data: {} },
    ]);
    const channels = { planners: [{ plan: async () => [] }], senders: {} };
    expect(await dispatcher({ channels }).runOnce()).toMatchObject({
      eventsPlanned: 1,
      deliveriesPlanned: 0,
      claimed: 0,
    });
    const [event] = await db.dataSource.query("SELECT planned_at FROM outbox_events");
    expect(event.planned_at).toBeInstanceOf(Date);
  });

  it("reruns the planning round when a deadlock (on Galera a BF abort) rolled it all back", async () => {
    const seller = await createSeller(db.dataSource);
    await recordEvents(db.dataSource, [
      { sellerId: seller.sellerId, type: WebhookEventType.SALE_RECORDED, data: {} },
    ]);
    let calls = 0;
    const planner = {
      plan: async (m: EntityManager) => {
        calls++;
        if (calls > 1) return [];
        // What the server does to a deadlock victim: the whole transaction (savepoints too) is gone.
        await m.query("ROLLBACK");
        throw Object.assign(new Error("Deadlock found when trying to get lock"), { errno: 1213 });
      },
    };
    const channels = { planners: [planner], senders: {} };
    expect(await dispatcher({ channels }).runOnce()).toMatchObject({
      eventsPlanned: 1,
      deliveriesPlanned: 0,
    });
    expect(calls).toBe(2);
    const [event] = await db.dataSource.query("SELECT planned_at FROM outbox_events");
    expect(event.planned_at).toBeInstanceOf(Date);
  });

  it("runs in the background once started, and stop() waits for the send in flight", async () => {
    const running = dispatcher({ now: undefined, options: { idlePollMs: 20 } });
    running.start();
    try {
      await recordSale("ORDER-BACKGROUND");
      await waitUntil(() => receiver.received.length === 1);
      await waitUntil(async () => (await deliveryRows(db.dataSource))[0]?.status === "DELIVERED");
      receiver.mode = "hold";
      await recordSale("ORDER-HELD");
      await waitUntil(() => receiver.held === 1);
    } finally {
      const stopped = running.stop();
      let done = false;
      void stopped.then(() => (done = true));
      await new Promise((resolve) => setTimeout(resolve, 200));
      // The held send is still in flight: stop() has not returned.
      expect(done).toBe(false);
      receiver.mode = "ok";
      await stopped;
    }
    expect(running.totals).toMatchObject({ eventsPlanned: 2, delivered: 1, retried: 1 });
  });
});
