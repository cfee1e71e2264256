#!/usr/bin/env node
// `npm run cluster:check`: brings the cluster up if needed, runs the money races through the three
// instances (each on its own Galera node), then checks every node. Exits 1 if anything does not hold.
import { assertMoneyInvariants, health } from "@allyhut/testkit";
import { checkCausalReads } from "./causal-reads.mjs";
import { checkRaces } from "./race-checks.mjs";
import { withdrawalRace } from "./race-withdrawals.mjs";
import { throughHaproxy } from "./through-haproxy.mjs";
import {
  DATABASE,
  HAPROXY_PORT,
  INSTANCES,
  NODES,
  alive,
  connectNode,
  counterDeltas,
  readState,
  retryCounters,
  say,
  seconds,
} from "./lib.mjs";
import { clusterUp } from "./up.mjs";

const problems = [];
const expect = (ok, what) => {
  say(`  ${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) problems.push(what);
};

async function clusterRunning() {
  const state = readState();
  if (!state?.nodes || !Object.values(state.nodes).every(alive)) return false;
  const answers = await Promise.all(INSTANCES.map((i) => health(i.url)));
  return answers.every((status) => status === 200);
}

/** The affiliate's totals and rows as node `node` sees them, after waiting for the cluster's writes. */
async function readNode(node, affiliateId) {
  const connection = await connectNode(node, DATABASE);
  try {
    // Causal read: the node applies everything the cluster committed before answering.
    await connection.query("SET SESSION wsrep_sync_wait = 1");
    const [[row]] = await connection.query(
      `SELECT a.earned_cents, a.pending_cents, a.pending_count,
         (SELECT COUNT(*) FROM withdrawals w WHERE w.affiliate_id = a.id) AS withdrawals,
         (SELECT COALESCE(SUM(amount_cents), 0) FROM withdrawals w WHERE w.affiliate_id = a.id) AS withdrawn_cents
       FROM affiliates a WHERE a.id = ?`,
      [affiliateId],
    );
    const invariants = await assertMoneyInvariants(
      (sql) => connection.query(sql).then(([rows]) => rows),
      `on ${node.name}`,
    ).catch((error) => `FAIL ${error.message}`);
    return { row, invariants };
  } finally {
    await connection.end();
  }
}

/** Runs `race`, then prints each node's cert-failure and BF-abort deltas over it. */
async function withCounters(race) {
  const before = await retryCounters();
  const result = await race(say);
  const after = await retryCounters();
  for (const line of counterDeltas(before, after)) say(`  ${line}`);
  return result;
}

/** The testkit money invariants on every node, after all the races. */
async function invariantsEverywhere() {
  say("\n== money invariants on every node");
  for (const node of NODES) {
    const { invariants } = await readNode(node, 0);
    expect(!invariants.startsWith("FAIL"), invariants);
  }
}

async function main() {
  const startedAt = Date.now();
  if (!(await clusterRunning())) {
    say("The cluster is not (fully) up: starting it.");
    await clusterUp();
  }
  say(`\n== through HAProxy (127.0.0.1:${HAPROXY_PORT})`);
  const front = await throughHaproxy();
  expect(front.spa, "GET / serves the SPA (200, text/html)");
  expect(
    front.signedInEverywhere,
    `one login, then 6 \`me\` round robin over the instances: ${front.emails.join(", ")}`,
  );
  say(
    "\n== race 1: 25 × requestWithdrawal(1.00) on 10.00, over app1/app2/app3 (node1/node2/node3)",
  );
  const before = await retryCounters();
  const race = await withdrawalRace(say);
  const after = await retryCounters();
  say(
    `  accepted ${race.accepted} (${JSON.stringify(race.perInstance)}), refused ${JSON.stringify(race.refused)}`,
  );
  for (const line of counterDeltas(before, after)) say(`  ${line}`);
  if (race.oddAnswer) say(`  an unexpected answer: ${race.oddAnswer}`);
  expect(race.accepted === 10, `exactly 10 accepted (got ${race.accepted})`);
  expect(
    race.refused.INSUFFICIENT_FUNDS === 15 && Object.keys(race.refused).length === 1,
    "the other 15 refused with INSUFFICIENT_FUNDS",
  );
  for (const node of NODES) {
    const { row, invariants } = await readNode(node, race.affiliateId);
    const seen = `earned ${row.earned_cents}, pending ${row.pending_cents} in ${row.pending_count} (rows: ${row.withdrawals} withdrawals, ${row.withdrawn_cents} cents)`;
    expect(
      Number(row.earned_cents) === 1000 &&
        Number(row.pending_cents) === 1000 &&
        Number(row.pending_count) === 10 &&
        Number(row.withdrawals) === 10 &&
        Number(row.withdrawn_cents) === 1000,
      `${node.name}: ${seen}`,
    );
    expect(!invariants.startsWith("FAIL"), invariants);
  }
  await checkRaces(expect, withCounters);
  await checkCausalReads(say, expect);
  await invariantsEverywhere();
  say(
    `\n${problems.length ? `FAIL: ${problems.length} problem(s)` : "PASS"} (${seconds(Date.now() - startedAt)})`,
  );
}

try {
  await main();
} catch (error) {
  problems.push(String(error));
  say(`FAIL: ${error?.stack ?? error}`);
}
process.exit(problems.length ? 1 : 0);
