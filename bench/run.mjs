#!/usr/bin/env node
// `npm run bench`: AllyHut (dist/start.js, production) against the baseline (bench/baseline-server.mjs)
// on the bench fixture. Options: --seconds=5 --rounds=5 --warmup=2 --only=<name part>|<name part>
// --max-load=1.0 --load-wait=600 (seconds) --profile (AllyHut under --cpu-prof; not a measured run)
// --report-from=<run.json> (no servers, no load: prints the report of a recorded run).
// Exits 1 when the two servers answer differently or any request fails (missed targets are only
// reported).
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { bundleSizes } from "./lib/bundle-size.mjs";
import { REPO_ROOT, benchDatabaseUrl, connect, requireBuiltServer } from "./lib/bench-db.mjs";
import { checkAnswers, measure } from "./lib/measure.mjs";
import { rowsReadForPage } from "./lib/explain.mjs";
import { CONNECTIONS, loadAverages, waitForQuietMachine } from "./lib/load.mjs";
import { summariseProfiles } from "./lib/profile-summary.mjs";
import { failuresOf, markdownReport } from "./lib/report.mjs";
import { measureExport } from "./lib/export.mjs";
import { measurePayoutDay } from "./lib/payout-day.mjs";
import { measureDispatcher } from "./lib/dispatcher.mjs";
import { scenarios } from "./lib/scenarios.mjs";
import { rssMib, startAllyHut, startBaseline, stopServer } from "./lib/servers.mjs";
import {
  DEEP_PAGE,
  PAGE_SIZE,
  cursorBeforePage,
  fixtureState,
  pendingWithdrawalIds,
  signIn,
} from "./lib/setup.mjs";

const say = (line) => process.stdout.write(`${line}\n`);
const option = (name, fallback) => {
  const given = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  return given ? given.slice(name.length + 3) : fallback;
};
const flag = (name) => process.argv.includes(`--${name}`);
const RESULTS_DIR = path.join(REPO_ROOT, "bench/results");

const config = {
  seconds: Number(option("seconds", 5)),
  rounds: Number(option("rounds", 5)),
  warmupSeconds: Number(option("warmup", 2)),
  connections: CONNECTIONS,
  only: option("only", ""),
  maxLoad: Number(option("max-load", 1.0)),
  loadWaitSeconds: Number(option("load-wait", 600)),
  profile: flag("profile"),
};

async function freshFixture(bench) {
  const db = await connect(bench, { database: false });
  await db.query(`CREATE DATABASE IF NOT EXISTS \`${bench.database}\``);
  await db.changeUser({ database: bench.database });
  const state = await fixtureState(db);
  await db.end();
  if (state.ready) return;
  say(`The fixture is missing or used up (${state.pending} PENDING): loading it.`);
  const loaded = spawnSync(process.execPath, [path.join(REPO_ROOT, "bench/fixture.mjs")], {
    stdio: "inherit",
  });
  if (loaded.status !== 0) throw new Error("npm run bench:fixture failed");
}

async function machineFacts(db) {
  const [[{ version }]] = await db.query("SELECT VERSION() AS version");
  const [[counts]] = await db.query(
    `SELECT (SELECT COUNT(*) FROM commissions) AS sales, (SELECT COUNT(*) FROM withdrawals) AS withdrawals,
       (SELECT COUNT(*) FROM withdrawals WHERE status = 'PENDING') AS pending,
       (SELECT COUNT(*) FROM affiliates) AS affiliates`,
  );
  const n = (v) => Number(v).toLocaleString("en");
  const git = (args) => spawnSync("git", args, { cwd: REPO_ROOT, encoding: "utf8" }).stdout.trim();
  const changed = git(["status", "--porcelain", "apps/server/src", "packages/schema/src"]);
  return {
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model.trim() ?? "CPU",
      memoryGib: Math.round(os.totalmem() / 2 ** 30),
      node: process.versions.node,
      mariadb: `MariaDB ${version}`,
    },
    commit: `${git(["rev-parse", "--short", "HEAD"])}${changed ? " (with uncommitted server changes)" : ""}`,
    fixture: `${n(counts.affiliates)} affiliates, ${n(counts.sales)} sales, ${n(counts.withdrawals)} withdrawals (${n(counts.pending)} PENDING) at the start`,
  };
}

/** MariaDB's process id from its pid file, when it runs on this machine (for CPU per request). */
async function databasePid(db) {
  try {
    const [[{ file }]] = await db.query("SELECT @@pid_file AS file");
    return Number(readFileSync(file, "utf8").trim());
  } catch {
    return NaN;
  }
}

