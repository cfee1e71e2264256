// The two servers under test as child processes on the bench database: AllyHut as `npm start`
// runs it (dist/start.js, production mode) and the baseline. Started and stopped by @allyhut/testkit.
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { rssKib, sleep, startServer, stopServer as stopProcess, tail } from "@allyhut/testkit";
import { REPO_ROOT, SERVER_DIST } from "./bench-db.mjs";

export { sleep, tail };

/**
 * AllyHut in production mode on the bench database. start.js migrates (nothing to do) and seeds only
 * an empty database (this one has users), so the fixture stays as loaded.
 */
export function startAllyHut({
  databaseUrl,
  resultsDir,
  nodeArgs = [],
  dist = SERVER_DIST,
  logName = "allyhut.log",
}) {
  return startServer({
    name: "AllyHut",
    entry: path.join(dist, "start.js"),
    nodeArgs,
    env: {
      DATABASE_URL: databaseUrl,
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      SESSION_SECRET: randomBytes(32).toString("base64url"),
      // The API's own cost: the outbox rows are written, the dispatcher (measured apart) is off.
      SMTP_URL: "smtp://127.0.0.1:1",
      DISPATCHER: "off",
    },
    logFile: fresh(path.join(resultsDir, logName)),
  });
}

export function startBaseline({ databaseUrl, resultsDir, nodeArgs = [] }) {
  return startServer({
    name: "baseline",
    entry: path.join(REPO_ROOT, "bench/baseline-server.mjs"),
    nodeArgs,
    env: { BENCH_DATABASE_URL: databaseUrl, NODE_ENV: "production" },
    logFile: fresh(path.join(resultsDir, "baseline.log")),
  });
}

/** The log file, emptied: each run's log holds that run only. */
function fresh(logFile) {
  writeFileSync(logFile, "");
  return logFile;
}

/** SIGTERM, then SIGKILL if it overstays. */
export async function stopServer(server) {
  await stopProcess(server);
}

/** VmRSS of a process in MiB (Linux), or NaN. */
export const rssMib = (pid) => rssKib(pid) / 1024;
