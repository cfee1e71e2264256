// A throw-away mariadbd (or mysqld) of our own in a temp directory, for the scenarios that kill and
// freeze the database: the shared one on :3306 is everyone's, never stop that. The process code is
// @allyhut/localdb's, which `npm start` uses for its private instance too.
"use strict";

const { mkdtempSync, rmSync } = require("node:fs");
const { tmpdir } = require("node:os");
const path = require("node:path");
const { findExecutable, freePort, initialiseDataDir, startMysqld } = require("@allyhut/localdb");

/**
 * Initialises a data directory and starts the server on a free 127.0.0.1 port. `start()` starts it
 * again (same port and data) after a kill; `signal(name)` sends one; `stop()` stops it (SIGTERM,
 * SIGKILL after `stopTimeoutMs`) and removes everything.
 */
async function startPrivateMariadb({ bufferPoolSize = "32M", stopTimeoutMs = 20_000 } = {}) {
  const serverBinary = findExecutable(["mariadbd", "mysqld"]);
  if (!serverBinary) throw new Error("mariadbd (or mysqld) is needed for this scenario");
  const baseDir = mkdtempSync(path.join(tmpdir(), "allyhut-faults-mysql-"));
  const dataDir = path.join(baseDir, "data");
  initialiseDataDir(serverBinary, dataDir);
  const port = await freePort();
  let server = null;
  const instance = {
    port,
    baseDir,
    serverUrl: `mysql://root@127.0.0.1:${port}/`,
    /** @type {import("node:child_process").ChildProcess | null} */
    child: null,
    /** @type {Promise<unknown> | null} */
    exited: null,
    /** Starts the server (again) on the same port and data; resolves once it answers. */
    async start() {
      server = await startMysqld({
        serverBinary,
        baseDir,
        dataDir,
        port,
        bufferPoolSize,
        extraArgs: ["--skip-name-resolve"],
        pollMs: 100,
      });
      instance.child = server.child;
      instance.exited = server.exited;
    },
    signal(name) {
      instance.child?.kill(name);
    },
    async stop() {
      if (server) await server.stop(stopTimeoutMs);
      rmSync(baseDir, { recursive: true, force: true });
    },
  };
  await instance.start();
  return instance;
}

module.exports = { startPrivateMariadb };
