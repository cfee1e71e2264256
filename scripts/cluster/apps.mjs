// The three AllyHut instances (one per Galera node) and the HAProxy in front of them.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { LOOPBACK_PRELOAD, SERVER_ENTRY, health, tail, waitFor } from "@allyhut/testkit";
import {
  CLUSTER_DIR,
  HAPROXY_CONFIG,
  HAPROXY_PORT,
  INSTANCES,
  MAIL_SMTP_PORT,
  MAIL_WEB_PORT,
  NODES,
  REPO_ROOT,
  SQL_FRONT_PORT,
  WRITER,
  alive,
  connectNode,
} from "./lib.mjs";

const START_TIMEOUT_MS = 120_000;

/** The SESSION_SECRET every instance shares (sessions live in the database), made once. */
function sessionSecret() {
  const file = path.join(CLUSTER_DIR, "session-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

/** A detached process (its own group: it outlives this script), output appended to `logFile`. */
function spawnDetached(command, args, { env, logFile }) {
  const out = openSync(logFile, "a");
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", out, out],
    detached: true,
  });
  closeSync(out);
  child.unref();
  return child;
}

async function startInstance(instance, secret) {
  const child = spawnDetached(process.execPath, ["--require", LOOPBACK_PRELOAD, SERVER_ENTRY], {
    logFile: instance.logFile,
    // Every instance dispatches, all through the cluster's one mail catcher.
    env: {
      DATABASE_URL: instance.databaseUrl,
      SMTP_URL: `smtp://127.0.0.1:${MAIL_SMTP_PORT}`,
      PORT: String(instance.port),
      SESSION_SECRET: secret,
      // The cluster check posts webhooks to a receiver on loopback.
      ALLOW_PRIVATE_WEBHOOKS: "1",
      // HAProxy on loopback sets X-Forwarded-For: the login throttle sees the client, not HAProxy.
      TRUST_PROXY: "loopback",
    },
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const healthy = await waitFor(
    async () => (await health(instance.url, 2000)) === 200,
    START_TIMEOUT_MS,
    exited,
    250,
  );
  if (!healthy) {
    child.kill("SIGKILL");
    throw new Error(`${instance.name} did not become healthy; its log:\n${tail(instance.logFile)}`);
  }
  return child.pid;
}

/** Starts the cluster's mail catcher unless it runs; returns its pid. */
export async function startMailCatcher(state, say) {
  if (alive(state.mailCatcher)) return state.mailCatcher;
  const logFile = path.join(CLUSTER_DIR, "mail-catcher.log");
  const script = path.join(REPO_ROOT, "scripts/cluster/mail-catcher.mjs");
  const child = spawnDetached(process.execPath, [script], { logFile, env: {} });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const inbox = `http://127.0.0.1:${MAIL_WEB_PORT}/`;
  const answers = async () =>
    (await fetch(inbox, { signal: AbortSignal.timeout(1000) }).catch(() => null))?.ok === true;
  if (!(await waitFor(answers, 15_000, exited, 100))) {
    child.kill("SIGKILL");
    throw new Error(`the mail catcher did not start; its log:\n${tail(logFile)}`);
  }
  say(`Mail: one catcher for every instance, smtp://127.0.0.1:${MAIL_SMTP_PORT}, inbox ${inbox}`);
  return child.pid;
}

/**
 * Starts the instances not already running: the first alone (migrations and the demo data run
 * once), then the others together. Returns { name: pid }.
 */
export async function startInstances(state, say, save) {
  const pids = (state.apps ??= {});
  const secret = sessionSecret();
  const [first, ...others] = INSTANCES;
  if (!alive(pids[first.name])) {
    say(`AllyHut: ${first.name} on ${first.url} (database ${first.databaseUrl}), migrates ...`);
    pids[first.name] = await startInstance(first, secret);
    save();
  }
  const missing = others.filter((instance) => !alive(pids[instance.name]));
  for (const instance of missing)
    say(`AllyHut: ${instance.name} on ${instance.url} (${instance.databaseUrl})`);
  await Promise.all(
    missing.map(async (instance) => {
      pids[instance.name] = await startInstance(instance, secret);
      save();
    }),
  );
}

/**
 * CLUSTER_WRITER=one: every SQL connection to node1, node2 and node3 only while node1 is down; the
 * connections to a node marked down are cut, so the pools reconnect to the next one.
 */
function sqlFront() {
  const servers = NODES.map(
    (n, i) =>
      `  server ${n.name} 127.0.0.1:${n.sqlPort} check inter 1s fall 2 rise 2 on-marked-down shutdown-sessions${i ? " backup" : ""}`,
  );
  return [
    "listen galera",
    `  bind 127.0.0.1:${SQL_FRONT_PORT}`,
    "  mode tcp",
    // Pooled connections idle for minutes: the http defaults (60 s) would cut them.
    "  timeout client 1h",
    "  timeout server 1h",
    "  option mysql-check user root",
    ...servers,
  ];
}

function haproxyConfig() {
  const servers = INSTANCES.map(
    (i) => `  server ${i.name} 127.0.0.1:${i.port} check inter 1s fall 2 rise 2`,
  );
  return [
    "# Generated by scripts/cluster/apps.mjs: round robin over the three AllyHut instances.",
    "global",
    "  maxconn 4096",
    "defaults",
    "  mode http",
    "  timeout connect 2s",
    // Longer than /health's own 2 s database timeout: a slow probe answers 503 rather than hanging.
    "  timeout check 3s",
    "  timeout client 60s",
    "  timeout server 60s",
    "  option redispatch",
    "  retries 2",
    "frontend allyhut",
    `  bind 127.0.0.1:${HAPROXY_PORT}`,
    "  option forwardfor",
    "  default_backend apps",
    "backend apps",
    "  balance roundrobin",
    "  option httpchk GET /health",
    "  http-check expect status 200",
    ...servers,
    ...(WRITER === "one" ? sqlFront() : []),
    "",
  ].join("\n");
}

/** Whether a MySQL connection through the SQL front (CLUSTER_WRITER=one) reaches a node. */
async function sqlFrontAnswers() {
  const connection = await connectNode({ sqlPort: SQL_FRONT_PORT }).catch(() => null);
  await connection?.end().catch(() => {});
  return connection !== null;
}

/**
 * Starts HAProxy (foreground mode, detached) unless it runs; returns its pid. It waits for the
 * instances' /health through it, or only for its SQL front when `sqlOnly` (the instances need that
 * first with CLUSTER_WRITER=one).
 */
export async function startHaproxy(state, say, { sqlOnly = false } = {}) {
  if (alive(state?.haproxy)) return state.haproxy;
  writeFileSync(HAPROXY_CONFIG, haproxyConfig());
  const check = spawnSync("haproxy", ["-c", "-q", "-f", HAPROXY_CONFIG], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`haproxy rejects ${HAPROXY_CONFIG}:\n${check.stderr}`);
  say(
    `HAProxy: 127.0.0.1:${HAPROXY_PORT} round robin over ${INSTANCES.map((i) => i.port).join(", ")}`,
  );
  if (WRITER === "one")
    say(`HAProxy: SQL front 127.0.0.1:${SQL_FRONT_PORT}, all to node1 (node2, node3 backup)`);
  const logFile = path.join(CLUSTER_DIR, "haproxy.log");
  const child = spawnDetached("haproxy", ["-db", "-f", HAPROXY_CONFIG], { logFile, env: {} });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const ready = sqlOnly ? sqlFrontAnswers : haproxyServesHealth;
  if (!(await waitFor(ready, 15_000, exited, 250))) {
    child.kill("SIGKILL");
    throw new Error(`HAProxy is not ready; its log:\n${tail(logFile)}`);
  }
  return child.pid;
}

/** Whether /health answers 200 through HAProxy. */
export async function haproxyServesHealth() {
  return (await health(`http://127.0.0.1:${HAPROXY_PORT}`, 2000)) === 200;
}
