import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import type { Config } from "./config";
import { createDataSource } from "./db/data-source";
import { connectReadReplicas, type ReadReplicas, type ReplicaReadCounts } from "./db/read-replicas";
import { ensureDatabase } from "./db/ensure-database";
import { seedDemoData } from "./db/seed";
import { QueryLogger } from "./db/query-logger";
import { createApp } from "./http/app";
import {
  startDispatcher,
  type RunningDispatcher,
} from "./modules/notifications/dispatcher/dispatcher-service";

const SHUTDOWN_GRACE_MS = 10_000;

export interface RunningServer {
  /** http://localhost:<port> */
  url: string;
  port: number;
  /** Whether the demo data was loaded on this start. */
  seeded: boolean;
  /** Where the list and overview reads went so far (DATABASE_REPLICA_URLS). */
  replicaReads: ReplicaReadCounts;
  /** Stops accepting, finishes in-flight requests, stops Apollo and closes the pool. */
  close(): Promise<void>;
}

/**
 * The whole server on `config`: ensures the database exists, migrates it, loads the demo data into an
 * empty one (unless told not to), and serves the app.
 */
export async function startServer(
  config: Config,
  log: Logger,
  options: { seed?: boolean; host?: string; dispatcher?: boolean } = {},
): Promise<RunningServer> {
  await ensureDatabase(config.databaseUrl);
  const db = createDataSource({
    url: config.databaseUrl,
    logger: new QueryLogger(log),
    trackCommits: config.databaseReplicaUrls.length > 0,
  });
  await db.initialize();
  let reads: ReadReplicas | undefined;
  try {
    const applied = await db.runMigrations({ transaction: "each" });
    if (applied.length) log.info({ migrations: applied.map((m) => m.name) }, "migrated");
    const seeded = (options.seed ?? config.demoData) ? await seedDemoData(db) : false;
    reads = await connectReadReplicas(db, config.databaseReplicaUrls, {
      waitMs: config.replicaWaitMs,
      log,
      createReplica: (url) => createDataSource({ url, logger: new QueryLogger(log) }),
    });
    if (reads.enabled)
      log.info({ replicas: config.databaseReplicaUrls.length }, "reading lists from replicas");
    const { app, stop } = await createApp({ db, reads, config, log });
    const server: Server = createServer(app);
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(config.port, options.host, resolve);
    });
    const { port } = server.address() as AddressInfo;
    // The outbox dispatcher, unless DISPATCHER=off leaves it to `npm run worker`.
    const dispatcher: RunningDispatcher | null =
      config.runDispatcher && (options.dispatcher ?? true)
        ? startDispatcher({ db, log, config })
        : null;
    return {
      url: `http://localhost:${port}`,
      port,
      seeded,
      replicaReads: reads.counts,
      async close() {
        await closeHttpServer(server);
        await dispatcher?.stop();
        await stop();
        await reads?.close();
        await db.destroy();
      },
    };
  } catch (error) {
    await reads?.close();
    await db.destroy();
    throw error;
  }
}

/**
 * Stops accepting. Idle keep-alive sockets close at once, busy ones as soon as their response is sent
 * (checked every 100 ms), and any still open after the grace period are cut.
 */
async function closeHttpServer(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const sweeper = setInterval(() => server.closeIdleConnections(), 100);
  const forced = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
  await closed;
  clearInterval(sweeper);
  clearTimeout(forced);
}
