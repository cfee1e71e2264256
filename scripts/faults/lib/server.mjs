// The real server as a child process (node apps/server/dist/start.js) on loopback, for fault scripts.
/* global AbortSignal */
import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync } from "node:fs";
import { createServer, connect } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const START_JS = path.join(REPO_ROOT, "apps/server/dist/start.js");
const LOOPBACK_PRELOAD = path.join(REPO_ROOT, "scripts/faults/lib/loopback.cjs");

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
export const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

/** Fails early, with the fix, when the server was never built. */
export function requireBuiltServer() {
  if (!existsSync(START_JS)) {
    throw new Error(`${START_JS} is missing: run \`npm run build\` first.`);
  }
}

/** A TCP port nobody listens on right now (on 127.0.0.1). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Whether a new TCP connection to 127.0.0.1:port is refused (nothing listens). */
export function connectionRefused(port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    const done = (refused) => {
      socket.destroy();
      resolve(refused);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(false));
    socket.once("error", (error) => done(error.code === "ECONNREFUSED"));
  });
}

/**
 * Starts `node dist/start.js` on `databaseUrl` at `port` (127.0.0.1 only); its output goes to
 * `logFile`. Resolves once /health answers 200, with the process and how long the start took.
 */
export async function startServerProcess({
  databaseUrl,
  port,
  logFile,
  nodeArgs = [],
  timeoutMs = 60_000,
}) {
  const out = openSync(logFile, "a");
  const startedAt = Date.now();
  const child = spawn(process.execPath, [...nodeArgs, "--require", LOOPBACK_PRELOAD, START_JS], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      NODE_ENV: "test",
      LOG_LEVEL: process.env.FAULTS_LOG_LEVEL ?? "warn",
    },
    stdio: ["ignore", out, out],
  });
  closeSync(out);
  const exited = new Promise((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const url = `http://127.0.0.1:${port}`;
  const server = { child, url, port, exited, logFile, pid: child.pid };
  const healthy = await waitFor(async () => (await health(url)) === 200, timeoutMs, exited);
  if (!healthy) {
    child.kill("SIGKILL");
    throw new Error(`the server did not become healthy; its log:\n${tail(logFile)}`);
  }
  return { ...server, startMs: Date.now() - startedAt };
}

/** GET /health's status code, or 0 when nothing answers within the timeout. */
export async function health(url, timeoutMs = 3000) {
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

/** Polls `check` every 100 ms until it is true (true), the time is up or `exited` settles (false). */
export async function waitFor(check, timeoutMs, exited = new Promise(() => {})) {
  let gone = false;
  exited.then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !gone) {
    if (await check()) return true;
    await sleep(100);
  }
  return false;
}

/** Sends `signal` and waits (bounded) for the exit; SIGKILL if it overstays. */
export async function stopProcess(server, signal = "SIGTERM", timeoutMs = 15_000) {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return server.exited;
  server.child.kill(signal);
  const result = await Promise.race([server.exited, sleep(timeoutMs).then(() => null)]);
  if (result) return result;
  server.child.kill("SIGKILL");
  return server.exited;
}

/** The last lines of a log file, for failure messages. */
export function tail(file, lines = 30) {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

/** VmRSS of a process in KiB (Linux), or NaN. */
export function rssKib(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? NaN);
  } catch {
    return NaN;
  }
}
