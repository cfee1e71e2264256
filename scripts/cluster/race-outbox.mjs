// Race 5 on the cluster: a webhook endpoint on a local receiver, N sales recorded over the three
// instances (whose dispatchers run on three nodes and claim the same rows) → every webhook-id is
// posted exactly once and every delivery ends DELIVERED.
import { createServer } from "node:http";
import { sleep } from "@allyhut/localdb";
import { RECORD_SALE } from "../faults/lib/graphql.mjs";
import { burst, data, freshPair, onEveryNode, tally } from "./race-support.mjs";

const SALES = 60;
const DELIVERED_WITHIN_MS = 90_000;

/** A loopback HTTP receiver answering 204 and counting posts per webhook-id. */
async function startReceiver() {
  const seen = new Map();
  let posts = 0;
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      posts++;
      const id = String(request.headers["webhook-id"]);
      seen.set(id, (seen.get(id) ?? 0) + 1);
      response.writeHead(204).end();
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/hook`,
    counts: () => ({
      posts,
      ids: seen.size,
      duplicates: [...seen.values()].filter((n) => n > 1).length,
    }),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Deliveries of the endpoint by status, read on node1 after a causal wait. */
async function deliveryStatuses(endpointId) {
  const [{ result }] = await onEveryNode((sql) =>
    sql(
      "SELECT status, COUNT(*) AS n FROM outbox_deliveries WHERE endpoint_id = ? GROUP BY status",
      [endpointId],
    ),
  );
  return Object.fromEntries(result.map((row) => [row.status, Number(row.n)]));
}

/** Waits until the dispatchers planned every event of the seller so far (the setup's sale). */
async function waitUntilPlanned(slug) {
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await sleep(200)) {
    const [{ result }] = await onEveryNode((sql) =>
      sql(
        `SELECT COUNT(*) AS n FROM outbox_events e JOIN sellers s ON s.id = e.seller_id
         WHERE s.slug = ? AND e.planned_at IS NULL`,
        [slug],
      ),
    );
    if (Number(result[0].n) === 0) return;
  }
  throw new Error(`the events of seller ${slug} were not planned within 30 s`);
}

/** Resolves with { tally, counts, statuses, waitedMs }. */
export async function outboxRace(say) {
  const pair = await freshPair();
  // Else the setup's sale, planned after the endpoint exists, would be posted to it too.
  await waitUntilPlanned(`race-${pair.tag}`);
  const receiver = await startReceiver();
  try {
    const { createWebhookEndpoint: created } = await data(
      pair.sellers[0],
      `mutation W($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } } }`,
      { input: { eventTypes: ["SALE_RECORDED"], url: receiver.url } },
    );
    const endpointId = created.endpoint.id;
    say(`  endpoint ${endpointId} → ${receiver.url}; ${SALES} sales over 3 instances ...`);
    const answers = await burst(pair.sellers, SALES, (n) => [
      RECORD_SALE,
      {
        input: {
          referralCode: pair.referralCode,
          offerId: pair.offerId,
          orderId: `outbox-${pair.tag}-${n}`,
          saleAmount: "50.00",
        },
      },
    ]);
    // Wait for the deliveries of the sales actually recorded (a refused one has no event).
    const recorded = answers.filter((a) => a.code === "ok").length;
    const startedAt = Date.now();
    let statuses = await deliveryStatuses(endpointId);
    while (
      (statuses.DELIVERED ?? 0) + (statuses.FAILED ?? 0) < recorded &&
      Date.now() - startedAt < DELIVERED_WITHIN_MS
    ) {
      await sleep(500);
      statuses = await deliveryStatuses(endpointId);
    }
    // A late duplicate would arrive just after the last DELIVERED: give it a moment.
    await sleep(2_000);
    return {
      sales: SALES,
      tally: tally(answers),
      counts: receiver.counts(),
      statuses,
      waitedMs: Date.now() - startedAt,
    };
  } finally {
    await receiver.close();
  }
}
