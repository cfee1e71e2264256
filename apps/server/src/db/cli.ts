import { ConfigError, loadConfig } from "../config";
import { createLogger } from "../logger";
import { createDataSource } from "./data-source";
import { ensureDatabase } from "./ensure-database";
import { seedDemoData } from "./seed";
import { QueryLogger } from "./query-logger";

// node dist/db/cli.js migrate|revert|seed|reset [--force]  (DATABASE_URL as for the server)
const USAGE = "usage: node dist/db/cli.js migrate|revert|seed|reset [--force]";

async function main(argv: string[]): Promise<void> {
  const [command, ...flags] = argv;
  if (!command || !["migrate", "revert", "seed", "reset"].includes(command)) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const config = loadConfig();
  if (command === "reset" && config.production && !flags.includes("--force")) {
    throw new ConfigError(["reset drops every table: in production it needs --force."]);
  }
  const log = createLogger(config.logLevel);
  await ensureDatabase(config.databaseUrl);
  const db = createDataSource({ url: config.databaseUrl, logger: new QueryLogger(log) });
  await db.initialize();
  try {
    if (command === "revert" || command === "reset") {
      const reverts = command === "revert" ? 1 : db.migrations.length;
      for (let left = reverts; left > 0; left--)
        await db.undoLastMigration({ transaction: "each" });
      console.log(command === "revert" ? "Reverted the last migration." : "Dropped every table.");
    }
    if (command === "migrate" || command === "reset") {
      const applied = await db.runMigrations({ transaction: "each" });
      console.log(
        applied.length
          ? `Applied ${applied.map((migration) => migration.name).join(", ")}.`
          : "The database is up to date.",
      );
    }
    if (command === "seed" || command === "reset") {
      const loaded = await seedDemoData(db);
      console.log(
        loaded ? "Loaded the demo data." : "The database has users: demo data not loaded.",
      );
    }
  } finally {
    await db.destroy();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
});
