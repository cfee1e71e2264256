import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { createConnection } from "mysql2/promise";

// A private MySQL/MariaDB for `npm start` on a machine that has the server installed but not running:
// data, socket and logs under <repo>/.data/mysql, on a free local port, reused next time.

export const INSTALL_HINT = "sudo apt-get install -y mariadb-server";
const SYSTEM_DIRS = ["/usr/sbin", "/usr/local/sbin", "/usr/local/mysql/bin", "/usr/local/bin"];

/** The first of `names` found on PATH or in the usual sbin directories. */
export function findExecutable(
  names: string[],
  pathEnv = process.env.PATH ?? "",
  exists: (file: string) => boolean = existsSync,
): string | null {
  const dirs = [...pathEnv.split(path.delimiter).filter(Boolean), ...SYSTEM_DIRS];
  for (const name of names) {
    for (const dir of dirs) {
      const file = path.join(dir, name);
      if (exists(file)) return file;
    }
  }
  return null;
}

export type DatabaseChoice =
  | { kind: "env"; url: string }
  | { kind: "local"; url: string }
  | { kind: "private"; serverBinary: string }
  | { kind: "missing"; installHint: string };

/** Which database `npm start` uses, in order of preference. */
export function chooseDatabase(facts: {
  databaseUrl: string;
  databaseUrlFromEnv: boolean;
  localRootAnswers: boolean;
  serverBinary: string | null;
}): DatabaseChoice {
  if (facts.databaseUrlFromEnv) return { kind: "env", url: facts.databaseUrl };
  if (facts.localRootAnswers) return { kind: "local", url: facts.databaseUrl };
  if (facts.serverBinary) return { kind: "private", serverBinary: facts.serverBinary };
  return { kind: "missing", installHint: INSTALL_HINT };
}

/** Whether a MySQL-protocol server accepts `user` without a password at host:port. */
export async function serverAnswers(host: string, port: number, user = "root"): Promise<boolean> {
  try {
    const connection = await createConnection({ host, port, user, connectTimeout: 1500 });
    await connection.end();
    return true;
  } catch {
    return false;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export interface PrivateInstance {
  url: string;
  port: number;
  /** Whether this process started it (and so stops it). */
  startedHere: boolean;
  stop(): Promise<void>;
}

/** The `--initialize` command for this server: MariaDB's install-db script, or MySQL's mysqld. */
function initialiseCommand(serverBinary: string, dataDir: string): [string, string[]] {
  const user = process.getuid?.() === 0 ? ["--user=root"] : [];
  const version = spawnSync(serverBinary, ["--version"], { encoding: "utf8" }).stdout ?? "";
  const installDb = findExecutable(["mariadb-install-db", "mysql_install_db"]);
  if (/mariadb/i.test(version) && installDb) {
    // --no-defaults: the system's my.cnf (user=mysql, its own datadir) must not apply here.
    const args = [
      "--no-defaults",
      `--datadir=${dataDir}`,
      "--auth-root-authentication-method=normal",
    ];
    return [installDb, [...args, ...user, "--skip-test-db"]];
  }
  return [
    serverBinary,
    ["--no-defaults", "--initialize-insecure", `--datadir=${dataDir}`, ...user],
  ];
}

/** Starts (initialising on first use) or reuses the private instance under `baseDir`. */
export async function startPrivateInstance(
  serverBinary: string,
  baseDir: string,
  log: (message: string) => void,
): Promise<PrivateInstance> {
  const dataDir = path.join(baseDir, "data");
  const portFile = path.join(baseDir, "port");
  const socket = path.join(baseDir, "mysqld.sock");
  mkdirSync(baseDir, { recursive: true });
  const urlOf = (port: number) => `mysql://root@127.0.0.1:${port}/allyhut`;

  const recordedPort = existsSync(portFile) ? Number(readFileSync(portFile, "utf8")) : 0;
  if (recordedPort && (await serverAnswers("127.0.0.1", recordedPort))) {
    log(`Reusing the private database already running on port ${recordedPort}.`);
    return {
      url: urlOf(recordedPort),
      port: recordedPort,
      startedHere: false,
      stop: async () => {},
    };
  }
  if (!existsSync(path.join(dataDir, "mysql"))) {
    log(`Initialising a private database in ${dataDir} ...`);
    const [command, args] = initialiseCommand(serverBinary, dataDir);
    const result = spawnSync(command, args, { encoding: "utf8" });
    if (result.status !== 0) {
      const output = [result.stdout, result.stderr, result.error].filter(Boolean).join("\n");
      throw new Error(`${command} ${args.join(" ")} failed:\n${output}`);
    }
  }
  const port = await freePort();
  const user = process.getuid?.() === 0 ? ["--user=root"] : [];
  const child = spawn(
    serverBinary,
    [
      "--no-defaults",
      `--datadir=${dataDir}`,
      `--socket=${socket}`,
      `--pid-file=${path.join(baseDir, "mysqld.pid")}`,
      `--log-error=${path.join(baseDir, "mysqld.log")}`,
      `--port=${port}`,
      "--bind-address=127.0.0.1",
      "--innodb-buffer-pool-size=64M",
      ...user,
    ],
    { stdio: "ignore" },
  );
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  for (let waitedMs = 0; !(await serverAnswers("127.0.0.1", port)); waitedMs += 250) {
    if (child.exitCode !== null || waitedMs > 30_000) {
      child.kill("SIGTERM");
      throw new Error(
        `the private database did not start; see ${path.join(baseDir, "mysqld.log")}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  writeFileSync(portFile, String(port));
  return {
    url: urlOf(port),
    port,
    startedHere: true,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM"); // mysqld shuts down cleanly on SIGTERM
      await exited;
    },
  };
}
