// The run as markdown: the table of medians, the targets met or missed, and the facts around them.
import { PAGE_SIZE } from "./setup.mjs";

const fixed = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "–");
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const counts = (byFirst) =>
  byFirst ? [10, 20, 100].map((f) => byFirst[f] ?? "–").join(" / ") : "–";

/** min–max of a figure over the rounds: as measured, or from the rounds of an older run's JSON. */
function spreadOf(server, stored, pick) {
  if (server[stored]) return server[stored];
  const values = (server.rounds ?? []).map(pick).filter((v) => Number.isFinite(v));
  return values.length
    ? { min: Math.min(...values), max: Math.max(...values) }
    : { min: NaN, max: NaN };
}

/** The per-round ratios' spread, from the result or (an older run's JSON) from the round pairs. */
function ratioSpreadOf(r) {
  if (r.ratioSpread) return r.ratioSpread;
  const pairs = (r.allyhut.rounds ?? []).map(
    (round, n) => round.requestsPerSecond / r.baseline.rounds?.[n]?.requestsPerSecond,
  );
  return spreadOf({ rounds: pairs }, "none", (ratio) => ratio);
}

/** "1234 (1200–1260)": the median and, in brackets, the spread of the rounds. */
const withSpread = (value, range, digits) =>
  `${fixed(value, digits)} (${fixed(range.min, digits)}–${fixed(range.max, digits)})`;

const requestsSpread = (server) =>
  spreadOf(server, "requestsPerSecondSpread", (round) => round.requestsPerSecond);
const serverCpuSpread = (server) =>
  spreadOf(server, "serverCpuMsSpread", (round) => round.cpuMsPerRequest?.server);

function resultsTable(results) {
  const lines = [
    "| operation | AllyHut req/s | baseline req/s | ratio | AllyHut p50 / p99 ms | baseline p50 / p99 ms | SQL/req AllyHut (first 10 / 20 / 100) | SQL/req baseline | CPU ms/req server AllyHut | CPU ms/req server baseline | CPU ms/req MariaDB A / B | failed A / B |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const r of results) {
    const ratios = ratioSpreadOf(r);
    lines.push(
      `| ${r.name} | ${withSpread(r.allyhut.requestsPerSecond, requestsSpread(r.allyhut), 0)} | ` +
        `${withSpread(r.baseline.requestsPerSecond, requestsSpread(r.baseline), 0)} | ` +
        `**${fixed(r.ratio, 2)}** (${fixed(ratios.min, 2)}–${fixed(ratios.max, 2)}) | ` +
        `${fixed(r.allyhut.p50Ms)} / ${fixed(r.allyhut.p99Ms)} | ` +
        `${fixed(r.baseline.p50Ms)} / ${fixed(r.baseline.p99Ms)} | ` +
        `${r.kind === "read" ? counts(r.statements.allyhut) : r.statements.allyhut[20]} | ` +
        `${r.kind === "read" ? counts(r.statements.baseline) : r.statements.baseline[20]} | ` +
        `${withSpread(r.allyhut.serverCpuMs, serverCpuSpread(r.allyhut), 2)} | ` +
        `${withSpread(r.baseline.serverCpuMs, serverCpuSpread(r.baseline), 2)} | ` +
        `${fixed(r.allyhut.databaseCpuMs, 2)} / ${fixed(r.baseline.databaseCpuMs, 2)} | ` +
        `${r.allyhut.failed} / ${r.baseline.failed} |`,
    );
  }
  return lines;
}

function harnessRange(results) {
  const values = results.flatMap((r) => [r.allyhut.harnessCpuMs, r.baseline.harnessCpuMs]);
  return `${fixed(Math.min(...values), 2)}–${fixed(Math.max(...values), 2)}`;
}

