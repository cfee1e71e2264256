#!/usr/bin/env node
// `npm run bench:fixture`: drops and reloads the benchmark's own database (allyhut_bench, or
// BENCH_DATABASE_URL), migrated by the server's migrations, with 100 sellers, 10,000 affiliates,
// 1,000,000 sales and 600,000 withdrawals (200,000 PENDING, all of seller 1). Rows are made by
// INSERT … SELECT over MariaDB's sequence engine; running totals are computed from them afterwards.
import { createRequire } from "node:module";
import path from "node:path";
import { checkFixture } from "./lib/fixture-check.mjs";
import {
  benchDatabaseUrl,
  connect,
  migrate,
  requireBuiltServer,
  SERVER_DIST,
} from "./lib/bench-db.mjs";
import { LOAD_STEPS, TOTALS_STEPS, benchUsers } from "./lib/fixture-sql.mjs";
import { AFFILIATES, BENCH_PASSWORD, SELLERS } from "./lib/fixture-shape.mjs";

const say = (line) => process.stdout.write(`${line}\n`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

async function timed(label, work) {
  const startedAt = Date.now();
  const result = await work();
  const affected = result?.affectedRows;
  say(
    `  ${label.padEnd(44)} ${seconds(Date.now() - startedAt).padStart(8)}` +
      (affected !== undefined ? `  ${affected.toLocaleString("en")} rows` : ""),
  );
  return result;
}

/** A step's statement, or its statements in order; the result of the one it `reports` (the last). */
async function run(db, step) {
  const statements = [step.sql].flat();
  const results = [];
  for (const sql of statements) results.push((await db.query(sql))[0]);
  return results[step.reports ?? statements.length - 1];
}

async function main() {
  requireBuiltServer();
  const bench = benchDatabaseUrl();
  const startedAt = Date.now();
  say(`Bench fixture in ${bench.database} (${bench.serverUrl})`);

  const server = await connect(bench, { database: false });
  await timed(`drop and create ${bench.database}`, async () => {
    await server.query(`DROP DATABASE IF EXISTS \`${bench.database}\``);
    await server.query(
      `CREATE DATABASE \`${bench.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  });
  await server.end();
  await timed("migrate (apps/server/dist/db/cli.js)", async () => migrate(bench));

  // The server's own password hashing, once: every bench user signs in with the same password.
  // Its insertUsers stores users as sign-up does (the services' email normalization).
  const require = createRequire(import.meta.url);
  const { hashPassword } = require(path.join(SERVER_DIST, "modules/auth/password.js"));
  const { insertUsers } = require(path.join(SERVER_DIST, "db/seed.js"));
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const now = new Date();

  const db = await connect(bench);
  // A bulk load of consistent rows: the keys are checked by the check below, not row by row.
  await db.query("SET SESSION foreign_key_checks = 0, unique_checks = 0");
  await db.query("SET @now = ?", [now]);
  say("Loading:");
  await timed(`users (${SELLERS} sellers + ${AFFILIATES} affiliates)`, async () => {
    const run = (sql, values) => db.query(sql, values).then(([r]) => r);
    const ids = await insertUsers(run, benchUsers(passwordHash, now));
    return { affectedRows: ids.length };
  });
  for (const step of LOAD_STEPS) await timed(step.label, () => run(db, step));
  // Statistics of the tables as loaded, for the plans of the totals below.
  await timed("ANALYZE TABLE (as loaded)", () =>
    db.query("ANALYZE TABLE commissions, withdrawals, withdrawal_events"),
  );
  say("Running totals:");
  for (const step of TOTALS_STEPS) await timed(step.label, () => run(db, step));
  await db.query("SET SESSION foreign_key_checks = 1, unique_checks = 1");
  await timed("ANALYZE TABLE", () =>
    db.query(
      "ANALYZE TABLE users, sellers, offers, affiliates, offer_promotions, commissions, withdrawals, withdrawal_events",
    ),
  );
  const loadMs = Date.now() - startedAt;

  say("Check:");
  const check = await checkFixture(db);
  for (const line of check.lines) say(`  ${line}`);
  await db.end();
  say(`Loaded in ${seconds(loadMs)} (check ${seconds(Date.now() - startedAt - loadMs)}).`);
  if (!check.ok) {
    say("The fixture is NOT consistent (see above).");
    process.exitCode = 1;
  }
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exitCode = 1;
});
