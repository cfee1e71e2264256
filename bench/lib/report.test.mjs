// The report's arithmetic on recorded numbers (no servers): `node --test bench/lib/report.test.mjs`.
import assert from "node:assert/strict";
import { test } from "node:test";
import { compareRounds, summariseRounds } from "./measure.mjs";
import { markdownReport } from "./report.mjs";

/** A round as drive() records it. */
const round = (requestsPerSecond, serverCpuMs) => ({
  requestsPerSecond,
  p50Ms: 10,
  p99Ms: 20,
  failed: 0,
  total: requestsPerSecond * 5,
  cpuMsPerRequest: { server: serverCpuMs, database: 0.3, harness: 0.1 },
});

// Five interleaved rounds of the overview, as recorded (AllyHut, baseline, AllyHut, …); the
// machine slowed down in round 3 for both.
const ALLYHUT = [
  round(410, 2.4),
  round(400, 2.45),
  round(300, 2.9),
  round(405, 2.38),
  round(395, 2.5),
];
const BASELINE = [
  round(1080, 0.67),
  round(1050, 0.68),
  round(800, 0.8),
  round(1100, 0.66),
  round(1000, 0.7),
];

test("each server's figures are the medians of its rounds, with their min–max", () => {
  const allyhut = summariseRounds(ALLYHUT, 0);
  assert.equal(allyhut.requestsPerSecond, 400);
  assert.deepEqual(allyhut.requestsPerSecondSpread, { min: 300, max: 410 });
  assert.equal(allyhut.serverCpuMs, 2.45);
  assert.deepEqual(allyhut.serverCpuMsSpread, { min: 2.38, max: 2.9 });
  assert.equal(allyhut.rounds.length, 5);
});

test("the ratio is the median of the round pairs' ratios, with their spread", () => {
  const compared = compareRounds(summariseRounds(ALLYHUT), summariseRounds(BASELINE));
  const pairs = [410 / 1080, 400 / 1050, 300 / 800, 405 / 1100, 395 / 1000];
  assert.deepEqual(compared.roundRatios, pairs);
  assert.equal(compared.ratio, 410 / 1080);
  assert.deepEqual(compared.ratioSpread, { min: 405 / 1100, max: 395 / 1000 });
  assert.equal(compared.ratioOfMedians, 400 / 1050);
});

function recordedRun() {
  const allyhut = summariseRounds(ALLYHUT, 0);
  const baseline = summariseRounds(BASELINE, 0);
  const plan = { tables: [], handlerReadsTotal: 0, handlerReads: {} };
  return {
    machine: { cpus: 2, cpuModel: "CPU", memoryGib: 4, node: "20", mariadb: "MariaDB 10.11" },
    commit: "abc1234",
    fixture: "10,000 affiliates",
    config: { connections: 16, warmupSeconds: 2, rounds: 5, seconds: 5 },
    finishedAt: "2026-12-04T00:00:00.000Z",
    load: { before: { one: 0.5 }, quiet: true, duringMin: 1.9, duringMax: 2.1, after: { one: 2 } },
    results: [
      {
        name: "Affiliate overview",
        kind: "read",
        allyhut,
        baseline,
        ...compareRounds(allyhut, baseline),
        statements: { allyhut: { 10: 4, 20: 4, 100: 4 }, baseline: { 10: 4, 20: 4, 100: 4 } },
      },
    ],
    sameAnswers: "identical JSON for 1 reads",
    answerProblems: [],
    page1: plan,
    deep: plan,
    rss: { allyhut: 150, baseline: 60 },
    sizes: null,
  };
}

test("the report prints medians with spreads, the ratio with its spread, and keeps its sections", () => {
  const report = markdownReport(recordedRun());
  const row = report.split("\n").find((line) => line.startsWith("| Affiliate overview |"));
  assert.match(row, /\| 400 \(300–410\) \| 1050 \(800–1100\) \| \*\*0\.38\*\* \(0\.37–0\.40\) \|/);
  assert.match(row, /\| 2\.45 \(2\.38–2\.90\) \| 0\.68 \(0\.66–0\.80\) \|/);
  assert.match(report, /5 rounds of 5 s, interleaved/);
  for (const section of ["## Targets", "## Payouts page 10,000", "## Memory and bundle"]) {
    assert.ok(report.includes(section), section);
  }
});

test("a run recorded before the spreads were stored gets them from its rounds", () => {
  const run = recordedRun();
  const [result] = run.results;
  for (const server of [result.allyhut, result.baseline]) {
    delete server.requestsPerSecondSpread;
    delete server.serverCpuMsSpread;
  }
  delete result.ratioSpread;
  const row = markdownReport(run)
    .split("\n")
    .find((line) => line.startsWith("| Affiliate overview |"));
  assert.match(row, /\| 400 \(300–410\) \| 1050 \(800–1100\) \| \*\*0\.38\*\* \(0\.37–0\.40\) \|/);
});
