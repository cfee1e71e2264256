// What the races after race 1 share: one session on every instance, SQL reads on every node.
import { randomBytes } from "node:crypto";
import { GraphQLClient, errorCode } from "../faults/lib/graphql.mjs";
import { affiliateWithTenDollars } from "./race-withdrawals.mjs";
import { DATABASE, INSTANCES, NODES, connectNode } from "./lib.mjs";

/** The same session (cookie) on each instance: sessions live in the database. */
export function onEveryInstance(client) {
  return INSTANCES.map((instance) => {
    const copy = new GraphQLClient(instance.url);
    copy.cookie = client.cookie;
    return copy;
  });
}

/** A fresh seller and affiliate with 10.00 available; sessions of both on every instance. */
export async function freshPair() {
  const tag = randomBytes(4).toString("hex");
  const made = await affiliateWithTenDollars(tag);
  const affiliate = await new GraphQLClient(INSTANCES[0].url).login(made.email, made.password);
  return {
    ...made,
    tag,
    sellers: onEveryInstance(made.seller),
    affiliates: onEveryInstance(affiliate),
  };
}

/** Sends `count` operations at once, the n-th through clients[n % 3]; answers with code and instance. */
export function burst(clients, count, operation) {
  return Promise.all(
    Array.from({ length: count }, async (_, n) => {
      const [query, variables] = operation(n);
      const answer = await clients[n % clients.length].request(query, variables, {
        timeoutMs: 30_000,
      });
      return {
        n,
        instance: INSTANCES[n % clients.length].name,
        code: errorCode(answer) ?? "ok",
        answer,
      };
    }),
  );
}

/** { ok: n, CODE: n } of a burst's answers. */
export const tally = (answers) =>
  answers.reduce((counts, a) => ({ ...counts, [a.code]: (counts[a.code] ?? 0) + 1 }), {});

/** The data of an answer, or throws with its errors. */
export async function data(client, query, variables) {
  const answer = await client.request(query, variables, { timeoutMs: 30_000 });
  if (answer.body.errors)
    throw new Error(`${query.slice(0, 40)}: ${JSON.stringify(answer.body.errors)}`);
  return answer.body.data;
}

/** Runs `read(connection)` on every node after a causal wait; resolves with [{ node, result }]. */
export function onEveryNode(read) {
  return Promise.all(
    NODES.map(async (node) => {
      const connection = await connectNode(node, DATABASE);
      try {
        await connection.query("SET SESSION wsrep_sync_wait = 1");
        const sql = (text, values) => connection.query(text, values).then(([rows]) => rows);
        return { node: node.name, result: await read(sql) };
      } finally {
        await connection.end();
      }
    }),
  );
}
