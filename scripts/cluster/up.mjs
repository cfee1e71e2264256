#!/usr/bin/env node
// `npm run cluster:up`: three Galera nodes, three AllyHut instances (one per node) and HAProxy in
// front, all on loopback; pids in .data/cluster/state.json. The last line printed is the URL.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { requireBuiltServer, waitFor } from "@allyhut/testkit";
import { haproxyServesHealth, startHaproxy, startInstances, startMailCatcher } from "./apps.mjs";
import { GALERA_PROVIDER, startGalera } from "./galera.mjs";
import { CLUSTER_DIR, HAPROXY_PORT, WRITER, readState, say, seconds, writeState } from "./lib.mjs";

const hasCommand = (name) => spawnSync("sh", ["-c", `command -v ${name}`]).status === 0;

/** apt-get installs what is missing, as .ci/run does for MariaDB. */
function installMissing() {
  const wanted = [
    ["galera-4", existsSync(GALERA_PROVIDER)],
    ["haproxy", hasCommand("haproxy")],
    ["rsync", hasCommand("rsync")],
  ].filter(([, present]) => !present);
  if (!wanted.length) return;
  const names = wanted.map(([name]) => name);
  say(`Installing ${names.join(", ")} with apt-get ...`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const run = (args) => spawnSync("apt-get", args, { stdio: "inherit", env }).status === 0;
  if (
    !run(["install", "-y", "-qq", ...names]) &&
    !(run(["update", "-qq"]) && run(["install", "-y", "-qq", ...names]))
  ) {
    throw new Error(`apt-get could not install ${names.join(", ")}`);
  }
}

/** Brings up whatever part of the cluster is not running; returns the state. */
export async function clusterUp() {
  const startedAt = Date.now();
  requireBuiltServer();
  installMissing();
  mkdirSync(CLUSTER_DIR, { recursive: true });
  const state = readState() ?? {};
  if (state.writer && state.writer !== WRITER && Object.keys(state.apps ?? {}).length) {
    throw new Error(`the cluster runs with CLUSTER_WRITER=${state.writer}: cluster:down first`);
  }
  state.writer = WRITER;
  const save = () => writeState(state);
  try {
    await startGalera(state, say, save);
    save();
    say(`Galera: 3 nodes Synced (${seconds(Date.now() - startedAt)})`);
    state.mailCatcher = await startMailCatcher(state, say);
    save();
    // With CLUSTER_WRITER=one the instances reach the database through HAProxy: it starts first.
    if (WRITER === "one") {
      state.haproxy = await startHaproxy(state, say, { sqlOnly: true });
      save();
    }
    await startInstances(state, say, save);
    save();
    state.haproxy = await startHaproxy(state, say);
    save();
    if (!(await waitFor(haproxyServesHealth, 15_000, undefined, 250)))
      throw new Error("HAProxy does not serve /health: see .data/cluster/haproxy.log");
  } catch (error) {
    save(); // what did start is stopped by cluster:down
    throw error;
  }
  say(`Cluster up in ${seconds(Date.now() - startedAt)}.`);
  return state;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    await clusterUp();
    say(`http://127.0.0.1:${HAPROXY_PORT}/`);
    process.exit(0);
  } catch (error) {
    say(`cluster:up failed: ${error?.stack ?? error}\n(npm run cluster:down stops what started)`);
    process.exit(1);
  }
}
