// (e) SIGKILL of the outbox dispatcher between a sale's commit and its webhook, and while the webhook
// is on the wire: after a restart each message arrives, exactly once for a receiver that deduplicates
// on webhook-id (at least once on the wire). The API (dist/start.js, DISPATCHER=off) commits the
// sales; the dispatcher runs in a child process (lib/outbox-dispatcher-child.mjs) that is killed.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "@allyhut/testkit";
import { DEMO_PASSWORD, DEMO_SELLER_EMAIL, connectTo, demoProgram } from "./lib/db.mjs";
import { GraphQLClient, RECORD_SALE, errorCode } from "./lib/graphql.mjs";
import { LEASE_MS } from "./lib/outbox-dispatcher-child.mjs";
import { REPO_ROOT, seconds, sleep, tail, waitFor } from "./lib/server.mjs";

const CHILD_FILE = fileURLToPath(new URL("./lib/outbox-dispatcher-child.mjs", import.meta.url));
const SERVER_DIST = path.join(REPO_ROOT, "apps/server/dist");
const DELIVERY_WAIT_MS = 20_000;

/** The Standard Webhooks verifier on `secret`, where the server has the package (else null). */
function signatureVerifier(secret) {
  try {
    const { Webhook } = createRequire(path.join(SERVER_DIST, "main.js"))("standardwebhooks");
    const hook = new Webhook(secret);
    return (body, headers) => {
      try {
        hook.verify(body, headers);
        return true;
      } catch {
        return false;
      }
    };
  } catch {
    return null;
  }
}

