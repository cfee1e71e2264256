#!/usr/bin/env node
// `npm run bench:compare -- --other=<dist>`: the server CPU per request of two AllyHut builds
// (this checkout's apps/server/dist and another one's) on the same reads, in interleaved rounds,
// so a busy moment of the machine slows both. For trying a change out before a full `npm run bench`.
// Options: --other=<apps/server/dist of another checkout> --only=<name part>|… --seconds=3
// --rounds=5 --node-args="<flags for this build's node>" (e.g. a GC flag to try).
import { readFileSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT, benchDatabaseUrl, connect, requireBuiltServer } from "./lib/bench-db.mjs";
import { drive, median, spread } from "./lib/load.mjs";
import { scenarios } from "./lib/scenarios.mjs";
import { startAllyHut, stopServer } from "./lib/servers.mjs";
import { signIn } from "./lib/setup.mjs";

const option = (name, fallback) => {
  const given = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  return given ? given.slice(name.length + 3) : fallback;
};
const say = (line) => process.stdout.write(`${line}\n`);

/** User + system CPU milliseconds a process has used so far (Linux /proc, 100 ticks a second). */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function main() {
  const other = option("other", "");
  if (!other) throw new Error("--other=<apps/server/dist of the build to compare with> is needed");
  requireBuiltServer();
  const only = option("only", "overview|affiliates page|payouts|summary|me {").toLowerCase();
  const seconds = Number(option("seconds", "3"));
  const rounds = Number(option("rounds", "5"));
  const nodeArgs = option("node-args", "").split(" ").filter(Boolean);
  const bench = benchDatabaseUrl();
  const db = await connect(bench);
  const resultsDir = path.join(REPO_ROOT, "bench/results");
  const builds = {
    this: await startAllyHut({ databaseUrl: bench.url, resultsDir, nodeArgs, logName: "this.log" }),
    other: await startAllyHut({
      databaseUrl: bench.url,
      resultsDir,
      dist: path.resolve(other),
      logName: "other.log",
    }),
  };
  try {
    const sessions = await signIn(db, builds.this.url);
    const reads = scenarios({ ...sessions, deepCursor: null }, () => {
      throw new Error("reads only");
    }).filter(
      (s) => s.kind === "read" && only.split("|").some((p) => s.name.toLowerCase().includes(p)),
    );
    say(`This build (${nodeArgs.join(" ") || "no node flags"}) against ${other}:`);
    for (const read of reads) {
      const cpu = { this: [], other: [] };
      for (const server of Object.values(builds)) {
        await drive({ url: server.url, seconds: 2, request: read.request });
      }
      for (let round = 0; round < rounds; round++) {
        for (const [name, server] of Object.entries(builds)) {
          const before = cpuMs(server.pid);
          const run = await drive({ url: server.url, seconds, request: read.request });
          if (run.failed) throw new Error(`${name} build: ${run.failed} requests failed`);
          cpu[name].push((cpuMs(server.pid) - before) / run.total);
        }
      }
      const [a, b] = [median(cpu.this), median(cpu.other)];
      const range = (values) => {
        const { min, max } = spread(values);
        return `${min.toFixed(2)}–${max.toFixed(2)}`;
      };
      say(
        `  ${read.name}: ${a.toFixed(3)} (${range(cpu.this)}) vs ${b.toFixed(3)} (${range(cpu.other)}) CPU ms/request, ${((a / b - 1) * 100).toFixed(0)} %`,
      );
    }
  } finally {
    await Promise.all(Object.values(builds).map(stopServer));
    await db.end();
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exitCode = 1;
});
