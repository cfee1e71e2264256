import type { RequestHandler } from "express";
import mysql from "mysql2/promise";
import type { DataSource } from "typeorm";

const DATABASE_TIMEOUT_MS = 2000;

// A table, not SELECT 1: a Galera node outside the primary component answers SELECT 1 but refuses
// every table (1047), and the load balancer must take its instances out.
const PROBE = "SELECT 1 FROM migrations LIMIT 1";
// Should the server's default be a causal read (wsrep_sync_wait), the probe would stall with the
// cluster during a Galera reconfiguration and every instance would leave the balancer at once;
// without the wait it still fails with 1047 outside the primary component. MariaDB only: MySQL has
// no SET STATEMENT.
const MARIADB_PROBE = `SET STATEMENT wsrep_sync_wait = 0 FOR ${PROBE}`;

/** Whether each DataSource's server is MariaDB, once known. */
const isMariaDb = new WeakMap<DataSource, boolean>();

type Connection = mysql.Connection;

async function probeOn(db: DataSource, connection: Connection): Promise<void> {
  if (!isMariaDb.has(db)) {
    const [rows] = await connection.query("SELECT VERSION() AS version");
    isMariaDb.set(db, /mariadb/i.test(String((rows as Array<{ version: string }>)[0]?.version)));
  }
  await connection.query(isMariaDb.get(db) ? MARIADB_PROBE : PROBE);
}

/**
 * Whether a read of a table answers within the timeout, on a connection of its own: not one of the
 * pool's, which writes stalled by a Galera reconfiguration can all hold (every instance alike).
 */
export async function databaseIsUp(
  db: DataSource,
  timeoutMs = DATABASE_TIMEOUT_MS,
): Promise<boolean> {
  if (!db.isInitialized) return false;
  const url = (db.options as { url?: string }).url;
  if (!url) return false;
  let connection: Connection | undefined;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const probe = (async () => {
    const opening = mysql.createConnection({ uri: url, connectTimeout: timeoutMs });
    connection = await opening;
    await probeOn(db, connection);
    return true;
  })().catch(() => false);
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
    // Not end(): a frozen server would never answer its QUIT.
    void probe.then(() => connection?.destroy());
    connection?.destroy();
  }
}

/** GET /health: 200 when the database answers, 503 otherwise (load balancers take it out). */
export function healthHandler(db: DataSource): RequestHandler {
  // One probe at a time, shared by the checks that arrive meanwhile: /health is public, and a flood
  // of it must not open a database connection per request.
  let probing: Promise<boolean> | null = null;
  const probe = (): Promise<boolean> =>
    (probing ??= databaseIsUp(db).finally(() => {
      probing = null;
    }));
  return async (_req, res) => {
    res.setHeader("Cache-Control", "no-store");
    if (await probe()) {
      res.status(200).json({ status: "ok", database: "up" });
    } else {
      res.status(503).json({ status: "unavailable", database: "down" });
    }
  };
}