/** A webhook receiver that holds its very first post unanswered, then answers 200. */
async function holdingReceiver(secret) {
  const posts = [];
  const verify = signatureVerifier(secret);
  const server = createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    const webhookId = String(req.headers["webhook-id"]);
    const first = posts.length === 0;
    const signed = Boolean(req.headers["webhook-signature"]);
    const verified = signed && verify ? verify(body, req.headers) : null;
    posts.push({ webhookId, at: Date.now(), answered: !first, signed, verified });
    if (!first) res.writeHead(200).end("ok");
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/hooks`,
    posts,
    /** The webhook ids as a deduplicating receiver sees them: answered 200, each counted once. */
    accepted: () => new Set(posts.filter((post) => post.answered).map((post) => post.webhookId)),
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}

/** The dispatcher child: the compiled dispatcher on this database until SIGTERM. */
function startDispatcherChild(databaseUrl, logFile) {
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NODE_ENV: "test",
    LOG_LEVEL: process.env.FAULTS_LOG_LEVEL ?? "info",
    ALLOW_PRIVATE_WEBHOOKS: "1",
    SMTP_URL: "smtp://127.0.0.1:1",
  };
  const child = spawn(process.execPath, [CHILD_FILE], { env });
  const log = createWriteStream(logFile, { flags: "a" });
  for (const stream of [child.stdout, child.stderr]) stream.pipe(log, { end: false });
  return { child, exited: once(child, "exit").then(([code, signal]) => ({ code, signal })) };
}

async function recordSale(client, affiliate, orderId) {
  const answer = await client.request(RECORD_SALE, {
    input: {
      referralCode: affiliate.referralCode,
      offerId: affiliate.offerIds[0],
      orderId,
      saleAmount: "42.00",
    },
  });
  if (errorCode(answer)) throw new Error(`recordSale answered ${errorCode(answer)}`);
}

const eventOf = async (connection, orderId) => {
  const [[row]] = await connection.query(
    `SELECT e.public_id, d.status, d.attempts, d.claim_token FROM outbox_events e
     LEFT JOIN outbox_deliveries d ON d.event_id = e.id
     WHERE e.type = 'SALE_RECORDED' AND e.payload_json LIKE ?`,
    [`%"orderId":"${orderId}"%`],
  );
  return row;
};

export async function outboxKillScenario({ databaseUrl, workDir, cleanups, say }) {
  const serverLog = path.join(workDir, "outbox-api.log");
  const api = await startServer({
    env: { DATABASE_URL: databaseUrl, NODE_ENV: "test", LOG_LEVEL: "warn", DISPATCHER: "off" },
    logFile: serverLog,
  });
  cleanups.push(async () => api.child.kill("SIGKILL"));
  say(`  API pid ${api.pid} on ${api.url} (DISPATCHER=off): healthy in ${seconds(api.startMs)}`);
  const connection = await connectTo(databaseUrl);
  cleanups.push(() => connection.end());
  const secret = `whsec_${randomBytes(24).toString("base64")}`;
  const receiver = await holdingReceiver(secret);
  cleanups.push(() => receiver.close());
  const [[{ sellerId }]] = await connection.query(
    "SELECT id AS sellerId FROM sellers WHERE slug = 'demo-coaching'",
  );
  await connection.query(
    "INSERT INTO webhook_endpoints (seller_id, url, event_types, secret) VALUES (?, ?, ?, ?)",
    [sellerId, receiver.url, "SALE_RECORDED", secret],
  );
  const affiliate = (await demoProgram(connection)).find((a) => a.offerIds.length > 0);
  const seller = await new GraphQLClient(api.url).login(DEMO_SELLER_EMAIL, DEMO_PASSWORD);
  const dispatcherLog = path.join(workDir, "outbox-dispatcher.log");
  let dispatcher = null;
  cleanups.push(async () => dispatcher?.child.kill("SIGKILL"));
  try {
    // 1. Committed while no dispatcher runs (it "died" between the commit and the send).
    await recordSale(seller, affiliate, "OUTBOX-KILL-1");
    dispatcher = startDispatcherChild(databaseUrl, dispatcherLog);
    // 2. The dispatcher posts it; the receiver holds the post; the dispatcher is killed mid-send.
    if (!(await waitFor(async () => receiver.posts.length === 1, DELIVERY_WAIT_MS))) {
      throw new Error("the dispatcher never posted the first sale's webhook");
    }
    dispatcher.child.kill("SIGKILL");
    const killed = await dispatcher.exited;
    const held = await eventOf(connection, "OUTBOX-KILL-1");
    say(
      `  SIGKILL of the dispatcher (${killed.signal}) while its post was held: the delivery is ` +
        `${held.status}, attempt ${held.attempts}, ${held.claim_token ? "claimed (lease)" : "unclaimed"}`,
    );
    if (held.status !== "PENDING" || !held.claim_token) {
      throw new Error(`expected a PENDING claimed delivery, found ${JSON.stringify(held)}`);
    }
    // 3. Committed while the dispatcher is dead.
    await recordSale(seller, affiliate, "OUTBOX-KILL-2");
    const restartedAt = Date.now();
    dispatcher = startDispatcherChild(databaseUrl, dispatcherLog);
    const events = [await eventOf(connection, "OUTBOX-KILL-1")];
    const arrived = await waitFor(async () => {
      events[1] = await eventOf(connection, "OUTBOX-KILL-2");
      return events[1] && receiver.accepted().size === 2;
    }, DELIVERY_WAIT_MS + LEASE_MS);
    if (!arrived) throw new Error(`after the restart ${receiver.accepted().size} of 2 arrived`);
    say(`  restarted: both messages accepted ${seconds(Date.now() - restartedAt)} later`);
    await sleep(LEASE_MS + 1_500); // anything sent twice would arrive by now
    const ids = events.map((event) => event.public_id);
    const wire = ids.map((id) => receiver.posts.filter((post) => post.webhookId === id).length);
    const accepted = ids.map((id) =>
      receiver.posts.filter((p) => p.webhookId === id && p.answered),
    );
    say(
      `  on the wire: ${wire.join(" and ")} posts; accepted (200): ${accepted.map((a) => a.length)}`,
    );
    if (accepted.some((posts) => posts.length !== 1)) throw new Error("not exactly once");
    if (receiver.accepted().size !== 2 || !ids.every((id) => receiver.accepted().has(id))) {
      throw new Error(`the receiver accepted ${[...receiver.accepted()]} for ${ids}`);
    }
    // The real webhook channel signs: every post must verify; the stand-in (no channel yet) does not.
    if (receiver.posts.every((post) => post.signed)) {
      if (!receiver.posts.every((post) => post.verified)) throw new Error("a signature failed");
      say("  every post signed, and verified with the standardwebhooks verifier");
    } else say("  (stand-in webhook channel: unsigned posts)");
    const rows = await Promise.all(["1", "2"].map((n) => eventOf(connection, `OUTBOX-KILL-${n}`)));
    say(`  deliveries: ${rows.map((row) => `${row.status} after ${row.attempts}`).join(", ")}`);
    if (rows.some((row) => row.status !== "DELIVERED")) throw new Error("not DELIVERED");
    dispatcher.child.kill("SIGTERM");
    const stopped = await dispatcher.exited;
    if (stopped.code !== 0) throw new Error(`the dispatcher exited ${stopped.code} on SIGTERM`);
    say("  SIGTERM: the dispatcher stopped cleanly (exit 0)");
  } catch (error) {
    say(`  dispatcher log (tail):\n${tail(dispatcherLog, 15)}`);
    throw error;
  } finally {
    api.child.kill("SIGTERM");
    await api.exited;
  }
}
