// Why sessions run wsrep_sync_wait = 1: node2's applier is paused (FLUSH TABLES WITH READ LOCK on a
// connection of its own desyncs the node), a withdrawal is approved through app1 (node1), then read
// through app2 (node2). The app2 read must wait for node2 to apply the approval and answer APPROVED,
// while a plain read on node2 (wsrep_sync_wait = 0) during the pause still sees PENDING.
import { sleep } from "@allyhut/localdb";
import { PROCESS_WITHDRAWAL, REQUEST_WITHDRAWAL, today } from "../faults/lib/graphql.mjs";
import { data, freshPair } from "./race-support.mjs";
import { DATABASE, NODES, WRITER, connectNode, globalStatus } from "./lib.mjs";

const PAUSE_MS = 1_000;
const NODE2 = NODES[1];
const WITHDRAWALS = `query W($id: ID!) { affiliate(id: $id) { withdrawals(first: 10) { nodes { id status } } } }`;

/** The withdrawal's status as `client`'s instance answers it, and how long that took. */
async function statusThrough(client, affiliateId, withdrawalId) {
  const startedAt = Date.now();
  const { affiliate } = await data(client, WITHDRAWALS, { id: affiliateId });
  const status = affiliate.withdrawals.nodes.find((w) => w.id === withdrawalId)?.status;
  return { status, ms: Date.now() - startedAt, endedAt: Date.now() };
}

/** The status read by SQL on node2 with this wsrep_sync_wait, and how long that took. */
async function statusOnNode2(connection, syncWait, withdrawalId) {
  const startedAt = Date.now();
  const [[row]] = await connection.query(
    `SET STATEMENT wsrep_sync_wait = ${syncWait} FOR SELECT status FROM withdrawals WHERE id = ?`,
    [withdrawalId],
  );
  return { status: row?.status, ms: Date.now() - startedAt, endedAt: Date.now() };
}

/** Resolves with what was seen: { before, desynced, stale, causalSql, app2, pauseMs }. */
export async function causalReads(say) {
  const pair = await freshPair();
  const { requestWithdrawal: withdrawal } = await data(pair.affiliates[0], REQUEST_WITHDRAWAL, {
    input: { affiliateId: pair.affiliateId, amount: "1.00" },
  });
  const app2 = pair.affiliates[1];
  const before = await statusThrough(app2, pair.affiliateId, withdrawal.id);
  const lock = await connectNode(NODE2, DATABASE);
  const reader = await connectNode(NODE2, DATABASE);
  let locked = false;
  try {
    await lock.query("FLUSH TABLES WITH READ LOCK");
    locked = true;
    const pausedAt = Date.now();
    const desynced = (await globalStatus(reader, ["wsrep_local_state_comment"]))
      .wsrep_local_state_comment;
    say(`  withdrawal ${withdrawal.id} PENDING; node2 paused (FTWRL: ${desynced})`);
    await data(pair.sellers[0], PROCESS_WITHDRAWAL, {
      input: {
        withdrawalId: withdrawal.id,
        status: "APPROVED",
        receiptNumber: `causal-${pair.tag}`,
        paidOn: today(),
      },
    });
    const stale = await statusOnNode2(reader, 0, withdrawal.id);
    const readsStartedAt = Date.now();
    const reads = Promise.all([
      statusThrough(app2, pair.affiliateId, withdrawal.id),
      connectNode(NODE2, DATABASE).then((causal) =>
        statusOnNode2(causal, 1, withdrawal.id).finally(() => causal.end()),
      ),
    ]);
    await sleep(Math.max(0, PAUSE_MS - (Date.now() - pausedAt)));
    await lock.query("UNLOCK TABLES");
    locked = false;
    const releasedAt = Date.now();
    const [viaApp2, causalSql] = await reads;
    return {
      before: before.status,
      desynced,
      stale,
      viaApp2,
      causalSql,
      pauseMs: releasedAt - pausedAt,
      // How long the reads had to wait for the release: they started this long before it.
      blockedMs: releasedAt - readsStartedAt,
      releasedAt,
    };
  } finally {
    if (locked) await lock.query("UNLOCK TABLES").catch(() => {});
    await Promise.all([lock.end(), reader.end()]);
  }
}

/** Runs the scenario and states what it must show. */
export async function checkCausalReads(say, expect) {
  say("\n== causal reads: node2 paused, a withdrawal approved through app1, read through app2");
  if (WRITER === "one")
    return say("  skipped: with CLUSTER_WRITER=one app2 reads node1, not node2");
  const seen = await causalReads(say);
  say(
    `  node2 paused ${seen.pauseMs} ms; the reads started ${seen.blockedMs} ms before the release`,
  );
  say(
    `  plain SQL read on node2 (wsrep_sync_wait = 0) during the pause: ${seen.stale.status} in ${seen.stale.ms} ms`,
  );
  say(
    `  causal SQL read on node2 (wsrep_sync_wait = 1): ${seen.causalSql.status} after ${seen.causalSql.ms} ms`,
  );
  say(`  GraphQL read through app2: ${seen.viaApp2.status} after ${seen.viaApp2.ms} ms`);
  expect(
    seen.before === "PENDING",
    `app2 saw the withdrawal PENDING before the pause (${seen.before})`,
  );
  expect(/desync/i.test(seen.desynced), `FTWRL desynced node2 (${seen.desynced})`);
  expect(
    seen.stale.status === "PENDING",
    "the plain read on node2 during the pause is stale: PENDING",
  );
  expect(
    seen.viaApp2.status === "APPROVED" && seen.viaApp2.endedAt >= seen.releasedAt,
    `app2 answers APPROVED, after node2 resumed (waited ${seen.viaApp2.ms} ms)`,
  );
  expect(
    seen.causalSql.status === "APPROVED" && seen.causalSql.endedAt >= seen.releasedAt,
    `the causal SQL read on node2 answers APPROVED, after node2 resumed (${seen.causalSql.ms} ms)`,
  );
}
