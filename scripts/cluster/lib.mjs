// The local cluster's layout (ports, folders) and its state file, shared by up, down and check.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createConnection } from "mysql2/promise";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
// Two clusters can share the machine: CLUSTER_PORT_OFFSET shifts every port, CLUSTER_DATA_DIR moves
// the folders (default .data/cluster, or .data/cluster-OFFSET when only the offset is given).
export const PORT_OFFSET = Number(process.env.CLUSTER_PORT_OFFSET || 0);
if (!Number.isInteger(PORT_OFFSET) || PORT_OFFSET < 0 || PORT_OFFSET > 1000) {
  throw new Error(
    `CLUSTER_PORT_OFFSET must be an integer 0..1000, not ${process.env.CLUSTER_PORT_OFFSET}`,
  );
}
export const CLUSTER_DIR = process.env.CLUSTER_DATA_DIR
  ? path.resolve(process.env.CLUSTER_DATA_DIR)
  : path.join(REPO_ROOT, ".data", PORT_OFFSET ? `cluster-${PORT_OFFSET}` : "cluster");
export const STATE_FILE = path.join(CLUSTER_DIR, "state.json");
export const HAPROXY_CONFIG = path.join(CLUSTER_DIR, "haproxy.cfg");
export const HAPROXY_PORT = 4100 + PORT_OFFSET;
export const DATABASE = "allyhut";
/** The one mail catcher every instance sends through: SMTP and its inbox page. */
export const MAIL_SMTP_PORT = 4110 + PORT_OFFSET;
export const MAIL_WEB_PORT = 4111 + PORT_OFFSET;

/** Node n (1–3): SQL on 331n, Galera replication on 4567 + 10(n-1), IST +1, SST +2 (+ offset). */
export const NODES = [1, 2, 3].map((n) => {
  const galeraPort = 4567 + 10 * (n - 1) + PORT_OFFSET;
  return {
    name: `node${n}`,
    sqlPort: 3310 + n + PORT_OFFSET,
    galeraPort,
    istPort: galeraPort + 1,
    sstPort: galeraPort + 2,
    baseDir: path.join(CLUSTER_DIR, `node${n}`),
  };
});

/** { nodes: {name: pid}, apps: {name: pid}, mailCatcher: pid, haproxy: pid, writer } or null. */
export function readState() {
  return existsSync(STATE_FILE) ? JSON.parse(readFileSync(STATE_FILE, "utf8")) : null;
}

// CLUSTER_WRITER=one (given to cluster:up, then remembered in the state file): the instances reach
// the nodes through HAProxy's SQL front on 3310, which sends everything to node1 (node2 and node3
// are backups), the usual Galera production layout. Default "all": instance n on node n.
export const WRITER = process.env.CLUSTER_WRITER || readState()?.writer || "all";
if (!["one", "all"].includes(WRITER))
  throw new Error(`CLUSTER_WRITER is one or all, not ${WRITER}`);
export const SQL_FRONT_PORT = 3310 + PORT_OFFSET;

/** AllyHut instance n on port 410n (+ offset), on node n (or the SQL front with CLUSTER_WRITER=one). */
export const INSTANCES = NODES.map((node, i) => ({
  name: `app${i + 1}`,
  port: 4101 + i + PORT_OFFSET,
  node,
  databaseUrl: `mysql://root@127.0.0.1:${WRITER === "one" ? SQL_FRONT_PORT : node.sqlPort}/${DATABASE}`,
  url: `http://127.0.0.1:${4101 + i + PORT_OFFSET}`,
  logFile: path.join(CLUSTER_DIR, `app${i + 1}.log`),
}));

export const say = (line) => process.stdout.write(`${line}\n`);
export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

export function writeState(state) {
  writeFileSync(STATE_FILE, `${JSON.stringify(state, null, 2)}\n`);
}

/** Whether a process with this id exists (and is not a zombie). */
export function alive(pid) {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const status = spawnSync("ps", ["-o", "stat=", "-p", String(pid)], { encoding: "utf8" }).stdout;
  return !status.trim().startsWith("Z");
}

/** One root connection to a node (no database chosen unless `database`). */
export function connectNode(node, database) {
  return createConnection({
    host: "127.0.0.1",
    port: node.sqlPort,
    user: "root",
    database,
    connectTimeout: 3000,
  });
}

/** SHOW GLOBAL STATUS values of a node, as { name: value }. */
export async function globalStatus(connection, names) {
  const [rows] = await connection.query(
    `SHOW GLOBAL STATUS WHERE Variable_name IN (${names.map(() => "?").join(",")})`,
    names,
  );
  return Object.fromEntries(rows.map((r) => [r.Variable_name, r.Value]));
}

const RETRY_COUNTERS = ["wsrep_local_cert_failures", "wsrep_local_bf_aborts"];

/** Each node's cert-failure and BF-abort counters, as numbers: [{ name: n }] in NODES order. */
export async function retryCounters() {
  return Promise.all(
    NODES.map(async (node) => {
      const connection = await connectNode(node);
      try {
        const status = await globalStatus(connection, RETRY_COUNTERS);
        return Object.fromEntries(RETRY_COUNTERS.map((name) => [name, Number(status[name])]));
      } finally {
        await connection.end();
      }
    }),
  );
}

/** Per node, "wsrep_local_cert_failures +n, wsrep_local_bf_aborts +m" between two readings. */
export const counterDeltas = (before, after) =>
  NODES.map(
    (node, i) =>
      `${node.name}: ${RETRY_COUNTERS.map((name) => `${name} +${after[i][name] - before[i][name]}`).join(", ")}`,
  );
