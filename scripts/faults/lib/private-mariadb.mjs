// A private mariadbd in a temp directory (the shared one on :3306 is everyone's: never stop that).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { connectTo } from "./db.mjs";
import { freePort, sleep, tail } from "./server.mjs";

const find = (names) =>
  names
    .flatMap((name) =>
      ["/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin"].map((dir) =>
        path.join(dir, name),
      ),
    )
    .find((file) => existsSync(file));

async function answers(port) {
  try {
    const connection = await connectTo(`mysql://root@127.0.0.1:${port}/`, { connectTimeout: 1000 });
    await connection.end();
    return true;
  } catch {
    return false;
  }
}

/** Initialises a data directory and starts mariadbd on a free 127.0.0.1 port; `stop()` removes it all. */
export async function startPrivateMariadb() {
  const serverBinary = find(["mariadbd", "mysqld"]);
  const installDb = find(["mariadb-install-db", "mysql_install_db"]);
  if (!serverBinary || !installDb)
    throw new Error("mariadbd and mariadb-install-db are needed for this scenario");
  const baseDir = mkdtempSync(path.join(tmpdir(), "allyhut-faults-mysql-"));
  const dataDir = path.join(baseDir, "data");
  const asRoot = process.getuid?.() === 0 ? ["--user=root"] : [];
  const init = spawnSync(
    installDb,
    [
      "--no-defaults",
      `--datadir=${dataDir}`,
      "--auth-root-authentication-method=normal",
      "--skip-test-db",
      ...asRoot,
    ],
    { encoding: "utf8" },
  );
  if (init.status !== 0) throw new Error(`${installDb} failed:\n${init.stdout}\n${init.stderr}`);
  const port = await freePort();
  const logFile = path.join(baseDir, "mysqld.log");
  const instance = {
    port,
    baseDir,
    serverUrl: `mysql://root@127.0.0.1:${port}/`,
    child: null,
    exited: null,
    /** Starts mariadbd (again) on the same port and data; resolves once it answers. */
    async start() {
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
          "--skip-name-resolve",
          "--innodb-buffer-pool-size=32M",
          ...asRoot,
        ],
        { stdio: "ignore" },
      );
      instance.child = child;
      instance.exited = new Promise((resolve) =>
        child.once("exit", (code, signal) => resolve({ code, signal })),
      );
      for (let waitedMs = 0; !(await answers(port)); waitedMs += 100) {
        if (child.exitCode !== null || waitedMs > 30_000) {
          child.kill("SIGKILL");
          throw new Error(`the private mariadbd did not start:\n${tail(logFile)}`);
        }
        await sleep(100);
      }
    },
    signal(name) {
      instance.child.kill(name);
    },
    async stop() {
      if (
        instance.child &&
        instance.child.exitCode === null &&
        instance.child.signalCode === null
      ) {
        instance.child.kill("SIGCONT");
        instance.child.kill("SIGTERM");
        const stopped = await Promise.race([instance.exited, sleep(20_000).then(() => null)]);
        if (!stopped) instance.child.kill("SIGKILL");
        await instance.exited;
      }
      rmSync(baseDir, { recursive: true, force: true });
    },
  };
  await instance.start();
  return instance;
}
