// Fault 3: SIGSTOP the Galera node one instance uses (a network stop without a firewall: the node
// holds its connections but answers nothing) while requests go to that instance directly. Shown:
// the request deadline (a 503 within about REQUEST_DEADLINE_MS, not a hang), /health turning 503 so
// HAProxy takes the instance out, then SIGCONT and the time until the instance answers again.
import { readFileSync } from "node:fs";
import path from "node:path";
import { health } from "@allyhut/testkit";
import { AFFILIATES } from "../faults/lib/graphql.mjs";
import { waitForSyncedCluster } from "./galera.mjs";
import { CLUSTER_DIR, HAPROXY_PORT, INSTANCES, NODES, readState, seconds } from "./lib.mjs";
import {
  attempt,
  haproxySaysUp,
  isOutageAnswer,
  nodeState,
  signedIn,
  sleep,
  tally,
  timeUntil,
} from "./fault-common.mjs";

const DEADLINE_MS = Number(process.env.REQUEST_DEADLINE_MS || 4_500);
const DEADLINE_SLACK_MS = 2_000;
const FROZEN_MS = 15_000;
const INSTANCE = INSTANCES[1];
const NODE = INSTANCE.node;
const HAPROXY_LOG = path.join(CLUSTER_DIR, "haproxy.log");
const haproxyMarkedDown = (from) =>
  readFileSync(HAPROXY_LOG, "utf8").slice(from).includes(`apps/${INSTANCE.name} is DOWN`);

export async function nodeFreeze(say, expect) {
  const direct = await signedIn(INSTANCE.url, "coach@allyhut.test", "allyhut-demo");
  const front = await signedIn(
    `http://127.0.0.1:${HAPROXY_PORT}`,
    "coach@allyhut.test",
    "allyhut-demo",
  );
  const inRotation = await timeUntil(async () => haproxySaysUp(INSTANCE.name), 15_000, 100);
  expect(inRotation !== null, `HAProxy has ${INSTANCE.name} UP before the freeze`);
  const warm = await attempt(direct, AFFILIATES, {});
  expect(warm.code === "ok", `${INSTANCE.name} answers before the freeze (${warm.ms} ms)`);
  const pid = readState().nodes[NODE.name];
  const logFrom = readFileSync(HAPROXY_LOG, "utf8").length;

  const frozenAt = Date.now();
  process.kill(pid, "SIGSTOP");
  say(
    `  SIGSTOP ${NODE.name} (pid ${pid}), the only node of ${INSTANCE.name}; deadline ${DEADLINE_MS} ms`,
  );
  // Watched from the freeze on, so the time is when HAProxy logged it, not when it was looked at.
  const downWatch = timeUntil(async () => haproxyMarkedDown(logFrom), 20_000, 100);
  let stopFront = false;
  const frontOutcomes = [];
  const frontLoop = (async () => {
    while (!stopFront) frontOutcomes.push(await attempt(front, AFFILIATES, {}, 10_000));
  })();
  try {
    const answers = await Promise.all(
      [0, 1, 2].map(() => attempt(direct, AFFILIATES, {}, DEADLINE_MS + 10_000)),
    );
    for (const a of answers)
      say(`  direct read to ${INSTANCE.name}: ${a.code} (HTTP ${a.status}) after ${a.ms} ms`);
    expect(
      answers.every((a) => a.code === "SERVICE_UNAVAILABLE" && a.status === 503),
      "every direct request answers 503 SERVICE_UNAVAILABLE",
    );
    expect(
      answers.every((a) => a.ms <= DEADLINE_MS + DEADLINE_SLACK_MS),
      `within the deadline + ${seconds(DEADLINE_SLACK_MS)} (longest ${Math.max(...answers.map((a) => a.ms))} ms): no hang`,
    );
    const healthDownMs = await timeUntil(
      async () => (await health(INSTANCE.url, 4000)) === 503,
      15_000,
    );
    say(
      `  ${INSTANCE.name} /health 503 (first seen ${seconds(Date.now() - frozenAt)} after the freeze)`,
    );
    expect(healthDownMs !== null, `${INSTANCE.name} /health turns 503`);
    const takenOut = await downWatch;
    say(
      `  HAProxy marks ${INSTANCE.name} DOWN ${takenOut === null ? "never" : seconds(takenOut)} after the freeze`,
    );
    expect(takenOut !== null, `HAProxy takes ${INSTANCE.name} out of the rotation`);
    const othersMs = await timeUntil(
      async () =>
        (await Promise.all(NODES.filter((n) => n !== NODE).map(nodeState))).every(
          (s) => s === "2 Synced",
        ),
      20_000,
      500,
    );
    say(
      `  the other nodes go on as a cluster of 2 (${othersMs === null ? "not seen" : `${seconds(Date.now() - frozenAt)} after the freeze`})`,
    );
    expect(othersMs !== null, "the two other nodes form a primary component of 2");
    await sleep(Math.max(0, FROZEN_MS - (Date.now() - frozenAt)));
  } finally {
    process.kill(pid, "SIGCONT");
  }
  const resumedAt = Date.now();
  say(`  SIGCONT ${NODE.name} after ${seconds(resumedAt - frozenAt)} frozen`);
  // The thawed node first believes it is still Synced, then learns it was evicted and rejoins: so
  // reads go on until the cluster is whole again and a few seconds more, and recovery is the end of
  // the last failure.
  const after = [];
  let synced = false;
  const probing = (async () => {
    for (let quiet = null; !quiet || Date.now() - quiet < 3_000;) {
      const startedAt = Date.now();
      const outcome = await attempt(direct, AFFILIATES, {}, DEADLINE_MS + 5_000);
      after.push({ startedAt, ...outcome });
      if (synced && !quiet) quiet = Date.now();
      if (Date.now() - resumedAt > 120_000) break;
      await sleep(100);
    }
  })();
  await waitForSyncedCluster();
  const syncedMs = Date.now() - resumedAt;
  synced = true;
  await probing;
  say(`  3 nodes Synced ${seconds(syncedMs)} after SIGCONT`);
  const failures = after.filter((o) => o.code !== "ok");
  const lastFailureEnd = Math.max(resumedAt, ...failures.map((o) => o.startedAt + o.ms));
  const answersMs = lastFailureEnd - resumedAt;
  say(`  direct reads to ${INSTANCE.name} after SIGCONT: ${JSON.stringify(tally(after))}`);
  say(`  ${INSTANCE.name} answers every request again ${seconds(answersMs)} after SIGCONT`);
  expect(
    failures.every((o) => isOutageAnswer(o.code)),
    `failures after SIGCONT are outage answers only (${JSON.stringify(tally(failures))})`,
  );
  expect(after.at(-1)?.code === "ok", `${INSTANCE.name} answers again after SIGCONT`);
  stopFront = true;
  await frontLoop;
  say(`  reads through HAProxy meanwhile: ${JSON.stringify(tally(frontOutcomes))}`);
  const frontOdd = frontOutcomes.filter((o) => o.code !== "ok" && !isOutageAnswer(o.code));
  expect(
    !frontOdd.length,
    `reads through HAProxy: no failure but outage answers (${JSON.stringify(tally(frontOdd))})`,
  );
  return { answersMs, syncedMs };
}
