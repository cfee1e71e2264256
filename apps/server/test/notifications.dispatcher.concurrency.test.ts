import { WebhookEventType } from "@allyhut/schema";
import pino from "pino";
import type { DataSource } from "typeorm";
import { createDataSource } from "../src/db/data-source";
import {
  createDispatcher,
  type Dispatcher,
} from "../src/modules/notifications/dispatcher/dispatcher";
import { claimDueDeliveries } from "../src/modules/notifications/dispatcher/delivery-claims";
import {
  recordDeliveredBatch,
  recordOutcome,
} from "../src/modules/notifications/dispatcher/delivery-outcomes";
import { DEFAULT_RETRY_POLICY } from "../src/modules/notifications/dispatcher/retry-policy";
import { recordEvents } from "../src/modules/notifications/outbox";
import { useTestDatabase } from "./support/database";
import { createSeller } from "./support/fixtures";
import {
  WebhookReceiver,
  clearOutbox,
  deliveryRows,
  insertEndpoint,
  webhookTestChannels,
} from "./support/outbox-receiver";

const log = pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" });
const LEASE_MS = 10_000;

describe("dispatchers side by side", () => {
  const db = useTestDatabase();
  const receiver = new WebhookReceiver();
  let second: DataSource;
  let sellerId = "";
  let endpointId = "";

  beforeAll(async () => {
    await receiver.start();
    second = createDataSource({ url: db.url });
    await second.initialize();
    sellerId = (await createSeller(db.dataSource)).sellerId;
    endpointId = await insertEndpoint(db.dataSource, sellerId, receiver.url);
  });
  afterAll(async () => {
    await second.destroy();
    await receiver.close();
  });
  beforeEach(async () => {
    await clearOutbox(db.dataSource);
    receiver.received.length = 0;
    receiver.mode = "ok";
  });

  const dispatcherOn = (dataSource: DataSource, now?: () => Date): Dispatcher =>
    createDispatcher({
      db: dataSource,
      log,
      channels: webhookTestChannels({ endpointId: () => endpointId, url: () => receiver.url }),
      now,
      options: { planBatch: 15, claimBatch: 10, retry: { leaseMs: LEASE_MS } },
    });

  /** What a dispatcher claims at `now` (up to `limit`), without sending. */
  const claimAt = (now: Date, limit: number) =>
    claimDueDeliveries(db.dataSource, { limit, now, leaseMs: LEASE_MS, maxAttempts: 8 });

  const recordSales = (count: number) =>
    recordEvents(
      db.dataSource,
      Array.from({ length: count }, (_, n) => ({
        sellerId,
        type: WebhookEventType.SALE_RECORDED,
        data: { n },
      })),
    );

  it("two dispatchers on two pools over 200 events send every delivery exactly once", async () => {
    await recordSales(200);
    const dispatchers = [dispatcherOn(db.dataSource), dispatcherOn(second)];
    const worked = await Promise.all(
      dispatchers.map(async (dispatcher) => {
        let delivered = 0;
        let idleRounds = 0;
        // Rounds until neither planning nor claiming finds anything, twice in a row.
        while (idleRounds < 2) {
          const round = await dispatcher.runOnce();
          delivered += round.delivered;
          idleRounds = round.eventsPlanned + round.claimed === 0 ? idleRounds + 1 : 0;
        }
        return delivered;
      }),
    );
    expect(worked[0]! + worked[1]!).toBe(200);
    // SKIP LOCKED let both work at once rather than one waiting behind the other.
    expect(worked[0]).toBeGreaterThan(0);
    expect(worked[1]).toBeGreaterThan(0);
    const counts = receiver.countsById();
    expect(counts.size).toBe(200);
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
    const rows = await deliveryRows(db.dataSource);
    expect(rows).toHaveLength(200);
    expect(rows.every((row) => row.status === "DELIVERED" && row.attempts === 1)).toBe(true);
    const [{ unplanned }] = await db.dataSource.query(
      "SELECT COUNT(*) AS unplanned FROM outbox_events WHERE planned_at IS NULL",
    );
    expect(Number(unplanned)).toBe(0);
  });

  it("sends a crashed claim again once its lease ran out; the stale claim's outcome changes nothing", async () => {
    await recordSales(1);
    const t0 = new Date();
    await dispatcherOn(db.dataSource).runOnce(); // plans it; the receiver gets it once
    expect(receiver.received).toHaveLength(1);
    await db.dataSource.query(
      "UPDATE outbox_deliveries SET status = 'PENDING', next_attempt_at = ?, attempts = 0",
      [t0],
    );
    receiver.received.length = 0;

    // Dispatcher A claims it, then "dies" before sending (its process was killed).
    const [crashed] = await claimAt(t0, 10);
    expect(crashed!.delivery.attempt).toBe(1);
    const at = (ms: number) => () => new Date(t0.getTime() + ms);
    // Within the lease nobody else takes it.
    expect(await dispatcherOn(second, at(LEASE_MS - 1)).runOnce()).toMatchObject({ claimed: 0 });
    // Past the lease, dispatcher B does.
    expect(await dispatcherOn(second, at(LEASE_MS + 1)).runOnce()).toMatchObject({
      claimed: 1,
      delivered: 1,
    });
    expect(receiver.received).toHaveLength(1);
    const [delivered] = await deliveryRows(db.dataSource);
    expect(delivered).toMatchObject({ status: "DELIVERED", attempts: 2 });

    // A's late outcome, under its old claim token: nothing changes.
    const late = await recordOutcome(
      db.dataSource,
      DEFAULT_RETRY_POLICY,
      { ...crashed!.delivery, claimToken: crashed!.claimToken },
      { delivered: false, error: "A woke up late" },
      { now: at(LEASE_MS + 2)() },
    );
    expect(late).toEqual({ status: "STALE" });
    expect((await deliveryRows(db.dataSource))[0]).toEqual(delivered);
  });

  it("a stale claim cannot record over the claim that took the delivery over", async () => {
    await recordSales(1);
    const t0 = new Date();
    await dispatcherOn(db.dataSource, () => t0).runOnce();
    await db.dataSource.query(
      "UPDATE outbox_deliveries SET status = 'PENDING', next_attempt_at = ?, attempts = 0",
      [t0],
    );
    const [first] = await claimAt(t0, 1);
    const later = new Date(t0.getTime() + LEASE_MS + 1);
    const [takeover] = await claimAt(later, 1);
    expect(takeover!.claimToken).not.toBe(first!.claimToken);
    const ref = (claim: typeof first) => ({ ...claim!.delivery, claimToken: claim!.claimToken });
    const options = { now: later };
    const outcome = { delivered: true as const, responseStatus: 200 };
    expect(
      await recordOutcome(db.dataSource, DEFAULT_RETRY_POLICY, ref(first), outcome, options),
    ).toEqual({
      status: "STALE",
    });
    expect((await deliveryRows(db.dataSource))[0]).toMatchObject({
      status: "PENDING",
      attempts: 2,
      claim_token: takeover!.claimToken,
    });
    expect(
      await recordOutcome(db.dataSource, DEFAULT_RETRY_POLICY, ref(takeover), outcome, options),
    ).toEqual({
      status: "DELIVERED",
    });
  });

  it("a group-committed DELIVERED batch records only the attempts still holding their claim", async () => {
    await recordSales(3);
    const t0 = new Date();
    await dispatcherOn(db.dataSource, () => t0).runOnce();
    await db.dataSource.query(
      "UPDATE outbox_deliveries SET status = 'PENDING', next_attempt_at = ?, response_status = NULL",
      [t0],
    );
    const claims = await claimAt(t0, 3);
    expect(claims).toHaveLength(3);
    // The last one's lease ran out and another dispatcher took it over.
    const later = new Date(t0.getTime() + LEASE_MS + 1);
    await db.dataSource.query(
      "UPDATE outbox_deliveries SET claim_token = 'clm_other' WHERE id = ?",
      [claims[2]!.delivery.id],
    );
    const attempts = claims.map((c, n) => ({
      ...c.delivery,
      claimToken: c.claimToken,
      responseStatus: 200 + n,
    }));
    expect(await recordDeliveredBatch(db.dataSource, attempts, later)).toBe(2);
    const rows = await deliveryRows(db.dataSource);
    expect(rows.map((row) => [row.status, row.responseStatus, row.claim_token])).toEqual([
      ["DELIVERED", 200, null],
      ["DELIVERED", 201, null],
      ["PENDING", null, "clm_other"],
    ]);
  });

  it("fails, without sending it again, a delivery whose last attempt's process died mid-send", async () => {
    await recordSales(1);
    const t0 = new Date();
    await dispatcherOn(db.dataSource, () => t0).runOnce();
    receiver.received.length = 0;
    // As a dispatcher killed during attempt 8 of 8 leaves it: PENDING, claimed, lease run out.
    await db.dataSource.query(
      "UPDATE outbox_deliveries SET status = 'PENDING', attempts = 8, claim_token = 'clm_dead', next_attempt_at = ?",
      [t0],
    );
    expect(await dispatcherOn(db.dataSource, () => t0).runOnce()).toMatchObject({ claimed: 0 });
    expect(receiver.received).toHaveLength(0);
    const [row] = await deliveryRows(db.dataSource);
    expect(row).toMatchObject({ status: "FAILED", attempts: 8, claim_token: null });
    expect(row!.last_error).toMatch(/last attempt stopped/);
  });
});
