// Race 4 on the cluster: the same recordSale (same orderId) sent 3 times to each of the three
// instances at once, for several orders → every answer is the same commission, one row per order.
import { RECORD_SALE } from "../faults/lib/graphql.mjs";
import { burst, freshPair, onEveryNode, tally } from "./race-support.mjs";

const ORDERS = 4;
const REPLAYS = 9;

/** Resolves with { tally, orders: [{ orderId, ids }], nodes: [{ node, result: rows }] }. */
export async function replayRace(say) {
  const pair = await freshPair();
  say(`  ${ORDERS} orders, each recorded ${REPLAYS} times at once over 3 instances ...`);
  const orders = [];
  const all = [];
  for (let o = 1; o <= ORDERS; o++) {
    const orderId = `replay-${pair.tag}-${o}`;
    const answers = await burst(pair.sellers, REPLAYS, () => [
      RECORD_SALE,
      {
        input: {
          referralCode: pair.referralCode,
          offerId: pair.offerId,
          orderId,
          saleAmount: "50.00",
        },
      },
    ]);
    all.push(...answers);
    const ids = new Set(
      answers.filter((a) => a.code === "ok").map((a) => a.answer.body.data.recordSale.id),
    );
    orders.push({ orderId, ids: [...ids] });
  }
  const nodes = await onEveryNode((sql) =>
    sql(
      `SELECT c.order_id, COUNT(*) AS n, SUM(c.amount_cents) AS cents,
         (SELECT COUNT(*) FROM outbox_events e WHERE e.type = 'SALE_RECORDED'
            AND JSON_VALUE(e.payload_json, '$.commission.orderId') = c.order_id) AS events
       FROM commissions c WHERE c.order_id LIKE ? GROUP BY c.order_id`,
      [`replay-${pair.tag}-%`],
    ),
  );
  const odd = all.find((a) => a.code !== "ok");
  return {
    tally: tally(all),
    orders,
    nodes,
    affiliateId: pair.affiliateId,
    oddAnswer: odd ? JSON.stringify(odd.answer.body.errors) : null,
  };
}
