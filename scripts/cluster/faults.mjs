#!/usr/bin/env node
// `npm run cluster:faults`: brings the cluster up if needed, then three faults on it: a Galera node
// killed during a write burst, an AllyHut instance killed under reads through HAProxy, and a Galera
// node frozen (SIGSTOP) under an instance. Prints each one's figures and PASS/FAIL; exits 1 on FAIL.
import { health } from "@allyhut/testkit";
import { appKill } from "./fault-app-kill.mjs";
import { invariantsOnEveryNode } from "./fault-common.mjs";
import { galeraKill } from "./fault-galera-kill.mjs";
import { nodeFreeze } from "./fault-node-freeze.mjs";
import { INSTANCES, WRITER, alive, readState, say, seconds } from "./lib.mjs";
import { clusterUp } from "./up.mjs";

const results = [];
// `npm run cluster:faults -- 1 3` runs only those scenarios.
const chosen = process.argv.slice(2).map(Number);
const wanted = (n) => !chosen.length || chosen.includes(n);

async function clusterRunning() {
  const state = readState();
  if (!state?.nodes || !Object.values(state.nodes).every(alive) || !alive(state.haproxy))
    return false;
  const answers = await Promise.all(INSTANCES.map((i) => health(i.url)));
  return answers.every((status) => status === 200);
}

async function scenario(name, body) {
  say(`\n== ${name}`);
  const startedAt = Date.now();
  const problems = [];
  const expect = (ok, what) => {
    say(`  ${ok ? "ok  " : "FAIL"} ${what}`);
    if (!ok) problems.push(what);
  };
  try {
    await body(say, expect);
    for (const line of await invariantsOnEveryNode()) expect(line.ok, line.text);
  } catch (error) {
    problems.push(String(error));
    say(`  FAIL ${error?.stack ?? error}`);
  }
  const verdict = problems.length ? "FAIL" : "PASS";
  say(`  ${verdict}: ${name} (${seconds(Date.now() - startedAt)})`);
  results.push({ name, verdict });
}

const startedAt = Date.now();
try {
  if (!(await clusterRunning())) {
    say("The cluster is not (fully) up: starting it.");
    await clusterUp();
  }
  if (wanted(1))
    await scenario("1. SIGKILL a Galera node during a write burst through HAProxy", galeraKill);
  if (wanted(2))
    await scenario("2. SIGKILL an AllyHut instance under reads through HAProxy", appKill);
  // It freezes app2's own node: with CLUSTER_WRITER=one app2 is on node1 (through the SQL front).
  if (wanted(3) && WRITER === "one") say("\n== 3. skipped: CLUSTER_WRITER=one");
  else if (wanted(3))
    await scenario(
      "3. SIGSTOP the Galera node under an instance: deadline, /health, recovery",
      nodeFreeze,
    );
} catch (error) {
  results.push({ name: "cluster up", verdict: "FAIL" });
  say(`FAIL: ${error?.stack ?? error}`);
}
say("");
for (const r of results) say(`${r.verdict}  ${r.name}`);
const failed = results.some((r) => r.verdict !== "PASS");
say(`${failed ? "FAIL" : "PASS"} (${seconds(Date.now() - startedAt)})`);
process.exit(failed ? 1 : 0);
