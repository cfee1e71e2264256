import { ConfigError, loadConfig } from "./config";
import { createDataSource } from "./db/data-source";
import { QueryLogger } from "./db/query-logger";
import { createLogger, type Logger } from "./logger";
import { startDispatcher } from "./modules/notifications/dispatcher/dispatcher-service";
import type { DataSource } from "typeorm";

// What `npm run worker` runs: the outbox dispatcher alone (the API can run with DISPATCHER=off).
// It never migrates: the API's `npm start` or `npm run db:migrate` owns the schema.

const CONNECT_RETRY_MS = 2_000;

/** Connects, waiting out a database that is not up yet; false if told to stop meanwhile. */
async function connect(db: DataSource, log: Logger, stopping: () => boolean): Promise<boolean> {
  for (let tries = 1; !stopping(); tries++) {
    try {
      await db.initialize();
      return true;
    } catch (error) {
      log.warn({ err: error, tries }, "the database does not answer yet; trying again");
      await new Promise((resolve) => setTimeout(resolve, CONNECT_RETRY_MS));
    }
  }
  return false;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const db = createDataSource({ url: config.databaseUrl, logger: new QueryLogger(log) });
  let stopping = false;
  let stopped: (() => Promise<void>) | null = null;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "worker shutting down");
    try {
      await stopped?.();
      if (db.isInitialized) await db.destroy();
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, "unclean shutdown");
      process.exit(1);
    }
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));

  if (!(await connect(db, log, () => stopping))) return;
  if (await db.showMigrations()) {
    await db.destroy();
    throw new ConfigError([
      "The database is missing migrations: run `npm run db:migrate` (or `npm start`) first.",
    ]);
  }
  if (stopping) return;
  const dispatcher = startDispatcher({ db, log, config });
  stopped = () => dispatcher.stop();
  process.stdout.write("AllyHut worker: the outbox dispatcher is running (SIGTERM stops it).\n");
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : error}\n`,
  );
  process.exit(1);
});
