#!/usr/bin/env node
// `npm run test:faults`: the real server (apps/server/dist/start.js) under faults, on loopback, on its
// own throw-away databases. Prints each scenario with its timings; exits 1 if any scenario fails.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  SHARED_SERVER,
  assertMoneyInvariants,
  connectTo,
  databaseName,
  databaseUrl,
  demoProgram,
  dropDatabase,
} from "./lib/db.mjs";
import { startPrivateMariadb } from "./lib/private-mariadb.mjs";
import {
  freePort,
  requireBuiltServer,
  seconds,
  startServerProcess,
  stopProcess,
  tail,
} from "./lib/server.mjs";
import { signInClients } from "./lib/workload.mjs";
import { databaseOutages } from "./scenario-database.mjs";
import { deadlockInsideServer } from "./scenario-deadlock.mjs";
import { killDuringBurst } from "./scenario-kill.mjs";
import { outboxKillScenario } from "./scenario-outbox-kill.mjs";
import { gracefulSigterm } from "./scenario-sigterm.mjs";

const TOTAL_LIMIT_MS = 5 * 60_000;
const say = (line) => process.stdout.write(`${line}\n`);
const workDir = mkdtempSync(path.join(tmpdir(), "allyhut-faults-"));
const cleanups = [];
const results = [];

async function scenario(name, body) {
  say(`\n== ${name}`);
  const startedAt = Date.now();
  try {
    await body();
    results.push({ name, ok: true, ms: Date.now() - startedAt });
    say(`  PASS (${seconds(Date.now() - startedAt)})`);
  } catch (error) {
    results.push({ name, ok: false, ms: Date.now() - startedAt });
    say(`  FAIL: ${error?.stack ?? error}`);
  }
}

/** A server process on a fresh database of `serverUrl`, seeded with the demo data. */
async function serverOn(serverUrl, label) {
  const name = databaseName("allyhut_faults");
  const url = databaseUrl(serverUrl, name);
  if (serverUrl === SHARED_SERVER) cleanups.push(() => dropDatabase(serverUrl, name));
  const logFile = path.join(workDir, `${label}.log`);
  const server = await startServerProcess({ databaseUrl: url, port: await freePort(), logFile });
  const current = { server };
  cleanups.push(() => stopProcess(current.server, "SIGKILL"));
  say(
    `  server pid ${server.pid} on ${server.url}, database ${name}: healthy in ${seconds(server.startMs)}`,
  );
  const connection = await connectTo(url);
  cleanups.push(() => connection.end());
  const clients = await signInClients(server.url, await demoProgram(connection));
  return { current, url, logFile, connection, clients };
}

async function main() {
  requireBuiltServer();
  const watchdog = setTimeout(() => {
    say(`\nFAIL: the fault scripts ran over ${seconds(TOTAL_LIMIT_MS)}; stopping.`);
    void cleanUp().finally(() => process.exit(1));
  }, TOTAL_LIMIT_MS);
  let shared;
  await scenario("a. SIGKILL during a burst of mutations, restart, check the money", async () => {
    shared = await serverOn(SHARED_SERVER, "kill");
    shared.current.server = await killDuringBurst({
      server: shared.current.server,
      clients: shared.clients,
      connection: shared.connection,
      databaseUrl: shared.url,
      logFile: shared.logFile,
      say,
    });
  });
  await scenario("d. A deadlock inside the server, retried and written once", async () => {
    if (!shared) throw new Error("needs scenario a's server");
    await deadlockInsideServer({ ...shared, databaseUrl: shared.url, say });
  });
  await scenario("c. SIGTERM drains in-flight requests and exits 0", async () => {
    if (!shared) throw new Error("needs scenario a's server");
    await gracefulSigterm({
      server: shared.current.server,
      clients: shared.clients,
      databaseUrl: shared.url,
      say,
    });
    say(`  ${await assertMoneyInvariants(shared.connection, "after the shutdown")}`);
  });
  await scenario(
    "b. The database stops under load (a private mariadbd), then comes back",
    async () => {
      const startedAt = Date.now();
      const mariadb = await startPrivateMariadb();
      cleanups.push(() => mariadb.stop());
      say(
        `  private mariadbd on 127.0.0.1:${mariadb.port} (${mariadb.baseDir}): up in ${seconds(Date.now() - startedAt)}`,
      );
      const own = await serverOn(mariadb.serverUrl, "database");
      try {
        const outages = await databaseOutages({
          mariadb,
          server: own.current.server,
          clients: own.clients,
          say,
        });
        const fresh = await connectTo(own.url); // the script's own connection died with mariadbd
        try {
          say(`  ${await assertMoneyInvariants(fresh, "after both outages")}`);
        } finally {
          await fresh.end();
        }
        const problems = outages.flatMap((o) => o.problems.map((p) => `${o.how}: ${p}`));
        if (problems.length) throw new Error(problems.join("\n  "));
      } catch (error) {
        say(`  server log (tail):\n${tail(own.logFile, 15)}`);
        throw error;
      }
    },
  );
  await scenario("e. SIGKILL of the outbox dispatcher mid-send, restart, sent once", async () => {
    const name = databaseName("allyhut_faults_outbox");
    cleanups.push(() => dropDatabase(SHARED_SERVER, name));
    await outboxKillScenario({
      databaseUrl: databaseUrl(SHARED_SERVER, name),
      workDir,
      cleanups,
      say,
    });
  });
  clearTimeout(watchdog);
}

async function cleanUp() {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  cleanups.length = 0;
  rmSync(workDir, { recursive: true, force: true });
}

try {
  await main();
} catch (error) {
  results.push({ name: "setup", ok: false });
  say(`FAIL: ${error?.stack ?? error}`);
} finally {
  await cleanUp();
}
say("\n== summary");
for (const r of results)
  say(`  ${r.ok ? "PASS" : "FAIL"}  ${r.name}${r.ms ? ` (${seconds(r.ms)})` : ""}`);
process.exit(results.every((r) => r.ok) && results.length === 5 ? 0 : 1);
