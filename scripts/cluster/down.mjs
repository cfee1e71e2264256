#!/usr/bin/env node
// `npm run cluster:down [--clean]`: stops what cluster:up started (HAProxy, the instances, the mail
// catcher, then the Galera nodes one by one: SIGTERM, SIGKILL after a grace); --clean also removes
// .data/cluster.
import { rmSync } from "node:fs";
import { sleep } from "@allyhut/localdb";
import { CLUSTER_DIR, alive, readState, say, writeState } from "./lib.mjs";

const GRACE_MS = { haproxy: 5_000, app: 15_000, mail: 5_000, node: 60_000 };

/** SIGTERM (SIGCONT first, in case it was frozen), SIGKILL after `graceMs`; whether it was killed. */
async function stop(pid, graceMs) {
  if (!alive(pid)) return false;
  process.kill(pid, "SIGCONT");
  process.kill(pid, "SIGTERM");
  for (const deadline = Date.now() + graceMs; Date.now() < deadline; await sleep(100)) {
    if (!alive(pid)) return false;
  }
  process.kill(pid, "SIGKILL");
  return true;
}

export async function clusterDown() {
  const state = readState();
  if (!state) return say("Nothing recorded in .data/cluster/state.json: nothing to stop.");
  const report = async (what, pid, graceMs) => {
    if (!alive(pid)) return;
    const killed = await stop(pid, graceMs);
    say(`stopped ${what} (pid ${pid})${killed ? " with SIGKILL after the grace" : ""}`);
  };
  await report("HAProxy", state.haproxy, GRACE_MS.haproxy);
  await Promise.all(
    Object.entries(state.apps ?? {}).map(([name, pid]) => report(name, pid, GRACE_MS.app)),
  );
  await report("mail catcher", state.mailCatcher, GRACE_MS.mail);
  // One at a time, node1 last: the last node to leave is marked safe to bootstrap.
  for (const [name, pid] of Object.entries(state.nodes ?? {}).reverse()) {
    await report(`Galera ${name}`, pid, GRACE_MS.node);
  }
  writeState({});
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await clusterDown();
  if (process.argv.includes("--clean")) {
    rmSync(CLUSTER_DIR, { recursive: true, force: true });
    say(`removed ${CLUSTER_DIR}`);
  }
}
