// Race 2 on the cluster: 8 concurrent processWithdrawal decisions (approve/reject alternately) on one
// PENDING withdrawal, over the three instances → one winner, 7 INVALID_TRANSITION, one history entry.
import { PROCESS_WITHDRAWAL, REQUEST_WITHDRAWAL, today } from "../faults/lib/graphql.mjs";
import { burst, data, freshPair, onEveryNode, tally } from "./race-support.mjs";

const DECISIONS = 8;

/** Resolves with { tally, winners, oddAnswer, nodes: [{ node, result: { status, events, pending } }] }. */
export async function decisionRace(say) {
  const pair = await freshPair();
  const { requestWithdrawal: withdrawal } = await data(pair.affiliates[0], REQUEST_WITHDRAWAL, {
    input: { affiliateId: pair.affiliateId, amount: "1.00" },
  });
  say(`  withdrawal ${withdrawal.id} PENDING; ${DECISIONS} decisions over 3 instances ...`);
  const answers = await burst(pair.sellers, DECISIONS, (n) => [
    PROCESS_WITHDRAWAL,
    {
      input:
        n % 2 === 0
          ? {
              withdrawalId: withdrawal.id,
              status: "APPROVED",
              receiptNumber: `race-${pair.tag}-${n}`,
              paidOn: today(),
            }
          : { withdrawalId: withdrawal.id, status: "REJECTED", note: `decision ${n}` },
    },
  ]);
  const winners = answers.filter((a) => a.code === "ok");
  const odd = answers.find((a) => a.code !== "ok" && a.code !== "INVALID_TRANSITION");
  const nodes = await onEveryNode(async (sql) => {
    const [row] = await sql(
      `SELECT w.status, (SELECT COUNT(*) FROM withdrawal_events e WHERE e.withdrawal_id = w.id) AS events,
         a.pending_cents, a.pending_count FROM withdrawals w JOIN affiliates a ON a.id = w.affiliate_id
       WHERE w.id = ?`,
      [withdrawal.id],
    );
    return {
      status: row.status,
      events: Number(row.events),
      pending: `${row.pending_cents} in ${row.pending_count}`,
    };
  });
  return {
    tally: tally(answers),
    winners: winners.map((w) => `${w.instance} ${w.answer.body.data.processWithdrawal.status}`),
    winnerStatus: winners[0]?.answer.body.data.processWithdrawal.status,
    oddAnswer: odd ? JSON.stringify(odd.answer.body.errors) : null,
    nodes,
  };
}
