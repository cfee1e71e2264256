// The built server (apps/server/dist/start.js, or another Node script) as a child process on a
// free port, ready once GET /health answers 200; and how to stop it.
"use strict";

const { spawn } = require("node:child_process");
const { closeSync, existsSync, openSync, readFileSync } = require("node:fs");
const { connect } = require("node:net");
const path = require("node:path");
const { freePort, sleep, tail } = require("@allyhut/localdb");

const REPO_ROOT = path.resolve(__dirname, "../..");
const SERVER_DIST = path.join(REPO_ROOT, "apps/server/dist");
const SERVER_ENTRY = path.join(SERVER_DIST, "start.js");
/** Preloaded into servers started here: listen(port) binds 127.0.0.1, never every interface. */
const LOOPBACK_PRELOAD = path.join(__dirname, "loopback.cjs");

/** Fails early, with the fix, when the server was never built. */
function requireBuiltServer(dist = SERVER_DIST, files = ["start.js"]) {
  for (const file of files) {
    const entry = path.join(dist, file);
    if (!existsSync(entry)) {
      throw new Error(`${entry} is missing: run \`npm run build\` at the repository root first.`);
    }
  }
}

/** GET /health's status code, or 0 when nothing answers within the timeout. */
async function health(url, timeoutMs = 3000) {
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

/** Polls `check` every `pollMs` until it is true (true), the time is up or `exited` settles (false). */
async function waitFor(check, timeoutMs, exited = new Promise(() => {}), pollMs = 100) {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !gone) {
    if (await check()) return true;
    await sleep(pollMs);
  }
  return false;
}

/** Whether a new TCP connection to 127.0.0.1:port is refused (nothing listens). */
function connectionRefused(port, timeoutMs = 1000) {
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
 * Starts `node [nodeArgs] <entry>` (default apps/server/dist/start.js) with `env` over this
 * process's environment and PORT, its output appended to `logFile`, and resolves once /health
 * answers 200. If it exits first or `timeoutMs` passes, it is killed and the error carries the
 * log's tail.
 */
async function startServer({
  name = "the server",
  entry = SERVER_ENTRY,
  env = {},
  logFile,
  port,
  nodeArgs = [],
  loopbackOnly = true,
  host = "127.0.0.1",
  cwd = REPO_ROOT,
  timeoutMs = 60_000,
}) {
  if (!logFile) throw new Error("startServer needs a logFile");
  if (!existsSync(entry)) {
    throw new Error(`${entry} is missing: run \`npm run build\` at the repository root first.`);
  }
  const serverPort = port ?? (await freePort());
  const preload = loopbackOnly ? ["--require", LOOPBACK_PRELOAD] : [];
  const out = openSync(logFile, "a");
  const startedAt = Date.now();
  const child = spawn(process.execPath, [...nodeArgs, ...preload, entry], {
    cwd,
    env: { ...process.env, ...env, PORT: String(serverPort) },
    stdio: ["ignore", out, out],
  });
  closeSync(out);
  const exited = new Promise((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const url = `http://${host}:${serverPort}`;
  const healthy = await waitFor(async () => (await health(url)) === 200, timeoutMs, exited);
  if (!healthy) {
    const why =
      child.exitCode !== null || child.signalCode !== null
        ? `exited (${child.exitCode ?? child.signalCode}) before /health answered 200`
        : `did not answer /health with 200 within ${timeoutMs / 1000} s`;
    child.kill("SIGKILL");
    throw new Error(`${name} ${why}; its log (${logFile}):\n${tail(logFile)}`);
  }
  return {
    name,
    child,
    pid: child.pid,
    port: serverPort,
    url,
    exited,
    logFile,
    startMs: Date.now() - startedAt,
    output: () => readLog(logFile),
  };
}

function readLog(file) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

/** Sends `signal` (SIGTERM) and waits for the exit; SIGKILL after `timeoutMs`. Resolves with the exit. */
async function stopServer(server, { signal = "SIGTERM", timeoutMs = 15_000 } = {}) {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return server.exited;
  server.child.kill(signal);
  const result = await Promise.race([server.exited, sleep(timeoutMs).then(() => null)]);
  if (result) return result;
  server.child.kill("SIGKILL");
  return server.exited;
}

/** VmRSS of a process in KiB (Linux), or NaN. */
function rssKib(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? NaN);
  } catch {
    return NaN;
  }
}

module.exports = {
  REPO_ROOT,
  SERVER_DIST,
  SERVER_ENTRY,
  LOOPBACK_PRELOAD,
  requireBuiltServer,
  health,
  waitFor,
  connectionRefused,
  startServer,
  stopServer,
  rssKib,
};
