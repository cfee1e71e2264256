// The outbox dispatcher alone, as fault scenario (e) runs and kills it: the compiled dispatcher with
// the server's channels, or — on a branch without the webhook channel — a stand-in that posts each
// event to the seller's endpoints with its webhook-id. Until SIGTERM.
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { REPO_ROOT } from "./server.mjs";

const SERVER_DIST = path.join(REPO_ROOT, "apps/server/dist");
// A short lease so the killed claim is retried within seconds (production: 60 s).
export const LEASE_MS = 3_000;

/** Stand-in webhook channel for a branch without the real one: one post per endpoint of the seller. */
function standInWebhookChannel(db) {
  return {
    planners: [
      {
        async plan(m, event) {
          const rows = await m.query(
            "SELECT id FROM webhook_endpoints WHERE seller_id = ? AND deleted_at IS NULL",
            [event.sellerId],
          );
          return rows.map((row) => ({ channel: "WEBHOOK", endpointId: String(row.id) }));
        },
      },
    ],
    senders: {
      WEBHOOK: {
        async send({ endpointId, event }) {
          const [{ url }] = await db.query("SELECT url FROM webhook_endpoints WHERE id = ?", [
            endpointId,
          ]);
          const body = JSON.stringify({
            type: event.type,
            timestamp: event.occurredAt,
            data: event.data,
          });
          const headers = { "content-type": "application/json", "webhook-id": event.publicId };
          const signal = AbortSignal.timeout(10_000);
          const answer = await fetch(url, { method: "POST", headers, body, signal });
          await answer.arrayBuffer();
          const responseStatus = answer.status;
          return { delivered: answer.ok, responseStatus, error: `HTTP ${responseStatus}` };
        },
      },
    },
    close: async () => {},
  };
}

async function runDispatcherChild() {
  const require = createRequire(path.join(SERVER_DIST, "main.js"));
  const { loadConfig } = require("./config.js");
  const { createLogger } = require("./logger.js");
  const { createDataSource } = require("./db/data-source.js");
  const { createChannels } = require("./modules/notifications/channels.js");
  const { createDispatcher } = require("./modules/notifications/dispatcher/dispatcher.js");
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const db = createDataSource({ url: config.databaseUrl });
  await db.initialize();
  const real = createChannels({ db, log, config });
  const channels = real.senders.WEBHOOK ? real : standInWebhookChannel(db);
  if (channels !== real) await real.close();
  log.info({ channel: channels === real ? "real" : "stand-in" }, "webhook channel");
  const dispatcher = createDispatcher({
    db,
    log,
    channels,
    options: { retry: { leaseMs: LEASE_MS, baseDelayMs: 500 }, idlePollMs: 200 },
  });
  dispatcher.start();
  process.once("SIGTERM", async () => {
    await dispatcher.stop();
    await channels.close();
    await db.destroy();
    process.exit(0);
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runDispatcherChild();
}
