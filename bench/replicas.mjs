// Read replicas: how far behind a real replica runs after each write, and what read-your-writes
// does about it. A private primary (binlog) and replica, the built server in this process with
// DATABASE_REPLICA_URLS; the demo seller writes a note and at once lists its withdrawals.
//   npm run build && npm run bench:replicas [-- --cycles 200 --delayed 20]
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";
import { startReplicatedPair } from "@allyhut/localdb/replication";
import { SERVER_DIST, requireBuiltServer } from "./lib/bench-db.mjs";
import { dataOf, post } from "./lib/client.mjs";

const require = createRequire(import.meta.url);
const { values } = parseArgs({
  options: {
    cycles: { type: "string", default: "200" },
    delayed: { type: "string", default: "20" },
  },
});

const NOTE = `mutation Note($input: ProcessWithdrawalInput!) { processWithdrawal(input: $input) { id } }`;
const PENDING = `query Pending { withdrawals(first: 100, status: PENDING) { nodes { id note } } }`;
const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { id } }`;

/** The session's cookies as a browser keeps them (the session and the read-after position). */
class CookieJar {
  cookies = new Map();
  header = () => [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  keep(answer) {
    for (const line of answer.setCookie) {
      const [name, value] = line.split(";")[0].split("=");
      this.cookies.set(name, value);
    }
    return answer;
  }
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
const summary = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const f = (v) => v.toFixed(1);
  return `p50 ${f(percentile(sorted, 0.5))} ms, p95 ${f(percentile(sorted, 0.95))} ms, max ${f(sorted.at(-1))} ms`;
};

/** `cycles` × (write a note, list at once): read latency, whether the list shows it, replica lag. */
async function cyclesOf(url, jar, pair, withdrawalId, cycles, label) {
  const reads = [];
  const lags = [];
  let shown = 0;
  for (let i = 0; i < cycles; i++) {
    const note = `${label}-${i}`;
    jar.keep(
      await post(url, NOTE, { input: { withdrawalId, status: "PENDING", note } }, jar.header()),
    );
    const position = decodeURIComponent(jar.cookies.get("allyhut_read_after") ?? "");
    const lag = (async () => {
      const started = performance.now();
      await pair.onReplica("SELECT MASTER_GTID_WAIT(?, 10) AS waited", [position]);
      return performance.now() - started;
    })();
    const started = performance.now();
    const list = dataOf(await post(url, PENDING, {}, jar.header()), "withdrawals");
    reads.push(performance.now() - started);
    if (list.withdrawals.nodes.find((w) => w.id === withdrawalId)?.note === note) shown++;
    lags.push(await lag);
  }
  return { reads, lags, shown };
}

async function main() {
  requireBuiltServer();
  const { loadConfig } = require(path.join(SERVER_DIST, "config.js"));
  const { startServer } = require(path.join(SERVER_DIST, "main.js"));
  const pino = require(require.resolve("pino", { paths: [SERVER_DIST] }));
  const pair = await startReplicatedPair("allyhut_bench_replicas");
  let server;
  try {
    const config = loadConfig({
      ...process.env,
      NODE_ENV: "development",
      DATABASE_URL: pair.primaryUrl,
      DATABASE_REPLICA_URLS: pair.replicaUrl,
      DEMO_DATA: "1",
      DISPATCHER: "off",
      PORT: "0",
    });
    server = await startServer(config, pino({ level: "warn" }), { host: "127.0.0.1" });
    const url = `http://127.0.0.1:${server.port}`;
    const jar = new CookieJar();
    jar.keep(
      await post(url, LOGIN, { input: { email: "coach@allyhut.test", password: "allyhut-demo" } }),
    );
    const [first] = dataOf(await post(url, PENDING, {}, jar.header()), "withdrawals").withdrawals
      .nodes;
    await pair.replicaCaughtUp();

    const rows = [];
    const measure = async (name, cycles) => {
      const before = { ...server.replicaReads };
      const result = await cyclesOf(url, jar, pair, first.id, cycles, name);
      const after = server.replicaReads;
      const delta = (key) => after[key] - before[key];
      rows.push({
        name,
        cycles,
        ...result,
        routed: Object.fromEntries(Object.keys(after).map((k) => [k, delta(k)])),
      });
    };
    await measure("replica in step", Number(values.cycles));
    await pair.delayReplica(1);
    await measure("replica 1 s behind (MASTER_DELAY 1)", Number(values.delayed));
    await pair.delayReplica(0);

    console.log(
      `\nRead replicas: write a note, then list at once (REPLICA_WAIT_MS ${config.replicaWaitMs})\n`,
    );
    for (const row of rows) {
      console.log(`${row.name}: ${row.cycles} cycles`);
      console.log(`  replica lag after the write's answer: ${summary(row.lags)}`);
      console.log(
        `  the list right after it: ${summary(row.reads)}; showed the new note ${row.shown}/${row.cycles}`,
      );
      console.log(`  reads routed: ${JSON.stringify(row.routed)}`);
    }
    const missed = rows.reduce((sum, row) => sum + row.cycles - row.shown, 0);
    if (missed > 0) {
      console.error(`\nFAIL: ${missed} lists did not show the write just made`);
      process.exitCode = 1;
    }
  } finally {
    await server?.close();
    await pair.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
