import type { DataSource } from "typeorm";
import { ConfigError, loadConfig } from "./config";
import { createDataSource } from "./db/data-source";
import { QueryLogger } from "./db/query-logger";
import { createLogger, type Logger } from "./logger";
import {
  startDispatcher,
  type RunningDispatcher,
} from "./modules/notifications/dispatcher/dispatcher-service";

// What `npm run worker` runs: the outbox dispatcher alone (the API can run with DISPATCHER=off).
// It never migrates: the API's `npm start` or `npm run db:migrate` owns the schema.

const CONNECT_RETRY_MS = 2_000;

/** Resolves with the first SIGTERM or SIGINT. */
const stopSignal = (): Promise<string> =>
  new Promise((resolve) => {
    for (const signal of ["SIGTERM", "SIGINT"]) process.once(signal, () => resolve(signal));
  });

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

/** Runs the dispatcher until a stop signal, then lets its sends finish and closes the pool. */
async function main(): Promise<void> {
  const config = loadConfig();
  // Without it e-mails would be planned for no sender and lost: npm start's catcher is not ours.
  if (!config.smtpUrl) {
    throw new ConfigError([
      "SMTP_URL is required by `npm run worker` (in development, the SMTP URL `npm start` prints " +
        "for its local mail catcher, e.g. smtp://127.0.0.1:1025).",
    ]);
  }
  const log = createLogger(config.logLevel);
  const signalled = stopSignal();
  let stopRequested = false;
  void signalled.then(() => (stopRequested = true));
  const db = createDataSource({ url: config.databaseUrl, logger: new QueryLogger(log) });
  let dispatcher: RunningDispatcher | null = null;
  try {
    if (await connect(db, log, () => stopRequested)) {
      if (await db.showMigrations()) {
        throw new ConfigError([
          "The database is missing migrations: run `npm run db:migrate` (or `npm start`) first.",
        ]);
      }
      dispatcher = startDispatcher({ db, log, config });
      process.stdout.write(
        "AllyHut worker: the outbox dispatcher is running (SIGTERM stops it).\n",
      );
    }
    log.info({ signal: await signalled }, "worker shutting down");
    await dispatcher?.stop();
  } finally {
    if (db.isInitialized) await db.destroy();
  }
}

/** Why the worker could not run: the configuration's own words, or the stack. */
const reasonOf = (error: unknown): string =>
  error instanceof ConfigError
    ? error.message
    : error instanceof Error
      ? (error.stack ?? error.message)
      : String(error);

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${reasonOf(error)}\n`);
    process.exit(1);
  },
);
