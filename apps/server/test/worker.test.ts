import { spawn } from "node:child_process";
import path from "node:path";
import { createTestDatabase, type TestDatabase } from "./support/database";

// `npm run worker` as a user runs it: the built entry, its own process, its exit code and words.
const WORKER = path.resolve(__dirname, "../dist/worker.js");

interface Exited {
  code: number | null;
  output: string;
}

function runWorker(env: NodeJS.ProcessEnv, stopWhen?: RegExp): Promise<Exited> {
  const child = spawn(process.execPath, [WORKER], {
    env: { PATH: process.env.PATH, LOG_LEVEL: "silent", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (stopWhen?.test(output)) child.kill("SIGTERM");
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, output })));
}

describe("npm run worker", () => {
  let migrated: TestDatabase;
  let empty: TestDatabase;

  beforeAll(async () => {
    migrated = await createTestDatabase();
    empty = await createTestDatabase({ migrate: false });
  });
  afterAll(async () => {
    await migrated.drop();
    await empty.drop();
  });

  it("refuses to start without SMTP_URL, saying where one comes from", async () => {
    const exited = await runWorker({ DATABASE_URL: migrated.url });
    expect(exited.code).toBe(1);
    expect(exited.output).toMatch(/SMTP_URL is required by `npm run worker`/);
  });

  it("refuses a database that is missing migrations: it never migrates", async () => {
    const exited = await runWorker({ DATABASE_URL: empty.url, SMTP_URL: "smtp://127.0.0.1:1" });
    expect(exited.code).toBe(1);
    expect(exited.output).toMatch(/missing migrations: run `npm run db:migrate`/);
    const [{ tables }] = await empty.dataSource.query(
      // TypeORM's own bookkeeping table may appear; no table of ours does.
      `SELECT COUNT(*) AS tables FROM information_schema.TABLES
       WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME <> 'migrations'`,
    );
    expect(Number(tables)).toBe(0);
  });

  it("runs the dispatcher until SIGTERM, then exits 0", async () => {
    const exited = await runWorker(
      { DATABASE_URL: migrated.url, SMTP_URL: "smtp://127.0.0.1:1" },
      /the outbox dispatcher is running/,
    );
    expect(exited.output).toMatch(/the outbox dispatcher is running/);
    expect(exited.code).toBe(0);
  });
});