/** --report-from: the report of a recorded run (latest.json of an earlier run), printed only. */
function reportOfRecordedRun(file) {
  const run = JSON.parse(readFileSync(file, "utf8"));
  say(markdownReport(run));
}

async function main() {
  const recorded = option("report-from", "");
  if (recorded) return reportOfRecordedRun(recorded);
  requireBuiltServer();
  mkdirSync(RESULTS_DIR, { recursive: true });
  const bench = benchDatabaseUrl();
  await freshFixture(bench);
  const db = await connect(bench);
  const facts = await machineFacts(db);
  config.databasePid = await databasePid(db);
  const profileDir = path.join(RESULTS_DIR, "profile");
  if (config.profile) rmSync(profileDir, { recursive: true, force: true });
  const allyhut = await startAllyHut({
    databaseUrl: bench.url,
    resultsDir: RESULTS_DIR,
    nodeArgs: config.profile ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [],
  });
  const baseline = await startBaseline({ databaseUrl: bench.url, resultsDir: RESULTS_DIR });
  const servers = { allyhut, baseline };
  let run;
  try {
    say(
      `AllyHut ${allyhut.url} (pid ${allyhut.pid}), baseline ${baseline.url} (pid ${baseline.pid})`,
    );
    const sessions = await signIn(db, allyhut.url);
    const deepCursor = await cursorBeforePage(db, DEEP_PAGE);
    const ids = await pendingWithdrawalIds(db);
    let next = 0;
    const nextPending = () => {
      if (next >= ids.length) throw new Error("ran out of PENDING withdrawals to process");
      return ids[next++];
    };
    const page1 = await rowsReadForPage(db, null, PAGE_SIZE);
    const deep = await rowsReadForPage(db, deepCursor, PAGE_SIZE);
    const all = scenarios({ ...sessions, deepCursor }, nextPending);
    const wanted = config.only.toLowerCase().split("|");
    const chosen = all.filter((s) => wanted.some((part) => s.name.toLowerCase().includes(part)));
    const checked = await checkAnswers(chosen, servers, say);

    say("Waiting for a quiet machine before the measured rounds:");
    const quiet = await waitForQuietMachine({
      max: config.maxLoad,
      timeoutSeconds: config.loadWaitSeconds,
      say,
    });
    say(`  load ${quiet.load.one.toFixed(2)} (waited ${quiet.waitedSeconds} s)`);
    const measured = await measure(chosen, servers, config, say);
    const rss = { allyhut: rssMib(allyhut.pid), baseline: rssMib(baseline.pid) };
    // The export and payout day are AllyHut's alone (the baseline has neither): one run each.
    const csvExport = wanted.some((part) => "export".includes(part))
      ? await measureExport(allyhut, sessions.seller)
      : null;
    // Payout day is AllyHut's alone (the baseline has no batches): one run of each step, timed.
    const payoutDay = wanted.some((part) => "payout day".includes(part))
      ? await measurePayoutDay(db, allyhut, sessions.seller)
      : [];
    // The outbox dispatcher's messages per second, on its own database (AllyHut's alone too).
    const dispatcher = wanted.some((part) => "dispatcher".includes(part))
      ? await measureDispatcher({ say })
      : [];
    run = {
      ...facts,
      config,
      finishedAt: new Date().toISOString(),
      load: {
        before: quiet.load,
        quiet: quiet.quiet,
        waitedSeconds: quiet.waitedSeconds,
        ...measured.load,
        after: loadAverages(),
      },
      results: measured.results.map((r) => ({ ...r, statements: checked.statements[r.name] })),
      sameAnswers: checked.summary,
      answerProblems: checked.problems,
      page1,
      deep,
      rss,
      payoutDay,
      dispatcher,
      csvExport,
      processedWithdrawals: next,
    };
  } finally {
    await stopServer(allyhut);
    await stopServer(baseline);
    await db.end();
  }
  run.sizes = await bundleSizes(RESULTS_DIR);
  const report = markdownReport(run);
  say("");
  say(report);
  const name = config.profile ? "latest-profile" : "latest";
  if (config.profile) {
    const summary = summariseProfiles(profileDir);
    say(summary);
    writeFileSync(path.join(RESULTS_DIR, "profile-summary.md"), summary);
  }
  writeFileSync(path.join(RESULTS_DIR, `${name}.md`), report);
  writeFileSync(path.join(RESULTS_DIR, `${name}.json`), JSON.stringify(run, null, 2));
  say(`Written to bench/results/${name}.md`);
  // Missed targets are a report; different answers or failed requests fail the run.
  const failures = failuresOf(run);
  if (failures.length) {
    say(`\nFAILED: ${failures.join("\n  ")}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exitCode = 1;
});
