// Fault 1: SIGKILL a Galera node during a write burst through HAProxy. The other two nodes go on,
// every answer is OK or an outage answer, every OK write's row exists on every node afterwards, and
// the node rejoins (IST) after a restart.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { RECORD_SALE, REQUEST_WITHDRAWAL } from "../faults/lib/graphql.mjs";
import { affiliateWithTenDollars } from "./race-withdrawals.mjs";
import { startGalera, waitForSyncedCluster } from "./galera.mjs";
import { HAPROXY_PORT, INSTANCES, NODES, readState, seconds, writeState } from "./lib.mjs";
import {
  attempt,
  isOutageAnswer,
  rowsOnEveryNode,
  signedIn,
  sleep,
  tally,
  timeUntil,
} from "./fault-common.mjs";
import { health } from "@allyhut/testkit";

const WORKERS = 16;
const KILL_AFTER_MS = 3_000;
const BURST_MS = 15_000;
// node3: not node1, the node a full restart bootstraps from and app1 (which migrates) talks to; its
// loss also shows HAProxy taking app3 (whose only node it is) out of the rotation.
const VICTIM = NODES[2];

/** One worker: sales and withdrawal requests alternately until `until`; outcomes pushed to `out`. */
async function worker(n, clients, fixture, until, out) {
  for (let i = 0; Date.now() < until; i++) {
    const startedAt = Date.now();
    if (i % 2 === 0) {
      const orderId = `galera-kill-${fixture.tag}-${n}-${i}`;
      const input = {
        referralCode: fixture.referralCode,
        offerId: fixture.offerId,
        orderId,
        saleAmount: "50.00",
      };
      const r = await attempt(clients.seller, RECORD_SALE, { input });
      out.push({ kind: "sale", key: orderId, startedAt, ...r });
    } else {
      const input = { affiliateId: fixture.affiliateId, amount: "0.01" };
      const r = await attempt(clients.affiliate, REQUEST_WITHDRAWAL, { input });
      out.push({ kind: "withdrawal", key: r.data?.requestWithdrawal?.id, startedAt, ...r });
    }
    if (out.at(-1).code !== "ok") await sleep(50);
  }
}

/** Whether the victim's log shows an incremental state transfer (not a full SST). */
function joinedByIst() {
  const log = path.join(VICTIM.baseDir, "mysqld.log");
  if (!existsSync(log)) return "no log";
  const text = readFileSync(log, "utf8");
  const last = text.slice(text.lastIndexOf("WSREP: Start replication"));
  if (/IST received|Receiving IST/i.test(last)) return "IST";
  if (/SST .*complete|rsync/i.test(last)) return "SST";
  return "unknown";
}

export async function galeraKill(say, expect) {
  const tag = `gk${Date.now().toString(36)}`;
  const fixture = { tag, ...(await affiliateWithTenDollars(tag)) };
  const front = `http://127.0.0.1:${HAPROXY_PORT}`;
  const clients = {
    seller: await signedIn(front, `race-seller-${tag}@allyhut.test`, fixture.password),
    affiliate: await signedIn(front, fixture.email, fixture.password),
  };
  const state = readState();
  const pid = state.nodes[VICTIM.name];
  say(
    `  ${WORKERS} workers: recordSale + requestWithdrawal(0.01) through HAProxy for ${seconds(BURST_MS)}`,
  );
  const outcomes = [];
  const startedAt = Date.now();
  const burst = Promise.all(
    Array.from({ length: WORKERS }, (_, n) =>
      worker(n, clients, fixture, startedAt + BURST_MS, outcomes),
    ),
  );
  await sleep(KILL_AFTER_MS);
  const killedAt = Date.now();
  process.kill(pid, "SIGKILL");
  say(`  SIGKILL ${VICTIM.name} (pid ${pid}) at +${seconds(killedAt - startedAt)}`);
  await burst;
  const before = outcomes.filter((o) => o.startedAt < killedAt);
  const during = outcomes.filter((o) => o.startedAt >= killedAt);
  say(`  before the kill: ${JSON.stringify(tally(before))}`);
  say(`  after the kill (node down): ${JSON.stringify(tally(during))}`);
  const odd = outcomes.filter((o) => o.code !== "ok" && !isOutageAnswer(o.code));
  if (odd.length) say(`  first odd answer: ${odd[0].code} ${odd[0].message}`);
  expect(
    !odd.length,
    `every failure is SERVICE_UNAVAILABLE or no answer (odd: ${JSON.stringify(tally(odd))})`,
  );
  expect(
    during.some((o) => o.code === "ok"),
    "the other nodes go on: writes succeed after the kill",
  );
  const lastFailure = Math.max(
    0,
    ...outcomes.filter((o) => o.code !== "ok").map((o) => o.startedAt + o.ms),
  );
  if (lastFailure) say(`  last failed answer ${seconds(lastFailure - killedAt)} after the kill`);

  // The longest stretch after the kill in which no request succeeded: the cluster's stall.
  const okEnds = during
    .filter((o) => o.code === "ok")
    .map((o) => o.startedAt + o.ms)
    .sort((a, b) => a - b);
  const gaps = [killedAt, ...okEnds].slice(1).map((end, i) => end - [killedAt, ...okEnds][i]);
  say(`  longest stretch after the kill with no OK answer: ${seconds(Math.max(0, ...gaps))}`);

  const okSales = outcomes.filter((o) => o.kind === "sale" && o.code === "ok").map((o) => o.key);
  const okWithdrawals = outcomes
    .filter((o) => o.kind === "withdrawal" && o.code === "ok")
    .map((o) => o.key);
  const live = NODES.filter((n) => n !== VICTIM);
  const check = async (what) => {
    const sales = await rowsOnEveryNode("commissions", "order_id", okSales, live);
    const withdrawals = await rowsOnEveryNode("withdrawals", "id", okWithdrawals, live);
    for (const [i, s] of sales.entries()) {
      expect(
        s.found === okSales.length && withdrawals[i].found === okWithdrawals.length,
        `${what} ${s.node}: ${s.found}/${okSales.length} OK sales, ${withdrawals[i].found}/${okWithdrawals.length} OK withdrawals`,
      );
    }
  };
  await check("nothing accepted lost,");

  const restartAt = Date.now();
  say(`  restarting ${VICTIM.name} ...`);
  await startGalera(
    state,
    () => {},
    () => writeState(state),
  );
  await waitForSyncedCluster();
  const rejoinMs = Date.now() - restartAt;
  const transfer = joinedByIst();
  say(
    `  ${VICTIM.name} Synced again ${seconds(rejoinMs)} after its restart (state transfer: ${transfer})`,
  );
  expect(transfer === "IST", `${VICTIM.name} rejoined by IST`);
  await check("after the rejoin,");
  const app = INSTANCES.find((i) => i.node === VICTIM);
  const appBack = await timeUntil(async () => (await health(app.url, 2000)) === 200, 30_000, 250);
  expect(appBack !== null, `${app.name} (on ${VICTIM.name}) healthy again`);
  return {
    before: tally(before),
    during: tally(during),
    rejoinMs,
    transfer,
    stallMs: Math.max(0, ...gaps),
  };
}
