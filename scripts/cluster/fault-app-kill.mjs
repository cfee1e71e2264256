// Fault 2: SIGKILL one AllyHut instance while a loop of GraphQL reads goes through HAProxy: HAProxy
// routes around it (at most a short burst of failures), then the instance is restarted.
import { health } from "@allyhut/testkit";
import { AFFILIATES } from "../faults/lib/graphql.mjs";
import { startInstances } from "./apps.mjs";
import { HAPROXY_PORT, INSTANCES, readState, seconds, writeState } from "./lib.mjs";
import {
  attempt,
  haproxySaysUp,
  isOutageAnswer,
  signedIn,
  sleep,
  tally,
  timeUntil,
} from "./fault-common.mjs";

const READERS = 4;
const BEFORE_MS = 2_000;
const AFTER_MS = 8_000;
const MAX_FAILING_MS = 5_000;
const VICTIM = INSTANCES[1];

export async function appKill(say, expect) {
  const front = `http://127.0.0.1:${HAPROXY_PORT}`;
  const client = await signedIn(front, "coach@allyhut.test", "allyhut-demo");
  const state = readState();
  const pid = state.apps[VICTIM.name];
  const outcomes = [];
  let stop = false;
  const reader = async () => {
    while (!stop) {
      const startedAt = Date.now();
      outcomes.push({ startedAt, ...(await attempt(client, AFFILIATES, {}, 10_000)) });
    }
  };
  say(
    `  ${READERS} loops of \`affiliates\` reads through HAProxy; SIGKILL ${VICTIM.name} after ${seconds(BEFORE_MS)}`,
  );
  const loops = Promise.all(Array.from({ length: READERS }, reader));
  await sleep(BEFORE_MS);
  const killedAt = Date.now();
  process.kill(pid, "SIGKILL");
  await sleep(AFTER_MS);
  stop = true;
  await loops;
  const after = outcomes.filter((o) => o.startedAt >= killedAt);
  const failures = after.filter((o) => o.code !== "ok");
  const lastFailureEnd = Math.max(killedAt, ...failures.map((o) => o.startedAt + o.ms));
  const failingMs = failures.length ? lastFailureEnd - killedAt : 0;
  say(`  before: ${JSON.stringify(tally(outcomes.filter((o) => o.startedAt < killedAt)))}`);
  say(`  after the kill: ${JSON.stringify(tally(after))}`);
  say(`  every request succeeds again ${seconds(failingMs)} after the kill`);
  expect(
    failures.every((o) => isOutageAnswer(o.code)),
    "failures (if any) are outage answers only",
  );
  expect(failingMs <= MAX_FAILING_MS, `failures stop within ${seconds(MAX_FAILING_MS)}`);
  const tailOk = after.filter((o) => o.startedAt >= lastFailureEnd);
  expect(
    tailOk.length > 20,
    `then ${tailOk.length} reads in a row succeed while ${VICTIM.name} is down`,
  );

  const restartAt = Date.now();
  await startInstances(
    state,
    () => {},
    () => writeState(state),
  );
  writeState(state);
  const restartMs = Date.now() - restartAt;
  // HAProxy needs `rise 2` good checks (1 s apart) before it sends traffic again.
  const served = await timeUntil(async () => (await health(VICTIM.url, 2000)) === 200, 30_000);
  say(`  ${VICTIM.name} restarted and healthy in ${seconds(restartMs)}`);
  expect(served !== null, `${VICTIM.name} answers /health 200 after its restart`);
  const backMs = await timeUntil(async () => haproxySaysUp(VICTIM.name), 15_000, 100);
  say(
    `  HAProxy has ${VICTIM.name} UP again ${seconds(Date.now() - restartAt)} after the restart began`,
  );
  expect(backMs !== null, `HAProxy puts ${VICTIM.name} back in the rotation`);
  return { after: tally(after), failingMs, restartMs };
}
