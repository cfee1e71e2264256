#!/usr/bin/env node
// `npm run soak`: SOAK_SECONDS (default 60) of mixed reads and writes from SOAK_CONNECTIONS (32)
// loops against a freshly seeded server on loopback. Fails on any 5xx or unexpected error, broken
// money invariants, or growth of 20 % or more in RSS or V8 heap (both read after a full GC) from
// the end of the warm-up (SOAK_WARMUP_SECONDS, 15) to the end. Not part of `npm test`.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  SHARED_SERVER,
  assertMoneyInvariants,
  connectTo,
  databaseName,
  databaseUrl,
  demoProgram,
  dropDatabase,
} from "./faults/lib/db.mjs";
import {
  freePort,
  requireBuiltServer,
  rssKib,
  seconds,
  sleep,
  startServerProcess,
  stopProcess,
  tail,
} from "./faults/lib/server.mjs";
import { signInClients } from "./faults/lib/workload.mjs";
import { SoakStats, soakLoop } from "./soak-workload.mjs";

const SOAK_SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 32);
const WARMUP_SECONDS = Number(process.env.SOAK_WARMUP_SECONDS ?? 15);
const MAX_RSS_GROWTH = 0.2;
const GC_PRELOAD = path.join(path.dirname(fileURLToPath(import.meta.url)), "soak-gc.cjs");
const say = (line) => process.stdout.write(`${line}\n`);
const mib = (kib) => `${(kib / 1024).toFixed(1)} MiB`;

/** VmRSS once the server has run a full garbage collection (SIGUSR2, see soak-gc.cjs). */
async function rssAfterGc(server) {
  server.child.kill("SIGUSR2");
  await sleep(1_000);
  const line = readFileSync(server.logFile, "utf8")
    .split("\n")
    .filter((l) => l.includes('"soakMemory"'))
    .pop();
  const heap = line ? JSON.parse(line).soakMemory : {};
  return {
    rss: rssKib(server.pid),
    heapUsedKib: heap.heapUsed / 1024,
    externalKib: heap.external / 1024,
  };
}

/** Runs the loops for `ms`; returns their figures. */
async function load(ms, clients, program, state) {
  const stats = new SoakStats();
  const deadline = Date.now() + ms;
  const [seller] = clients.sellers;
  const affiliates = program.map((a) => ({ ...a, client: clients.byEmail.get(a.email) }));
  const startedAt = Date.now();
  state.stop = false;
  state.phase = (state.phase ?? 0) + 1;
  const timer = setTimeout(() => (state.stop = true), ms);
  await Promise.all(
    Array.from({ length: CONNECTIONS }, (_, index) =>
      soakLoop({ index, seller, affiliates, state, stats, deadline }),
    ),
  );
  clearTimeout(timer);
  return { stats, elapsedMs: Date.now() - startedAt };
}

