// Helpers the cluster fault scenarios share: a node's Galera state, timing a recovery, and the
// money invariants read on every node.
import { readFileSync } from "node:fs";
import path from "node:path";
import { assertMoneyInvariants } from "@allyhut/testkit";
import { sleep } from "@allyhut/localdb";
import { GraphQLClient, NoAnswer, errorCode } from "../faults/lib/graphql.mjs";
import { CLUSTER_DIR, DATABASE, NODES, connectNode, globalStatus } from "./lib.mjs";

export { sleep };

/** The outage answers a client may see: 503 SERVICE_UNAVAILABLE or no answer at all. */
export const isOutageAnswer = (code) =>
  code === "SERVICE_UNAVAILABLE" || code === "HTTP_503" || code.startsWith("NO_ANSWER");

/** One operation's outcome: "ok", its error code, or NO_ANSWER:<network code>; plus data and ms. */
export async function attempt(client, query, variables, timeoutMs = 15_000) {
  const startedAt = Date.now();
  try {
    const answer = await client.request(query, variables, { timeoutMs });
    const code = errorCode(answer) ?? "ok";
    const message = answer.body.errors?.[0]?.message;
    return {
      code,
      message,
      data: answer.body.data,
      status: answer.status,
      ms: Date.now() - startedAt,
    };
  } catch (error) {
    if (!(error instanceof NoAnswer)) throw error;
    return { code: `NO_ANSWER:${error.code}`, data: null, status: 0, ms: Date.now() - startedAt };
  }
}

/** A signed-in client on `url`. */
export const signedIn = (url, email, password) => new GraphQLClient(url).login(email, password);

/** "3 Synced" and the like, or "down (…)". */
export async function nodeState(node) {
  let connection;
  try {
    connection = await connectNode(node);
    const s = await globalStatus(connection, ["wsrep_cluster_size", "wsrep_local_state_comment"]);
    return `${s.wsrep_cluster_size} ${s.wsrep_local_state_comment}`;
  } catch (error) {
    return `down (${error.code ?? error.message})`;
  } finally {
    await connection?.end().catch(() => {});
  }
}

/** Whether HAProxy's log last said `server` is UP (it logs every change of a server's state). */
export function haproxySaysUp(server) {
  const lines = readFileSync(path.join(CLUSTER_DIR, "haproxy.log"), "utf8").split("\n");
  const last = lines.findLast((line) => line.includes(`apps/${server} is `));
  return !last || last.includes(`apps/${server} is UP`);
}

/** Polls `check` every `everyMs` until it is true; resolves with the ms it took, or null. */
export async function timeUntil(check, timeoutMs, everyMs = 200) {
  const startedAt = Date.now();
  while (Date.now() - startedAt < timeoutMs) {
    if (await check().catch(() => false)) return Date.now() - startedAt;
    await sleep(everyMs);
  }
  return null;
}

/** The money invariants on every node (causal reads); a list of "nodeN: ok" / "nodeN: FAIL …". */
export async function invariantsOnEveryNode() {
  return Promise.all(
    NODES.map(async (node) => {
      const connection = await connectNode(node, DATABASE);
      try {
        await connection.query("SET SESSION wsrep_sync_wait = 1");
        await assertMoneyInvariants(
          (sql) => connection.query(sql).then(([rows]) => rows),
          `on ${node.name}`,
        );
        return { node: node.name, ok: true, text: `${node.name}: invariants hold` };
      } catch (error) {
        return { node: node.name, ok: false, text: `${node.name}: FAIL ${error.message}` };
      } finally {
        await connection.end();
      }
    }),
  );
}

/** How many of `values` exist in `table`.`column` on each of `nodes`: [{ node, found }]. */
export async function rowsOnEveryNode(table, column, values, nodes = NODES) {
  return Promise.all(
    nodes.map(async (node) => {
      const connection = await connectNode(node, DATABASE);
      try {
        await connection.query("SET SESSION wsrep_sync_wait = 1");
        if (!values.length) return { node: node.name, found: 0 };
        const [[row]] = await connection.query(
          `SELECT COUNT(*) AS n FROM ${table} WHERE ${column} IN (?)`,
          [values],
        );
        return { node: node.name, found: Number(row.n) };
      } finally {
        await connection.end();
      }
    }),
  );
}

/** Counts of outcomes by code, e.g. { ok: 120, SERVICE_UNAVAILABLE: 3 }. */
export function tally(outcomes) {
  const counts = {};
  for (const o of outcomes) counts[o.code] = (counts[o.code] ?? 0) + 1;
  return counts;
}
