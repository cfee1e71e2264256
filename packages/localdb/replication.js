"use strict";
// A MariaDB primary with a binlog and one asynchronous replica of it (GTID based), in a temporary
// folder: what the read-replica tests and `npm run bench:replicas` run against.

const { mkdtempSync, rmSync } = require("node:fs");
const { tmpdir } = require("node:os");
const path = require("node:path");
const { createConnection } = require("mysql2/promise");
const { findExecutable, freePort, initialiseDataDir, startMysqld } = require("./index");

const serverArgs = (serverId) => [
  `--server-id=${serverId}`,
  "--log-bin=binlog",
  "--binlog-format=ROW",
];

async function query(url, sql, parameters = []) {
  const connection = await createConnection({ uri: url });
  try {
    const [rows] = await connection.query(sql, parameters);
    return rows;
  } finally {
    await connection.end();
  }
}

async function startReplicatedPair(database) {
  const serverBinary = findExecutable(["mariadbd", "mysqld"]);
  if (!serverBinary) throw new Error("no MariaDB server binary to start a replicated pair with");
  const baseDir = mkdtempSync(path.join(tmpdir(), "allyhut-replication-"));
  const servers = [];
  const stopAll = async () => {
    await Promise.all(servers.map((server) => server.stop(10_000)));
    rmSync(baseDir, { recursive: true, force: true });
  };
  const start = async (name, serverId, extra = []) => {
    const dir = path.join(baseDir, name);
    initialiseDataDir(serverBinary, path.join(dir, "data"));
    const server = await startMysqld({
      serverBinary,
      baseDir: dir,
      dataDir: path.join(dir, "data"),
      port: await freePort(),
      extraArgs: [...serverArgs(serverId), ...extra],
    });
    servers.push(server);
    return server;
  };
  try {
    const primary = await start("primary", 1);
    const replica = await start("replica", 2, ["--read-only=1"]);
    const primaryServer = primary.serverUrl.replace(/\/$/, "");
    const replicaServer = replica.serverUrl.replace(/\/$/, "");
    const onPrimary = (sql, parameters) => query(primaryServer, sql, parameters);
    const onReplica = (sql, parameters) => query(replicaServer, sql, parameters);
    const delayReplica = async (seconds) => {
      await onReplica("STOP SLAVE");
      await onReplica(
        `CHANGE MASTER TO MASTER_HOST = '127.0.0.1', MASTER_PORT = ?, MASTER_USER = 'root',
           MASTER_PASSWORD = '', MASTER_USE_GTID = slave_pos, MASTER_DELAY = ?`,
        [primary.port, seconds],
      );
      await onReplica("START SLAVE");
    };
    await delayReplica(0);
    await onPrimary(`CREATE DATABASE \`${database}\``);
    const pair = {
      primaryUrl: `${primaryServer}/${database}`,
      replicaUrl: `${replicaServer}/${database}`,
      onPrimary,
      onReplica,
      delayReplica,
      async replicaCaughtUp(timeoutSeconds = 30) {
        const [primaryAt] = await onPrimary("SELECT @@gtid_binlog_pos AS position");
        const [replicaAt] = await onReplica("SELECT MASTER_GTID_WAIT(?, ?) AS waited", [
          primaryAt.position,
          timeoutSeconds,
        ]);
        if (Number(replicaAt.waited) !== 0)
          throw new Error(`the replica did not reach ${primaryAt.position}`);
      },
      stopReplica: () => replica.stop(5_000).then(() => undefined),
      close: stopAll,
    };
    await pair.replicaCaughtUp();
    return pair;
  } catch (error) {
    await stopAll();
    throw error;
  }
}

module.exports = { startReplicatedPair };