/** Each target (issue 5, ratios of issue 17): the measured value, met or missed, and by how much. */
export function targetsOf({ results, deep, sizes }) {
  const byName = (prefix) => results.find((r) => r.name.startsWith(prefix));
  const targets = [];
  const atLeast = (label, value, goal) =>
    targets.push({
      label,
      value: fixed(value, 3),
      goal: `≥ ${goal}`,
      met: value >= goal,
      by: value - goal,
    });
  const atMost = (label, value, goal, digits = 2) =>
    targets.push({
      label,
      value: fixed(value, digits),
      goal: `≤ ${goal}`,
      met: value <= goal,
      by: goal - value,
    });
  const ratio = (prefix) => byName(prefix)?.ratio ?? NaN;
  if (byName("Affiliate overview"))
    atLeast("Affiliate overview ratio", ratio("Affiliate overview"), 0.6);
  if (byName("Affiliates page")) atLeast("Affiliates page ratio", ratio("Affiliates page"), 0.75);
  for (const page of ["Payouts PENDING, page 1", "Payouts PENDING, page 10,000"]) {
    const r = results.find((x) => x.name === page);
    if (r) atLeast(`${page} ratio`, r.ratio, 0.75);
  }
  for (const r of results.filter((x) => x.kind === "read")) {
    const s = r.statements.allyhut;
    targets.push({
      label: `${r.name}: SQL statements first 10 = first 100, ≤ 4`,
      value: `${s[10]} / ${s[100]}`,
      goal: "equal, ≤ 4",
      met: s[10] === s[100] && s[100] <= 4,
      by: 4 - Math.max(s[10], s[100]),
    });
  }
  const first = results.find((x) => x.name === "Payouts PENDING, page 1");
  const last = results.find((x) => x.name === "Payouts PENDING, page 10,000");
  if (first && last)
    atMost("Payouts p50 page 10,000 ÷ page 1", last.allyhut.p50Ms / first.allyhut.p50Ms, 1.5);
  if (deep)
    atMost(
      "Payouts page 10,000: rows read (ANALYZE r_rows)",
      deep.withdrawalRowsRead,
      2 * PAGE_SIZE,
      0,
    );
  for (const prefix of ["processWithdrawal", "requestWithdrawal"]) {
    if (byName(prefix)) atLeast(`${prefix} throughput ratio`, ratio(prefix), 0.65);
  }
  const me = byName("me { id }");
  if (me) atMost("me { id }: AllyHut server CPU ms/request", me.allyhut.serverCpuMs, 0.35);
  if (sizes?.spa && sizes?.bare)
    atMost("SPA initial JS gzip ÷ bare React + Apollo", sizes.ratio, 1.5);
  return targets;
}

/**
 * What makes the run fail (an empty list when nothing does): answers that differ between the two
 * servers, and requests that failed. A missed target is reported, not a failure.
 */
export function failuresOf({ answerProblems = [], results = [] }) {
  const failures = [...answerProblems];
  for (const r of results) {
    for (const [key, label] of [
      ["allyhut", "AllyHut"],
      ["baseline", "the baseline"],
    ]) {
      const { failed, warmupFailed = 0 } = r[key];
      if (failed + warmupFailed > 0) {
        failures.push(
          `${r.name}: ${failed} measured and ${warmupFailed} warm-up requests to ${label} failed`,
        );
      }
    }
  }
  return failures;
}

export function markdownReport(run) {
  const { machine, load, results, deep, page1, rss, sizes, config } = run;
  const failures = failuresOf(run);
  const lines = [
    `# AllyHut benchmark — ${run.finishedAt}`,
    "",
    `Commit ${run.commit} (AllyHut from apps/server/dist). ${machine.cpus} × ${machine.cpuModel}, ` +
      `${machine.memoryGib} GiB, Node ${machine.node}, ${machine.mariadb}. Fixture: ${run.fixture}.`,
    `Each operation: ${config.connections} connections, ${config.warmupSeconds} s warm-up per server, then ` +
      `${config.rounds} rounds of ${config.seconds} s, interleaved (AllyHut, baseline, AllyHut, …): each figure is the median ` +
      "of the rounds, with their spread (min–max) in brackets.",
    `Load average (1 min) before: ${fixed(load.before.one, 2)}${load.waitedSeconds ? ` after waiting ${load.waitedSeconds} s` : ""}` +
      `${load.quiet ? "" : " (NOT below the limit: the machine was busy)"}; during the rounds: ` +
      `${fixed(load.duringMin, 2)}–${fixed(load.duringMax, 2)} (this run itself uses both cores); after: ${fixed(load.after.one, 2)}.`,
    "",
    ...resultsTable(results),
    "",
    "ratio = AllyHut req/s ÷ baseline req/s of each round pair (round n of each server ran back to back), " +
      `the median of the ${config.rounds} pairs with their spread. Answers compared before the load: ${run.sameAnswers}. ` +
      `CPU ms/req is the process's user + system time over the requests it answered; autocannon ` +
      `(in the harness, same machine) used ${harnessRange(results)} ms per request.`,
    "",
    failures.length
      ? `**The run FAILED** (answers differ or requests failed): ${failures.join("; ")}.`
      : "Passed: the same answers, and no request failed (warm-ups included).",
    "",
    "## Targets",
    "",
    "| target | measured | goal | |",
    "| --- | ---: | ---: | --- |",
    ...targetsOf(run).map(
      (t) =>
        `| ${t.label} | ${t.value} | ${t.goal} | ${t.met ? "met" : `**missed** by ${fixed(Math.abs(t.by), 3)}`} |`,
    ),
    "",
    "## Payouts page 10,000 (PENDING, REQUESTED_AT DESC, first 20)",
    "",
    ...[
      ["page 1", page1],
      ["page 10,000", deep],
    ].map(
      ([label, plan]) =>
        `- ${label}: ${plan.tables.map((t) => `${t.table} ${t.accessType} on ${t.key}, r_rows ${t.rows} × ${t.loops} loop(s)`).join("; ")}; ` +
        `Handler_read_* ${plan.handlerReadsTotal} (${Object.entries(plan.handlerReads)
          .filter(([, v]) => v)
          .map(([k, v]) => `${k.replace("Handler_read_", "")} ${v}`)
          .join(", ")})`,
    ),
    "",
    ...exportSection(run.csvExport),
    ...payoutDaySection(run.payoutDay ?? []),
    ...dispatcherSection(run.dispatcher ?? []),
    "## Memory and bundle",
    "",
    `- RSS after the run: AllyHut ${fixed(rss.allyhut, 0)} MiB, baseline ${fixed(rss.baseline, 0)} MiB.`,
    sizes?.spa
      ? `- SPA initial JS (apps/web/dist/index.html of ${sizes.spa.builtAt}: ${sizes.spa.files.map((f) => f.file.replace("/assets/", "")).join(", ")}): ` +
        `${kib(sizes.spa.gzipBytes)} gzip (${kib(sizes.spa.bytes)} raw); bare React + Apollo Client with the same Vite config: ` +
        `${kib(sizes.bare.gzipBytes)} gzip (${kib(sizes.bare.bytes)} raw); ratio ${fixed(sizes.ratio, 2)}.`
      : "- SPA initial JS: apps/web/dist/index.html not found (build the SPA first).",
    "",
  ];
  return lines.join("\n");
}

