// Where the benchmark's own database lives, and how to reach it. Never the dev database.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { REPO_ROOT, connectTo, requireBuiltServer as requireBuilt } from "@allyhut/testkit";

export { REPO_ROOT };
/** The compiled server to measure; BENCH_SERVER_DIST points at another build (an experiment). */
export const SERVER_DIST =
  process.env.BENCH_SERVER_DIST || path.join(REPO_ROOT, "apps/server/dist");
export const DEFAULT_BENCH_DATABASE_URL = "mysql://root@127.0.0.1:3306/allyhut_bench";

/** BENCH_DATABASE_URL or the default; refuses any database whose name does not say "bench". */
export function benchDatabaseUrl(env = process.env) {
  const url = new URL(env.BENCH_DATABASE_URL || DEFAULT_BENCH_DATABASE_URL);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ""));
  if (!/^[A-Za-z0-9_]*bench[A-Za-z0-9_]*$/.test(database)) {
    throw new Error(
      `BENCH_DATABASE_URL must name a database with "bench" in its name (got "${database}"): ` +
        "the fixture drops and reloads it.",
    );
  }
  return { url: url.toString(), database, serverUrl: serverUrlOf(url) };
}

function serverUrlOf(url) {
  const server = new URL(url);
  server.pathname = "/";
  return server.toString();
}

/** One connection (dates as UTC, big numbers exact); `database: false` connects to the server only. */
export function connect(bench, { database = true } = {}) {
  return connectTo(database ? bench.url : bench.serverUrl, {
    timezone: "Z",
    supportBigNumbers: true,
    bigNumberStrings: false,
    dateStrings: ["DATE"],
  });
}

/** Fails early, with the fix, when the server was never built. */
export function requireBuiltServer() {
  requireBuilt(SERVER_DIST, ["start.js", "db/cli.js"]);
}

/** The server's own migrations, through its compiled CLI, on the bench database. */
export function migrate(bench) {
  const result = spawnSync(process.execPath, [path.join(SERVER_DIST, "db/cli.js"), "migrate"], {
    env: { ...process.env, DATABASE_URL: bench.url, NODE_ENV: "development", LOG_LEVEL: "warn" },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`migrate failed:\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout.trim();
}
