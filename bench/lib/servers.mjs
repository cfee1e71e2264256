// The two servers under test as child processes on the bench database: AllyHut as `npm start`
// runs it (dist/start.js, production mode) and the baseline.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, openSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { REPO_ROOT, SERVER_DIST } from "./bench-db.mjs";

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

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

async function startProcess({ name, args, env, logFile, port }) {
  const out = openSync(logFile, "w");
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", out, out],
  });
  closeSync(out);
  const exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  let gone = false;
  exited.then(() => (gone = true));
  while (Date.now() < deadline && !gone) {
    try {
      const response = await fetch(`${url}/health`);
      await response.arrayBuffer();
      if (response.status === 200) return { name, child, url, pid: child.pid, exited, logFile };
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  child.kill("SIGKILL");
  throw new Error(`${name} did not become healthy; its log:\n${tail(logFile)}`);
}

/**
 * AllyHut in production mode on the bench database. start.js migrates (nothing to do) and seeds only
 * an empty database (this one has users), so the fixture stays as loaded.
 */
export async function startAllyHut({
  databaseUrl,
  resultsDir,
  nodeArgs = [],
  dist = SERVER_DIST,
  logName = "allyhut.log",
}) {
  return startProcess({
    name: "AllyHut",
    args: [...nodeArgs, path.join(dist, "start.js")],
    env: {
      DATABASE_URL: databaseUrl,
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      SESSION_SECRET: randomBytes(32).toString("base64url"),
    },
    logFile: path.join(resultsDir, logName),
    port: await freePort(),
  });
}

export async function startBaseline({ databaseUrl, resultsDir, nodeArgs = [] }) {
  return startProcess({
    name: "baseline",
    args: [...nodeArgs, path.join(REPO_ROOT, "bench/baseline-server.mjs")],
    env: { BENCH_DATABASE_URL: databaseUrl, NODE_ENV: "production" },
    logFile: path.join(resultsDir, "baseline.log"),
    port: await freePort(),
  });
}

/** SIGTERM, then SIGKILL if it overstays. */
export async function stopServer(server) {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill("SIGTERM");
  const code = await Promise.race([server.exited, sleep(15_000).then(() => "timeout")]);
  if (code === "timeout") {
    server.child.kill("SIGKILL");
    await server.exited;
  }
}

/** VmRSS of a process in MiB (Linux), or NaN. */
export function rssMib(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? NaN) / 1024;
  } catch {
    return NaN;
  }
}

export function tail(file, lines = 30) {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}