/** Payout day: AllyHut alone, one request per step on the fixture's big seller. */
function payoutDaySection(steps) {
  if (!steps.length) return [];
  return [
    "## Payout day (AllyHut only: one 1000-withdrawal batch of PENDING PayPal requests)",
    "",
    "| step | time | SQL statements | peak RSS |",
    "| --- | ---: | ---: | ---: |",
    ...steps.map(
      (s) =>
        `| ${s.label} | ${fixed(s.ms, 0)} ms | ${s.statements} | ${fixed(s.peakRssMib, 0)} MiB${s.peakSince === "start" ? " (since start)" : ""} |`,
    ),
    "",
    "Goal: each step under 2 s; statements may grow with the lines only by a small constant per chunk.",
    "",
  ];
}

/** The outbox dispatcher's throughput and its commit-to-arrival wait (bench/lib/dispatcher.mjs). */
function dispatcherSection(figures) {
  const drains = figures.filter((f) => f.messagesPerSecond !== undefined);
  const waited = figures.find((f) => f.latency)?.latency;
  if (!drains.length) return [];
  return [
    "## Outbox dispatcher (AllyHut only: signed webhooks to a local receiver, one per event)",
    "",
    "| dispatchers | messages/s | seconds | delivered | duplicate posts |",
    "| ---: | ---: | ---: | ---: | ---: |",
    ...drains.map(
      (f) =>
        `| ${f.dispatchers} | ${fixed(f.messagesPerSecond, 0)} | ${fixed(f.seconds, 2)} | ${f.delivered} | ${f.duplicatePosts} |`,
    ),
    "",
    ...(waited
      ? [
          `Commit to arrival, one event at a time: median ${fixed(waited.medianMs, 0)} ms, max ${fixed(waited.maxMs, 0)} ms (the idle poll is 1 s).`,
          "",
        ]
      : []),
  ];
}

/** The withdrawals CSV export of the big seller: streamed, so memory must not grow with the rows. */
function exportSection(figures) {
  if (!figures) return [];
  const f = figures;
  return [
    "## CSV export (AllyHut only: GET /exports/withdrawals.csv of the big seller, every row)",
    "",
    `- ${f.rows.toLocaleString("en")} rows, ${fixed(f.bytes / 1024 / 1024, 1)} MiB in ${fixed(f.seconds, 1)} s: ` +
      `${Math.round(f.rowsPerSecond).toLocaleString("en")} rows/s (${fixed(f.mibPerSecond, 1)} MiB/s).`,
    `- RSS ${fixed(f.rssBeforeMib, 0)} MiB before, peak ${fixed(f.peakRssMib, 0)} MiB during` +
      `${f.peakSince === "start" ? " (peak since start)" : ""}: growth ${fixed(f.rssGrowthMib, 1)} MiB (goal < 50 MiB).`,
    `- payoutSummary p99 ${fixed(f.p99BeforeMs, 1)} ms before, ${fixed(f.p99DuringMs, 1)} ms during ` +
      `(${f.requestsDuring} requests): ${fixed(f.p99Ratio, 2)} × (goal ≤ 2 ×).`,
    "",
  ];
}
