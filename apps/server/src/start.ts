import path from "node:path";
import { ConfigError, loadConfig, type Config } from "./config";
import { CLARK_KENT, DEMO_COACH, DEMO_PASSWORD } from "./db/demo-data";
import {
  chooseDatabase,
  findExecutable,
  serverAnswers,
  startPrivateInstance,
  type PrivateInstance,
} from "./db/local-mysql";
import { startMailCatcher, type MailCatcher } from "./dev-mail/mail-catcher";
import { createLogger } from "./logger";
import { startServer } from "./main";

// What `npm start` runs: find a database, migrate, seed an empty one, serve, shut down gracefully.

const REPO_ROOT = path.resolve(__dirname, "../../..");
const say = (message: string) => process.stdout.write(`${message}\n`);

async function findDatabase(config: Config): Promise<{ url: string; instance?: PrivateInstance }> {
  const defaultServer = new URL(config.databaseUrl);
  const choice = chooseDatabase({
    databaseUrl: config.databaseUrl,
    databaseUrlFromEnv: config.databaseUrlFromEnv,
    localRootAnswers:
      !config.databaseUrlFromEnv &&
      (await serverAnswers(defaultServer.hostname, Number(defaultServer.port || 3306))),
    serverBinary: config.databaseUrlFromEnv ? null : findExecutable(["mariadbd", "mysqld"]),
  });
  switch (choice.kind) {
    case "env":
      say(`Database: DATABASE_URL (${redact(choice.url)}).`);
      return { url: choice.url };
    case "local":
      say(`Database: the MySQL/MariaDB server at 127.0.0.1:3306 (${redact(choice.url)}).`);
      return { url: choice.url };
    case "private": {
      say(`Database: a private ${path.basename(choice.serverBinary)} under .data/mysql.`);
      const instance = await startPrivateInstance(
        choice.serverBinary,
        path.join(REPO_ROOT, ".data", "mysql"),
        say,
      );
      say(`Database: ${instance.url}`);
      return { url: instance.url, instance };
    }
    case "missing":
      throw new ConfigError([
        "No database found: DATABASE_URL is not set, nothing answers at 127.0.0.1:3306 and " +
          `no MySQL/MariaDB server is installed. Install one with:\n\n    ${choice.installHint}\n`,
      ]);
  }
}

/** The URL without its password, for printing. */
function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const { url: databaseUrl, instance } = await findDatabase(config);
  // No SMTP_URL (never in production, which config refuses): e-mails go to a local catcher.
  let mailCatcher: MailCatcher | undefined;
  let server;
  try {
    if (!config.smtpUrl) {
      mailCatcher = await startMailCatcher({
        onError: (error) => log.warn({ err: error }, "mail catcher"),
      });
    }
    const smtpUrl = config.smtpUrl ?? mailCatcher?.smtpUrl ?? null;
    server = await startServer({ ...config, databaseUrl, smtpUrl }, log);
  } catch (error) {
    await mailCatcher?.close();
    if (instance?.startedHere) await instance.stop();
    throw error;
  }
  say("");
  if (server.seeded) say("Loaded the demo data into the empty database.");
  say(`AllyHut is running:  ${server.url}/`);
  say(`  GraphQL API:       ${server.url}/graphql`);
  say(`  Playground:        ${server.url}/playground`);
  say(`  Health:            ${server.url}/health`);
  if (mailCatcher) {
    say(
      `E-mail: SMTP_URL is not set, so nothing is delivered; read the mail at ${mailCatcher.inboxUrl}`,
    );
    say(`  (a local catcher on ${mailCatcher.smtpUrl})`);
  }
  say(`Demo logins (password ${DEMO_PASSWORD}):`);
  say(`  seller     ${DEMO_COACH.email}`);
  say(`  affiliate  ${CLARK_KENT.email}`);
  say("");

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    try {
      await server.close();
      await mailCatcher?.close();
      if (instance?.startedHere) await instance.stop();
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, "unclean shutdown");
      process.exit(1);
    }
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : error}\n`,
  );
  process.exit(1);
});