async function main() {
  requireBuiltServer();
  const workDir = mkdtempSync(path.join(tmpdir(), "allyhut-soak-"));
  const name = databaseName("allyhut_soak");
  const url = databaseUrl(SHARED_SERVER, name);
  const logFile = path.join(workDir, "server.log");
  let server;
  let connection;
  const watchdog = setTimeout(
    () => {
      say("FAIL: the soak overran its time limit; stopping.");
      if (server) server.child.kill("SIGKILL");
      void dropDatabase(SHARED_SERVER, name).finally(() => process.exit(1));
    },
    (WARMUP_SECONDS + SOAK_SECONDS + 120) * 1000,
  );
  try {
    server = await startServerProcess({
      databaseUrl: url,
      port: await freePort(),
      logFile,
      nodeArgs: ["--expose-gc", "--require", GC_PRELOAD],
    });
    say(
      `server pid ${server.pid} on ${server.url}, database ${name}: healthy in ${seconds(server.startMs)}`,
    );
    connection = await connectTo(url);
    const program = (await demoProgram(connection)).filter((a) => a.offerIds.length > 0);
    const clients = await signInClients(server.url, program, program.length);
    clients.byEmail = new Map(clients.affiliates.map((a) => [a.email, a.client]));
    const state = { stop: false, pendingIds: [], orders: [] };

    say(`warm-up: ${WARMUP_SECONDS} s at ${CONNECTIONS} connections`);
    const warmup = await load(WARMUP_SECONDS * 1000, clients, program, state);
    const rawAfterWarmup = rssKib(server.pid);
    const afterWarmup = await rssAfterGc(server);
    const rssAfterWarmup = afterWarmup.rss;
    const samples = [];
    const sampler = setInterval(() => samples.push(rssKib(server.pid)), 1000);
    say(
      `soak: ${SOAK_SECONDS} s at ${CONNECTIONS} connections (RSS after warm-up ${mib(rssAfterWarmup)})`,
    );
    const { stats, elapsedMs } = await load(SOAK_SECONDS * 1000, clients, program, state);
    clearInterval(sampler);
    const rawAtEnd = rssKib(server.pid);
    const atEnd = await rssAfterGc(server);
    const rssAtEnd = atEnd.rss;
    const growth = (rssAtEnd - rssAfterWarmup) / rssAfterWarmup;

    const all = [warmup.stats, stats];
    const fivexx = all.reduce((sum, s) => sum + s.fivexx, 0);
    const noAnswer = all.reduce((sum, s) => sum + s.noAnswer, 0);
    const unexpected = Object.assign({}, warmup.stats.unexpected, stats.unexpected);
    say(
      `requests: ${stats.requests} in ${seconds(elapsedMs)} = ${(stats.requests / (elapsedMs / 1000)).toFixed(0)} req/s`,
    );
    say(`  by operation: ${JSON.stringify(stats.byOperation)}`);
    say(
      `  latency: p50 ${stats.percentile(50).toFixed(1)} ms, p95 ${stats.percentile(95).toFixed(1)} ms, ` +
        `p99 ${stats.percentile(99).toFixed(1)} ms, max ${stats.percentile(100).toFixed(1)} ms`,
    );
    say(
      `errors (warm-up included): 5xx ${fivexx}, no answer ${noAnswer}, unexpected ${JSON.stringify(unexpected)}; ` +
        `domain answers (INSUFFICIENT_FUNDS, INVALID_TRANSITION) ${stats.domainErrors + warmup.stats.domainErrors}`,
    );
    say(
      `memory (VmRSS after a full GC): ${mib(rssAfterWarmup)} after warm-up → ${mib(rssAtEnd)} ` +
        `at the end (${(growth * 100).toFixed(1)} %); before the GC ${mib(rawAfterWarmup)} → ` +
        `${mib(rawAtEnd)}; max under load ${mib(Math.max(...samples, rawAtEnd))}`,
    );
    say(
      `  V8 heap used after a full GC: ${mib(afterWarmup.heapUsedKib)} → ${mib(atEnd.heapUsedKib)}; external ${mib(afterWarmup.externalKib)} → ${mib(atEnd.externalKib)}`,
    );
    const every10s = samples.filter((_, n) => n % 10 === 9).map((kib) => (kib / 1024).toFixed(0));
    say(`  every 10 s (MiB): ${every10s.join(", ")}`);
    say(await assertMoneyInvariants(connection, "after the soak"));
    const problems = [];
    if (fivexx) problems.push(`${fivexx} answers with a 5xx status`);
    if (noAnswer) problems.push(`${noAnswer} requests without an answer`);
    if (Object.keys(unexpected).length)
      problems.push(`unexpected errors ${JSON.stringify(unexpected)}`);
    if (!(growth < MAX_RSS_GROWTH)) {
      problems.push(`RSS grew ${(growth * 100).toFixed(1)} % (limit 20 %)`);
    }
    const heapGrowth = (atEnd.heapUsedKib - afterWarmup.heapUsedKib) / afterWarmup.heapUsedKib;
    if (!(heapGrowth < MAX_RSS_GROWTH)) {
      problems.push(`the V8 heap grew ${(heapGrowth * 100).toFixed(1)} % (limit 20 %)`);
    }
    if (stats.requests === 0) problems.push("no requests were made");
    const exit = await stopProcess(server, "SIGTERM");
    say(`server stopped with SIGTERM: ${JSON.stringify(exit)}`);
    if (exit.code !== 0) problems.push(`the server exited with ${JSON.stringify(exit)}`);
    if (problems.length) throw new Error(problems.join("; "));
    say("PASS");
  } catch (error) {
    say(`FAIL: ${error?.stack ?? error}`);
    say(`server log (tail):\n${tail(logFile, 10)}`);
    process.exitCode = 1;
  } finally {
    clearTimeout(watchdog);
    if (server) await stopProcess(server, "SIGKILL");
    if (connection) await connection.end().catch(() => {});
    await dropDatabase(SHARED_SERVER, name);
    rmSync(workDir, { recursive: true, force: true });
  }
}

await main();
