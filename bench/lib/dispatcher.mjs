// Messages per second the outbox dispatcher sends to a local HTTP receiver: EVENTS unplanned events
// (one webhook delivery each) drained by 1, then by 2 dispatcher processes, end to end (plan, claim,
// post, record). On its own database (allyhut_bench_dispatcher); `node bench/lib/dispatcher.mjs`
// runs it alone, `npm run bench` after the API figures.
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { createDatabase, databaseUrl, dropDatabase } from "@allyhut/testkit";
import { SERVER_DIST, benchDatabaseUrl } from "./bench-db.mjs";

const THIS_FILE = fileURLToPath(import.meta.url);
export const EVENTS = 5_000;
const DISPATCHER_COUNTS = [1, 2];
const INSERT_CHUNK = 500;
const DRAIN_LIMIT_MS = 120_000;
const LATENCY_SAMPLES = 20;
const serverModule = (file) => createRequire(path.join(SERVER_DIST, "main.js"))(file);

/** A receiver answering 200 at once, counting posts per webhook-id. */
async function countingReceiver() {
  const counts = new Map();
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      const id = String(req.headers["webhook-id"]);
      counts.set(id, (counts.get(id) ?? 0) + 1);
      res.writeHead(200).end();
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/hooks`,
    counts,
    close: () => new Promise((resolve) => (server.close(resolve), server.closeAllConnections())),
  };
}

/** The compiled server's DataSource on `url`, migrated, with the demo data (its seller). */
async function preparedDatabase(url) {
  const { createDataSource } = serverModule("./db/data-source.js");
  const { seedDemoData } = serverModule("./db/seed.js");
  const db = createDataSource({ url });
  await db.initialize();
  await db.runMigrations({ transaction: "each" });
  await seedDemoData(db);
  return db;
}

async function insertEvents(db, sellerId, count) {
  const { recordEvents } = serverModule("./modules/notifications/outbox.js");
  for (let done = 0; done < count; done += INSERT_CHUNK) {
    const chunk = Math.min(INSERT_CHUNK, count - done);
    const events = Array.from({ length: chunk }, (_, n) => ({
      sellerId,
      type: "SALE_RECORDED",
      data: { commission: { id: String(done + n), amount: "12.34" } },
    }));
    await db.transaction((m) => recordEvents(m, events));
  }
}

/** A dispatcher child process; resolves once it says it runs. */
function startChild(env) {
  const child = spawn(process.execPath, [THIS_FILE, "--dispatcher-child"], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)));
  const ready = new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on("line", (line) => {
      if (line === "ready") resolve();
    });
    void exited.then((code) => reject(new Error(`a dispatcher child exited (${code})`)));
  });
  return { child, exited, ready };
}

/** Runs `work` while `count` dispatcher children run; stops them (SIGTERM) after. */
async function withDispatchers(count, env, work) {
  const children = Array.from({ length: count }, () => startChild(env));
  try {
    await Promise.all(children.map((c) => c.ready));
    return await work();
  } finally {
    for (const c of children) c.child.kill("SIGTERM");
    await Promise.all(children.map((c) => c.exited));
  }
}

async function until(check) {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > DRAIN_LIMIT_MS) throw new Error("the dispatchers stalled");
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  return performance.now() - started;
}

async function clearOutbox(db, receiver) {
  await db.query("DELETE FROM outbox_deliveries");
  await db.query("DELETE FROM outbox_events");
  receiver.counts.clear();
}

/** EVENTS waiting events drained by `dispatchers` processes: messages per second. */
async function drain({ db, receiver, sellerId, env, dispatchers }) {
  await clearOutbox(db, receiver);
  await insertEvents(db, sellerId, EVENTS);
  const ms = await withDispatchers(dispatchers, env, () =>
    until(() => receiver.counts.size >= EVENTS),
  );
  const [row] = await db.query(
    "SELECT COUNT(*) AS delivered FROM outbox_deliveries WHERE status = 'DELIVERED'",
  );
  const posts = [...receiver.counts.values()].reduce((a, b) => a + b, 0);
  return {
    dispatchers,
    events: EVENTS,
    seconds: ms / 1000,
    messagesPerSecond: EVENTS / (ms / 1000),
    duplicatePosts: posts - receiver.counts.size,
    delivered: Number(row.delivered),
  };
}

/** One event at a time, committed while a dispatcher idles: commit to arrival, in ms. */
async function latency({ db, receiver, sellerId, env }) {
  await clearOutbox(db, receiver);
  return withDispatchers(1, env, async () => {
    const samples = [];
    for (let n = 0; n < LATENCY_SAMPLES; n++) {
      receiver.counts.clear();
      // Commits at a random moment of the dispatcher's idle poll.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 1_000));
      const committed = performance.now();
      await insertEvents(db, sellerId, 1);
      await until(() => receiver.counts.size === 1);
      samples.push(performance.now() - committed);
    }
    samples.sort((x, y) => x - y);
    return { medianMs: samples[Math.floor(samples.length / 2)], maxMs: samples.at(-1) };
  });
}

/** Runs the drains; prints and returns one figure per dispatcher count. */
export async function measureDispatcher({
  say = (line) => process.stdout.write(`${line}\n`),
} = {}) {
  const bench = benchDatabaseUrl();
  const name = "allyhut_bench_dispatcher";
  await dropDatabase(bench.serverUrl, name);
  await createDatabase(bench.serverUrl, name);
  const url = databaseUrl(bench.serverUrl, name);
  const db = await preparedDatabase(url);
  const receiver = await countingReceiver();
  const figures = [];
  try {
    const [{ id: sellerId }] = await db.query("SELECT id FROM sellers ORDER BY id LIMIT 1");
    const endpoint = await db.query(
      "INSERT INTO webhook_endpoints (seller_id, url, event_types, secret) VALUES (?, ?, ?, ?)",
      [sellerId, receiver.url, "SALE_RECORDED", "whsec_YmVuY2gtZGlzcGF0Y2hlci1zZWNyZXQ="],
    );
    const env = {
      DATABASE_URL: url,
      NODE_ENV: "test",
      LOG_LEVEL: "warn",
      ALLOW_PRIVATE_WEBHOOKS: "1",
      SMTP_URL: "smtp://127.0.0.1:1",
      BENCH_ENDPOINT_ID: String(endpoint.insertId),
      BENCH_RECEIVER_URL: receiver.url,
    };
    say(`Dispatcher: ${EVENTS} events, one webhook each, to a local receiver`);
    for (const dispatchers of DISPATCHER_COUNTS) {
      const figure = await drain({ db, receiver, sellerId, env, dispatchers });
      figures.push(figure);
      say(
        `  ${dispatchers} dispatcher${dispatchers > 1 ? "s" : ""}: ${figure.messagesPerSecond.toFixed(0)} messages/s ` +
          `(${figure.seconds.toFixed(2)} s, ${figure.delivered} DELIVERED, ${figure.duplicatePosts} duplicate posts)`,
      );
    }
    const waited = await latency({ db, receiver, sellerId, env });
    figures.push({ dispatchers: 1, latency: waited });
    say(
      `  commit to arrival, one event at a time (${LATENCY_SAMPLES}): median ` +
        `${waited.medianMs.toFixed(0)} ms, max ${waited.maxMs.toFixed(0)} ms (idle poll 1 s)`,
    );
  } finally {
    await receiver.close();
    await db.destroy();
    await dropDatabase(bench.serverUrl, name);
  }
  return figures;
}

// --- The dispatcher child: the compiled dispatcher, one delivery per event to the bench endpoint ---

function benchChannels(real) {
  if (real.senders.WEBHOOK) return { channels: real, label: "real webhook channel" };
  const endpointId = process.env.BENCH_ENDPOINT_ID;
  const url = process.env.BENCH_RECEIVER_URL;
  const planner = { plan: async () => [{ channel: "WEBHOOK", endpointId }] };
  const send = async ({ event }) => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "webhook-id": event.publicId },
      body: JSON.stringify({ type: event.type, timestamp: event.occurredAt, data: event.data }),
      signal: AbortSignal.timeout(10_000),
    });
    await response.arrayBuffer();
    return { delivered: response.ok, responseStatus: response.status, error: "not 2xx" };
  };
  const channels = { planners: [planner], senders: { WEBHOOK: { send } }, close: real.close };
  return { channels, label: "stand-in webhook channel (unsigned)" };
}

async function runChild() {
  const { loadConfig } = serverModule("./config.js");
  const { createLogger } = serverModule("./logger.js");
  const { createDataSource } = serverModule("./db/data-source.js");
  const { createChannels } = serverModule("./modules/notifications/channels.js");
  const { createDispatcher } = serverModule("./modules/notifications/dispatcher/dispatcher.js");
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const db = createDataSource({ url: config.databaseUrl });
  await db.initialize();
  const { channels, label } = benchChannels(createChannels({ db, log, config }));
  const dispatcher = createDispatcher({ db, log, channels });
  process.once("SIGTERM", async () => {
    await dispatcher.stop();
    await channels.close();
    await db.destroy();
    process.exit(0);
  });
  dispatcher.start();
  process.stderr.write(`  (dispatcher pid ${process.pid}: ${label})\n`);
  process.stdout.write("ready\n");
}

if (process.argv[1] === THIS_FILE) {
  if (process.argv[2] === "--dispatcher-child") await runChild();
  else await measureDispatcher();
}
