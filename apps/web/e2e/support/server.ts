import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export const WEB_DIR = path.resolve(__dirname, "../..");
export const REPO_ROOT = path.resolve(WEB_DIR, "../..");
export const SERVER_DIR = path.join(REPO_ROOT, "apps", "server");
const SERVER_ENTRY = path.join(SERVER_DIR, "dist", "start.js");

/** The MySQL server the tests may create databases on: TEST_DATABASE_URL, DATABASE_URL's, or local root. */
export function mysqlServerUrl(): URL {
  const url = new URL(
    process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? "mysql://root@127.0.0.1:3306/",
  );
  url.pathname = "/";
  return url;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

export interface RunningServer {
  baseUrl: string;
  databaseName: string;
  process: ChildProcess;
  output: () => string;
}

/** Starts `node apps/server/dist/start.js` on its own database (it migrates and seeds) and waits for /health. */
export async function startServer(): Promise<RunningServer> {
  if (!existsSync(SERVER_ENTRY)) {
    throw new Error(
      `${SERVER_ENTRY} is missing: run \`npm run build\` at the repository root first.`,
    );
  }
  if (!existsSync(path.join(WEB_DIR, "dist", "index.html"))) {
    throw new Error("apps/web/dist is missing: run `npm run build -w @allyhut/web` first.");
  }
  const databaseName = `allyhut_e2e_${randomBytes(4).toString("hex")}`;
  const databaseUrl = mysqlServerUrl();
  databaseUrl.pathname = `/${databaseName}`;
  const port = await freePort();
  let output = "";
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl.toString(),
      PORT: String(port),
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://localhost:${port}`;
  await waitForHealth(baseUrl, child, () => output);
  return { baseUrl, databaseName, process: child, output: () => output };
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `The server exited with code ${child.exitCode} before it was healthy:\n${output()}`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/health`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill("SIGKILL");
  throw new Error(`The server did not answer /health with 200 within 90 s:\n${output()}`);
}

/** Stops the server (SIGTERM, then SIGKILL after 10 s). */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Drops the test database, with the server package's own mysql2. */
export async function dropDatabase(databaseName: string): Promise<void> {
  if (!/^allyhut_e2e_[0-9a-f]+$/.test(databaseName))
    throw new Error(`refusing to drop ${databaseName}`);
  const mysql = require(
    require.resolve("mysql2/promise", { paths: [SERVER_DIR] }),
  ) as typeof import("mysql2/promise");
  const connection = await mysql.createConnection(mysqlServerUrl().toString());
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${databaseName}\``);
  } finally {
    await connection.end();
  }
}
