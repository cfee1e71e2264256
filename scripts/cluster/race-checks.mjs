// Races 2–5 of cluster:check and what each must show: `expect(ok, what)` records a problem,
// `withCounters(race)` runs a race and prints each node's cert-failure and BF-abort deltas.
import { batchRace } from "./race-batches.mjs";
import { decisionRace } from "./race-decisions.mjs";
import { outboxRace } from "./race-outbox.mjs";
import { replayRace } from "./race-replays.mjs";
import { say, seconds } from "./lib.mjs";

async function raceDecisions(expect, withCounters) {
  say("\n== race 2: 8 × processWithdrawal on one PENDING withdrawal, over app1/app2/app3");
  const race = await withCounters(decisionRace);
  say(`  answers ${JSON.stringify(race.tally)}; winner: ${race.winners.join(", ")}`);
  if (race.oddAnswer) say(`  an unexpected answer: ${race.oddAnswer}`);
  expect(race.winners.length === 1, `exactly one winner (got ${race.winners.length})`);
  expect(race.tally.INVALID_TRANSITION === 7, "the other 7 refused with INVALID_TRANSITION");
  // Approved or rejected, the withdrawal no longer counts as pending.
  const pending = "0 in 0";
  for (const { node, result } of race.nodes) {
    expect(
      result.status === race.winnerStatus && result.events === 2 && result.pending === pending,
      `${node}: ${result.status}, ${result.events} history entries (request + 1), pending ${result.pending}`,
    );
  }
}

async function raceBatches(expect, withCounters) {
  say("\n== race 3: overlapping createPayoutBatch on two instances at once");
  const race = await withCounters(batchRace);
  say(`  answers ${JSON.stringify(race.tally)}; created: ${race.created.join(", ")}`);
  if (race.oddAnswer) say(`  an unexpected answer: ${race.oddAnswer}`);
  expect(
    race.tally.ok === race.rounds && race.tally.CONFLICT === race.rounds,
    `per round one batch created, the other CONFLICT (${race.rounds} rounds)`,
  );
  for (const { node, result } of race.nodes) {
    expect(
      result.batches === race.rounds && result.open === race.rounds && result.bad.length === 0,
      `${node}: ${result.batches} batches (${result.open} OPEN), item_count and total_cents match their rows${result.bad.length ? ` except ${JSON.stringify(result.bad)}` : ""}`,
    );
  }
}

async function raceReplays(expect, withCounters) {
  say("\n== race 4: recordSale replays of one orderId on three instances at once");
  const race = await withCounters(replayRace);
  say(`  answers ${JSON.stringify(race.tally)}`);
  if (race.oddAnswer) say(`  an unexpected answer: ${race.oddAnswer}`);
  expect(
    race.orders.every((o) => o.ids.length === 1) && !race.oddAnswer,
    `every replay answered the same commission: ${race.orders.map((o) => o.ids.join("/")).join(", ")}`,
  );
  for (const { node, result } of race.nodes) {
    expect(
      result.length === race.orders.length &&
        result.every((r) => Number(r.n) === 1 && Number(r.events) === 1),
      `${node}: ${result.map((r) => `${r.n} commission, ${r.events} event`).join("; ")} per order`,
    );
  }
}

async function raceOutbox(expect, withCounters) {
  say("\n== race 5: webhooks of sales recorded over three instances, three dispatchers");
  const race = await withCounters(outboxRace);
  const { posts, ids, duplicates } = race.counts;
  say(
    `  sales ${JSON.stringify(race.tally)}; deliveries ${JSON.stringify(race.statuses)} after ${seconds(race.waitedMs)}`,
  );
  say(`  receiver: ${posts} posts, ${ids} webhook-ids, ${duplicates} duplicated`);
  expect(race.tally.ok === race.sales, `${race.sales} sales recorded`);
  expect(
    race.statuses.DELIVERED === race.sales && Object.keys(race.statuses).length === 1,
    `every delivery DELIVERED, none FAILED or PENDING`,
  );
  expect(
    posts === race.sales && ids === race.sales && duplicates === 0,
    "each webhook-id posted exactly once",
  );
}

/** Races 2–5 one after the other. */
export async function checkRaces(expect, withCounters) {
  for (const race of [raceDecisions, raceBatches, raceReplays, raceOutbox]) {
    await race(expect, withCounters);
  }
}
