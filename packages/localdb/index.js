// A private MySQL/MariaDB server process: its data under a directory of ours, on a free 127.0.0.1
// port, never the machine's shared server. `npm start` falls back to one (apps/server/src/start.ts,
// through src/db/local-mysql.ts); the fault scenarios start a throw-away one to kill and freeze
// (@allyhut/testkit's startPrivateMariadb). Plain CommonJS, typed by index.d.ts: no build step.
"use strict";

const { spawn, spawnSync } = require("node:child_process");
const { existsSync, mkdirSync, readFileSync, writeFileSync } = require("node:fs");
const { createServer } = require("node:net");
const path = require("node:path");
const { createConnection } = require("mysql2/promise");

const INSTALL_HINT = "sudo apt-get install -y mariadb-server";
const SYSTEM_DIRS = ["/usr/sbin", "/usr/local/sbin", "/usr/local/mysql/bin", "/usr/local/bin"];

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The first of `names` found on PATH or in the usual sbin directories, or null. */
function findExecutable(names, pathEnv = process.env.PATH ?? "", exists = existsSync) {
  const dirs = [...pathEnv.split(path.delimiter).filter(Boolean), ...SYSTEM_DIRS];
  for (const name of names) {
    for (const dir of dirs) {
      const file = path.join(dir, name);
      if (exists(file)) return file;
    }
  }
  return null;
}

/** Whether a MySQL-protocol server accepts `user` without a password at host:port. */
async function serverAnswers(host, port, user = "root", timeoutMs = 1500) {
  try {
    const connection = await createConnection({ host, port, user, connectTimeout: timeoutMs });
    await connection.end();
    return true;
  } catch {
    return false;
  }
}

/** A TCP port nobody listens on right now (on 127.0.0.1). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no free port")),
      );
    });
  });
}

/** The last lines of a log file, for failure messages. */
function tail(file, lines = 30) {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

const asRoot = () => (process.getuid?.() === 0 ? ["--user=root"] : []);

/** The `--initialize` command for this server: MariaDB's install-db script, or MySQL's mysqld. */
function initialiseCommand(serverBinary, dataDir) {
  const version = spawnSync(serverBinary, ["--version"], { encoding: "utf8" }).stdout ?? "";
  const installDb = findExecutable(["mariadb-install-db", "mysql_install_db"]);
  if (/mariadb/i.test(version) && installDb) {
    // --no-defaults: the system's my.cnf (user=mysql, its own datadir) must not apply here.
    return [
      installDb,
      [
        "--no-defaults",
        `--datadir=${dataDir}`,
        "--auth-root-authentication-method=normal",
        ...asRoot(),
        "--skip-test-db",
      ],
    ];
  }
  return [
    serverBinary,
    ["--no-defaults", "--initialize-insecure", `--datadir=${dataDir}`, ...asRoot()],
  ];
}

/** Creates the system tables in `dataDir` (root without a password); throws with the tool's output. */
function initialiseDataDir(serverBinary, dataDir) {
  const [command, args] = initialiseCommand(serverBinary, dataDir);
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.status !== 0) {
    const output = [result.stdout, result.stderr, result.error].filter(Boolean).join("\n");
    throw new Error(`${command} ${args.join(" ")} failed:\n${output}`);
  }
}

/**
 * Starts `serverBinary` on the initialised data under `baseDir` (socket, pid file and log there too)
 * at 127.0.0.1:`port`; resolves once root can connect, else kills it and throws with its log.
 */
async function startMysqld({
  serverBinary,
  baseDir,
  port,
  dataDir = path.join(baseDir, "data"),
  bufferPoolSize = "64M",
  extraArgs = [],
  startTimeoutMs = 30_000,
  pollMs = 250,
  detached = false,
  user = null,
}) {
  const logFile = path.join(baseDir, "mysqld.log");
  const child = spawn(
    serverBinary,
    [
      "--no-defaults",
      `--datadir=${dataDir}`,
      `--socket=${path.join(baseDir, "mysqld.sock")}`,
      `--pid-file=${path.join(baseDir, "mysqld.pid")}`,
      `--log-error=${logFile}`,
      `--port=${port}`,
      "--bind-address=127.0.0.1",
      ...extraArgs,
      `--innodb-buffer-pool-size=${bufferPoolSize}`,
      ...(user ? [`--user=${user}`] : asRoot()),
    ],
    // detached: outlives the script that started it (npm run cluster:up), in its own process group.
    { stdio: "ignore", detached },
  );
  if (detached) child.unref();
  /** @type {Promise<{ code: number | null, signal: NodeJS.Signals | null }>} */
  const exited = new Promise((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  for (let waitedMs = 0; !(await serverAnswers("127.0.0.1", port)); waitedMs += pollMs) {
    if (gone() || waitedMs > startTimeoutMs) {
      child.kill("SIGKILL");
      throw new Error(`the private database server did not start; its log:\n${tail(logFile)}`);
    }
    await sleep(pollMs);
  }
  return {
    port,
    serverUrl: `mysql://root@127.0.0.1:${port}/`,
    logFile,
    child,
    exited,
    signal(name) {
      child.kill(name);
    },
    /** SIGTERM (a clean shutdown; SIGCONT first, in case it was frozen), SIGKILL after `timeoutMs`. */
    async stop(timeoutMs = Infinity) {
      if (gone()) return exited;
      child.kill("SIGCONT");
      child.kill("SIGTERM");
      if (Number.isFinite(timeoutMs)) {
        // Cleared once it exits: a pending timer would keep the caller's process alive.
        let timer;
        const timeout = new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs, null)));
        const stopped = await Promise.race([exited, timeout]);
        clearTimeout(timer);
        if (!stopped) child.kill("SIGKILL");
      }
      return exited;
    },
  };
}

/**
 * `npm start`'s private instance under `baseDir` (<repo>/.data/mysql): reuses the one a previous
 * start left running (its port is in `baseDir/port`), else initialises the data on first use and
 * starts it on a free port, which it records.
 */
async function startPrivateInstance(serverBinary, baseDir, log) {
  const dataDir = path.join(baseDir, "data");
  const portFile = path.join(baseDir, "port");
  mkdirSync(baseDir, { recursive: true });
  const urlOf = (port) => `mysql://root@127.0.0.1:${port}/allyhut`;

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
    initialiseDataDir(serverBinary, dataDir);
  }
  const server = await startMysqld({ serverBinary, baseDir, dataDir, port: await freePort() });
  writeFileSync(portFile, String(server.port));
  return {
    url: urlOf(server.port),
    port: server.port,
    startedHere: true,
    async stop() {
      await server.stop(); // mysqld shuts down cleanly on SIGTERM
    },
  };
}

module.exports = {
  INSTALL_HINT,
  findExecutable,
  serverAnswers,
  freePort,
  sleep,
  tail,
  initialiseDataDir,
  startMysqld,
  startPrivateInstance,
};
