#!/usr/bin/env node
// `npm run cluster:hot-row [-- runs]`: race 1 of cluster:check (25 × requestWithdrawal on one
// affiliate over the three instances) `runs` times (default 5), with each run's answers and the
// nodes' cert-failure and BF-abort deltas, then the totals. Compare the topologies with
// `CLUSTER_WRITER=one npm run cluster:up` (after cluster:down). Exits 1 if a run breaks the money.
import { withdrawalRace } from "./race-withdrawals.mjs";
import { WRITER, counterDeltas, readState, retryCounters, say } from "./lib.mjs";
import { clusterUp } from "./up.mjs";

const runs = Number(process.argv[2] || 5);
if (!readState()?.haproxy) await clusterUp();
say(`== hot row: race 1 × ${runs}, CLUSTER_WRITER=${WRITER}`);
const totals = { accepted: 0, refused: {}, certFailures: 0, bfAborts: 0, wrong: 0, ms: 0 };
for (let run = 1; run <= runs; run++) {
  const before = await retryCounters();
  const startedAt = Date.now();
  const race = await withdrawalRace(() => {});
  const ms = Date.now() - startedAt;
  totals.ms += ms;
  const after = await retryCounters();
  const sum = (name) => after.reduce((n, node, i) => n + node[name] - before[i][name], 0);
  totals.accepted += race.accepted;
  for (const [code, n] of Object.entries(race.refused))
    totals.refused[code] = (totals.refused[code] ?? 0) + n;
  totals.certFailures += sum("wsrep_local_cert_failures");
  totals.bfAborts += sum("wsrep_local_bf_aborts");
  // Every answer but the 10 accepted is INSUFFICIENT_FUNDS or a 503 (nothing saved): never more.
  if (race.accepted > 10) totals.wrong++;
  say(
    `run ${run}: accepted ${race.accepted}, refused ${JSON.stringify(race.refused)} (${ms} ms with its setup)`,
  );
  for (const line of counterDeltas(before, after)) say(`  ${line}`);
}
say(
  `total over ${runs} runs: accepted ${totals.accepted}, refused ${JSON.stringify(totals.refused)}, ` +
    `cert failures ${totals.certFailures}, BF aborts ${totals.bfAborts}, ${Math.round(totals.ms / runs)} ms a run`,
);
process.exit(totals.wrong ? 1 : 0);
