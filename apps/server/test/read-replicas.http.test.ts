import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import pino from "pino";
import type { DataSource } from "typeorm";
import { loadConfig } from "../src/config";
import { createDataSource } from "../src/db/data-source";
import { connectReadReplicas, type ReadReplicas } from "../src/db/read-replicas";
import { seedDemoData } from "../src/db/seed";
import { DEMO_PASSWORD } from "../src/db/demo-data";
import { createApp } from "../src/http/app";
import { GraphQLTestClient } from "./support/http";
import { startReplicatedPair, type ReplicatedPair } from "@allyhut/localdb/replication";

// A real primary with a binlog and a real replica of it, delayed on purpose (MASTER_DELAY): the
// lists come from the replica, yet a session always sees what it has just written.

const PENDING = `query { withdrawals(first: 100, status: PENDING) { nodes { id } } }`;
const STATUS_OF = `query { withdrawals(first: 100) { nodes { id status } } }`;
const APPROVE = `mutation Approve($input: ProcessWithdrawalInput!) {
  processWithdrawal(input: $input) { id status }
}`;
const BALANCE = `query { me { affiliateAccounts { id balance { available { amount } pending { amount } } } } }`;
const REQUEST = `mutation Request($input: RequestWithdrawalInput!) {
  requestWithdrawal(input: $input) { id affiliate { balance { available { amount } pending { amount } } } }
}`;
const REPLICA_DELAY_SECONDS = 3;

describe("read replicas with read-your-writes (DATABASE_REPLICA_URLS)", () => {
  let pair: ReplicatedPair;
  let db: DataSource;
  let reads: ReadReplicas;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    pair = await startReplicatedPair("allyhut_replicas");
    const config = loadConfig({
      NODE_ENV: "test",
      DATABASE_URL: pair.primaryUrl,
      DATABASE_REPLICA_URLS: pair.replicaUrl,
      REPLICA_WAIT_MS: "200",
      PORT: "0",
    });
    db = createDataSource({ url: config.databaseUrl, trackCommits: true });
    await db.initialize();
    await db.runMigrations();
    await seedDemoData(db);
    reads = await connectReadReplicas(db, config.databaseReplicaUrls, {
      waitMs: config.replicaWaitMs,
      createReplica: (replicaUrl) => createDataSource({ url: replicaUrl }),
    });
    const log = pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" });
    const { app } = await createApp({ db, reads, config, log });
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await pair.replicaCaughtUp();
  }, 120_000);

  afterAll(async () => {
    await new Promise<void>((resolve) => {
      server?.close(() => resolve());
      server?.closeAllConnections();
    });
    await reads?.close();
    await db?.destroy();
    await pair?.close();
  }, 60_000);

  const signedIn = async (email: string) => {
    const client = new GraphQLTestClient(url);
    await client.login(email, DEMO_PASSWORD);
    return client;
  };
  const statusIn = async (client: GraphQLTestClient, id: string) => {
    const answer = await client.request(STATUS_OF);
    expect(answer.body.errors).toBeUndefined();
    return answer.body.data!.withdrawals.nodes.find((w: { id: string }) => w.id === id)?.status;
  };
  const counted = () => ({ ...reads.counts });

  it("the seller who approved sees APPROVED at once; another session reads the delayed replica's PENDING until it catches up", async () => {
    const approver = await signedIn("coach@allyhut.test");
    const onlooker = await signedIn("coach@allyhut.test");
    await pair.replicaCaughtUp();

    let before = counted();
    const pending = await approver.request(PENDING);
    const id: string = pending.body.data!.withdrawals.nodes[0].id;
    // Its login's GTID: the replica has it, so the replica answers after a wait that returns at once.
    expect(counted().replicaAfterWait).toBeGreaterThan(before.replicaAfterWait);
    expect(approver.cookieHeader()).toMatch(/allyhut_read_after=0-1-\d+/);

    await pair.delayReplica(REPLICA_DELAY_SECONDS);
    const approved = await approver.request(APPROVE, {
      input: {
        withdrawalId: id,
        status: "APPROVED",
        receiptNumber: "PP-REPLICA-1",
        paidOn: new Date().toISOString().slice(0, 10),
      },
    });
    expect(approved.body).toEqual({ data: { processWithdrawal: { id, status: "APPROVED" } } });

    before = counted();
    expect(await statusIn(approver, id)).toBe("APPROVED");
    // The replica had not applied the approval within REPLICA_WAIT_MS: the primary answered.
    expect(counted().primaryAfterWait).toBe(before.primaryAfterWait + 1);

    expect(await statusIn(onlooker, id)).toBe("PENDING");
    const [onReplica] = await pair.onReplica(
      "SELECT status FROM allyhut_replicas.withdrawals WHERE id = ?",
      [id],
    );
    expect(onReplica?.status).toBe("PENDING");

    await pair.replicaCaughtUp(REPLICA_DELAY_SECONDS + 20);
    before = counted();
    expect(await statusIn(approver, id)).toBe("APPROVED");
    expect(counted().replicaAfterWait).toBe(before.replicaAfterWait + 1);
    expect(counted().primaryAfterWait).toBe(before.primaryAfterWait);
    expect(await statusIn(onlooker, id)).toBe("APPROVED");
    await pair.delayReplica(0);
  }, 60_000);

  it("a mutation reads the primary only: its answer shows the balance it just changed while the replica lags", async () => {
    const clark = await signedIn("clark@allyhut.test");
    const elsewhere = await signedIn("clark@allyhut.test");
    await pair.replicaCaughtUp();
    const [account] = (await elsewhere.request(BALANCE)).body.data!.me.affiliateAccounts;
    await pair.delayReplica(REPLICA_DELAY_SECONDS);

    const request = await clark.request(REQUEST, {
      input: { affiliateId: account.id, amount: "1.00", idempotencyKey: "replica-lag-1" },
    });
    expect(request.body.errors).toBeUndefined();
    const after = request.body.data!.requestWithdrawal.affiliate.balance;
    expect(cents(after.available.amount)).toBe(cents(account.balance.available.amount) - 100);
    expect(cents(after.pending.amount)).toBe(cents(account.balance.pending.amount) + 100);

    // The session that wrote nothing reads the replica, which has not applied it yet.
    const stale = (await elsewhere.request(BALANCE)).body.data!.me.affiliateAccounts[0];
    expect(stale.balance).toEqual(account.balance);

    await pair.delayReplica(0);
    await pair.replicaCaughtUp();
    const fresh = (await elsewhere.request(BALANCE)).body.data!.me.affiliateAccounts[0];
    expect(fresh.balance).toEqual(after);
  }, 60_000);

  it("a replica that fails: the reads go to the primary and the answers stay right", async () => {
    const seller = await signedIn("coach@allyhut.test");
    await pair.stopReplica();
    const before = counted();
    const answer = await seller.request(STATUS_OF);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data!.withdrawals.nodes.length).toBeGreaterThan(0);
    expect(counted().primaryAfterFailure).toBeGreaterThan(before.primaryAfterFailure);
  }, 60_000);
});

// "12.34" → 1234, exactly: the API's amounts have two decimals.
const cents = (amount: string): number => Number(amount.replace(".", ""));
