import type { RequestHandler } from "express";
import type { DataSource } from "typeorm";

const DATABASE_TIMEOUT_MS = 2000;

/** Whether a read of a table answers within the timeout. */
export async function databaseIsUp(
  db: DataSource,
  timeoutMs = DATABASE_TIMEOUT_MS,
): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const probe = (async () => {
    if (!db.isInitialized) return false;
    // A table, not SELECT 1: a Galera node outside the primary component answers SELECT 1 but
    // refuses every table (1047), and the load balancer must take its instances out.
    await db.query("SELECT 1 FROM migrations LIMIT 1");
    return true;
  })().catch(() => false);
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** GET /health: 200 when the database answers, 503 otherwise (load balancers take it out). */
export function healthHandler(db: DataSource): RequestHandler {
  return async (_req, res) => {
    res.setHeader("Cache-Control", "no-store");
    if (await databaseIsUp(db)) {
      res.status(200).json({ status: "ok", database: "up" });
    } else {
      res.status(503).json({ status: "unavailable", database: "down" });
    }
  };
}
