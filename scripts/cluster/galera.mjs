// Three MariaDB Galera nodes on loopback, private data under .data/cluster/node{1,2,3}.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  findExecutable,
  initialiseDataDir,
  serverAnswers,
  sleep,
  startMysqld,
  tail,
} from "@allyhut/localdb";
import { NODES, alive, connectNode, globalStatus } from "./lib.mjs";

export const GALERA_PROVIDER = "/usr/lib/galera/libgalera_smm.so";
const JOIN_TIMEOUT_MS = 180_000;

function galeraArgs(node) {
  const peers = NODES.map((n) => `127.0.0.1:${n.galeraPort}`).join(",");
  return [
    "--wsrep-on=ON",
    `--wsrep-provider=${GALERA_PROVIDER}`,
    "--wsrep-cluster-name=allyhut-local",
    `--wsrep-cluster-address=gcomm://${peers}`,
    `--wsrep-node-name=${node.name}`,
    `--wsrep-node-address=127.0.0.1:${node.galeraPort}`,
    `--wsrep-provider-options=gmcast.listen_addr=tcp://127.0.0.1:${node.galeraPort};ist.recv_addr=127.0.0.1:${node.istPort};base_port=${node.galeraPort}`,
    `--wsrep-sst-receive-address=127.0.0.1:${node.sstPort}`,
    "--wsrep-sst-method=rsync",
    "--binlog-format=ROW",
    "--innodb-autoinc-lock-mode=2",
    "--default-storage-engine=InnoDB",
    "--innodb-flush-log-at-trx-commit=2",
  ];
}

const dataDirOf = (node) => path.join(node.baseDir, "data");

/** Which node may bootstrap existing data: the one grastate.dat marks safe, else node1 (forced). */
function bootstrapNode() {
  const grastate = (node) => path.join(dataDirOf(node), "grastate.dat");
  const safe = NODES.find(
    (node) =>
      existsSync(grastate(node)) &&
      /safe_to_bootstrap:\s*1/.test(readFileSync(grastate(node), "utf8")),
  );
  if (safe) return safe;
  const first = NODES[0];
  // Every node stopped uncleanly (e.g. killed): node1 is the one we trust; Galera wants it said.
  if (existsSync(grastate(first))) {
    const text = readFileSync(grastate(first), "utf8");
    writeFileSync(grastate(first), text.replace(/safe_to_bootstrap:\s*0/, "safe_to_bootstrap: 1"));
  }
  return first;
}

// As root, rsync's SST daemon would run as nobody and could not write the joiner's data: so the
// nodes run as the mysql account (Debian's mariadb-server creates it), owning their folders.
const RUN_AS = process.getuid?.() === 0 ? "mysql" : null;

async function startNode(serverBinary, node, bootstrap) {
  if (await serverAnswers("127.0.0.1", node.sqlPort)) {
    throw new Error(`something else answers on 127.0.0.1:${node.sqlPort}: stop it first`);
  }
  mkdirSync(node.baseDir, { recursive: true });
  if (!existsSync(path.join(dataDirOf(node), "mysql")))
    initialiseDataDir(serverBinary, dataDirOf(node));
  if (RUN_AS) spawnSync("chown", ["-R", `${RUN_AS}:`, node.baseDir]);
  const server = await startMysqld({
    serverBinary,
    baseDir: node.baseDir,
    port: node.sqlPort,
    bufferPoolSize: "128M",
    extraArgs: [...galeraArgs(node), ...(bootstrap ? ["--wsrep-new-cluster"] : [])],
    startTimeoutMs: JOIN_TIMEOUT_MS,
    detached: true,
    user: RUN_AS,
  });
  return server.child.pid;
}

/** Polls until every node reports cluster size 3 and Synced; throws with the logs' tails if not. */
export async function waitForSyncedCluster(timeoutMs = JOIN_TIMEOUT_MS) {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < deadline) {
    const states = await Promise.all(NODES.map(nodeState));
    last = states.map((s, i) => `${NODES[i].name}: ${s}`).join(", ");
    if (states.every((s) => s === "3 Synced")) return;
    await sleep(500);
  }
  const logs = NODES.map((n) => `${n.name}:\n${tail(path.join(n.baseDir, "mysqld.log"), 10)}`);
  throw new Error(`the cluster did not reach 3 Synced nodes (${last})\n${logs.join("\n")}`);
}

async function nodeState(node) {
  let connection;
  try {
    connection = await connectNode(node);
    const status = await globalStatus(connection, [
      "wsrep_cluster_size",
      "wsrep_local_state_comment",
    ]);
    return `${status.wsrep_cluster_size} ${status.wsrep_local_state_comment}`;
  } catch (error) {
    return `down (${error.code ?? error.message})`;
  } finally {
    await connection?.end().catch(() => {});
  }
}

/** Starts the nodes not already running, recording each pid in `state.nodes` as it starts. */
export async function startGalera(state, say, save) {
  const serverBinary = findExecutable(["mariadbd"]);
  if (!serverBinary) throw new Error("mariadbd is missing: apt-get install -y mariadb-server");
  const pids = (state.nodes ??= {});
  const running = (node) => alive(pids[node.name]);
  if (!NODES.some(running)) {
    const first = bootstrapNode();
    say(`Galera: bootstrapping the cluster on ${first.name} (127.0.0.1:${first.sqlPort}) ...`);
    pids[first.name] = await startNode(serverBinary, first, true);
    save();
  }
  for (const node of NODES) {
    if (running(node)) continue;
    say(
      `Galera: ${node.name} joins (127.0.0.1:${node.sqlPort}, replication :${node.galeraPort}) ...`,
    );
    pids[node.name] = await startNode(serverBinary, node, false);
    save();
  }
  await waitForSyncedCluster();
}
