// Race 3 on the cluster: rounds of two createPayoutBatch calls with overlapping withdrawal sets
// ({A,B,C} and {B,C,D}) on two different instances at once → exactly one is created per round, the
// other CONFLICT; every withdrawal ends in at most one OPEN batch; each batch's totals match its rows.
import { REQUEST_WITHDRAWAL } from "../faults/lib/graphql.mjs";
import { INSTANCES } from "./lib.mjs";
import { data, freshPair, onEveryNode, tally } from "./race-support.mjs";

const ROUNDS = 3;
const CREATE_BATCH = `mutation Batch($input: CreatePayoutBatchInput!) {
  createPayoutBatch(input: $input) { id status itemCount total { amount } }
}`;

/** Resolves with { tally, created, oddAnswer, nodes: [{ node, result: { batches, bad } }] }. */
export async function batchRace(say) {
  const pair = await freshPair();
  const answers = [];
  say(
    `  ${ROUNDS} rounds: {A,B,C} against {B,C,D} on two instances at once (app1+app2, app2+app3, app3+app1) ...`,
  );
  for (let round = 0; round < ROUNDS; round++) {
    const ids = [];
    for (let w = 0; w < 4; w++) {
      const made = await data(pair.affiliates[w % 3], REQUEST_WITHDRAWAL, {
        input: { affiliateId: pair.affiliateId, amount: "0.50" }, // 3 rounds × 4 within 10.00
      });
      ids.push(made.requestWithdrawal.id);
    }
    const sets = [ids.slice(0, 3), ids.slice(1, 4)];
    // Round r sends from app(1+r%3) and app(2+r%3): a different pair of nodes each round.
    const pairOf = [round % 3, (round + 1) % 3];
    answers.push(
      ...(await Promise.all(
        sets.map(async (withdrawalIds, k) => {
          const client = pair.sellers[pairOf[k]];
          const answer = await client.request(
            CREATE_BATCH,
            { input: { withdrawalIds } },
            {
              timeoutMs: 30_000,
            },
          );
          const code = answer.body.errors?.[0]?.extensions?.code ?? "ok";
          return { instance: INSTANCES[pairOf[k]].name, code, answer };
        }),
      )),
    );
  }
  const nodes = await onEveryNode(async (sql) => {
    const batches = await sql(
      `SELECT b.id, b.status, b.item_count, b.total_cents,
         (SELECT COUNT(*) FROM withdrawals w WHERE w.payout_batch_id = b.id) AS rows_in,
         (SELECT COALESCE(SUM(w.amount_cents), 0) FROM withdrawals w WHERE w.payout_batch_id = b.id) AS cents_in
       FROM payout_batches b JOIN sellers s ON s.id = b.seller_id WHERE s.slug = ?`,
      [`race-${pair.tag}`],
    );
    const bad = batches.filter(
      (b) =>
        Number(b.item_count) !== Number(b.rows_in) || Number(b.total_cents) !== Number(b.cents_in),
    );
    return {
      batches: batches.length,
      open: batches.filter((b) => b.status === "OPEN").length,
      bad,
    };
  });
  const odd = answers.find((a) => a.code !== "ok" && a.code !== "CONFLICT");
  return {
    rounds: ROUNDS,
    tally: tally(answers),
    created: answers
      .filter((a) => a.code === "ok")
      .map(
        (a) =>
          `${a.instance} #${a.answer.body.data.createPayoutBatch.id} ${a.answer.body.data.createPayoutBatch.itemCount}`,
      ),
    oddAnswer: odd ? JSON.stringify(odd.answer.body.errors) : null,
    nodes,
  };
}
