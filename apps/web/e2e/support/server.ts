import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import {
  REPO_ROOT,
  createThrowawayDatabase,
  dropDatabase as dropOnServer,
  startServer as startProcess,
  stopServer as stopProcess,
  type RunningServer as ServerProcess,
} from "@allyhut/testkit";

export const WEB_DIR = path.resolve(__dirname, "../..");
export { REPO_ROOT };
/** The last started server's log (apps/web/artifacts is gitignored). */
const LOG_FILE = path.join(WEB_DIR, "artifacts", "e2e-server.log");

export interface RunningServer {
  baseUrl: string;
  databaseName: string;
  serverUrl: string;
  process: ServerProcess;
  output: () => string;
}

/**
 * Starts `node apps/server/dist/start.js` (@allyhut/testkit) on its own database, which it
 * migrates and seeds, and waits for /health. Its log: apps/web/artifacts/e2e-server.log.
 */
export async function startServer(): Promise<RunningServer> {
  if (!existsSync(path.join(WEB_DIR, "dist", "index.html"))) {
    throw new Error("apps/web/dist is missing: run `npm run build -w @allyhut/web` first.");
  }
  const database = await createThrowawayDatabase({ prefix: "allyhut_e2e", create: false });
  mkdirSync(path.dirname(LOG_FILE), { recursive: true });
  rmSync(LOG_FILE, { force: true });
  const server = await startProcess({
    name: "the e2e server",
    // Private webhooks: the webhook scenario's receiver listens on http://127.0.0.1.
    env: { DATABASE_URL: database.url, LOG_LEVEL: "warn", ALLOW_PRIVATE_WEBHOOKS: "1" },
    logFile: LOG_FILE,
    host: "localhost",
    timeoutMs: 90_000,
  });
  return {
    baseUrl: server.url,
    databaseName: database.name,
    serverUrl: database.serverUrl,
    process: server,
    output: server.output,
  };
}

/** Stops the server (SIGTERM, then SIGKILL after 10 s). */
export async function stopServer(server: RunningServer): Promise<void> {
  await stopProcess(server.process, { timeoutMs: 10_000 });
}

/** Drops the test database. */
export async function dropDatabase(server: RunningServer): Promise<void> {
  if (!/^allyhut_e2e_[0-9a-f]+$/.test(server.databaseName))
    throw new Error(`refusing to drop ${server.databaseName}`);
  await dropOnServer(server.serverUrl, server.databaseName);
}
