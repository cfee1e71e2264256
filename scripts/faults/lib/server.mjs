// The real server as a child process (node apps/server/dist/start.js) on loopback, for the fault
// scripts, the soak and Lighthouse: @allyhut/testkit's, with the fault scripts' environment.
import {
  REPO_ROOT,
  SERVER_ENTRY,
  connectionRefused,
  freePort,
  health,
  requireBuiltServer,
  rssKib,
  sleep,
  startServer,
  stopServer,
  tail,
  waitFor,
} from "@allyhut/testkit";

export { REPO_ROOT, connectionRefused, freePort, health, requireBuiltServer, rssKib, sleep, tail };
export { waitFor };
export const START_JS = SERVER_ENTRY;
export const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

/**
 * Starts `node dist/start.js` on `databaseUrl` at `port` (127.0.0.1 only, NODE_ENV=test); its
 * output goes to `logFile`. Resolves once /health answers 200, with the process and how long the
 * start took.
 */
export function startServerProcess({ databaseUrl, port, logFile, nodeArgs = [], timeoutMs }) {
  return startServer({
    env: {
      DATABASE_URL: databaseUrl,
      NODE_ENV: "test",
      LOG_LEVEL: process.env.FAULTS_LOG_LEVEL ?? "warn",
    },
    port,
    logFile,
    nodeArgs,
    timeoutMs,
  });
}

/** Sends `signal` and waits (bounded) for the exit; SIGKILL if it overstays. */
export function stopProcess(server, signal = "SIGTERM", timeoutMs = 15_000) {
  return stopServer(server, { signal, timeoutMs });
}
