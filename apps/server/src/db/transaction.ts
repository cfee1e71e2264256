import type { PoolConnection } from "mysql2";
import type { DataSource, EntityManager } from "typeorm";
import { poolOf, sendStatement } from "./pooled-statements";
import type { Queryable } from "./sql-values";

const DEADLOCK = 1213;
const LOCK_WAIT_TIMEOUT = 1205;
// On a Galera cluster a hot row (one affiliate's balance written through three nodes) is
// BF-aborted far more often than on one server: enough attempts, spread out, to get through.
export const MAX_ATTEMPTS = 10;
const BACKOFF_BASE_MS = 10;
const BACKOFF_CAP_MS = 400;

/** Whether the error rolled the whole transaction back and running it again may succeed. */
export function isRetryable(error: unknown): boolean {
  const errno =
    (error as { errno?: number; driverError?: { errno?: number } })?.driverError?.errno ??
    (error as { errno?: number })?.errno;
  return errno === DEADLOCK || errno === LOCK_WAIT_TIMEOUT;
}

/**
 * Runs `run` again while it fails with a deadlock (1213: also Galera's certification failure or BF
 * abort) or lock-wait timeout (1205), which rolled its transaction back: up to MAX_ATTEMPTS times,
 * with an exponential back-off and full jitter.
 */
async function retried<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!isRetryable(error) || attempt >= MAX_ATTEMPTS) throw error;
      const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
    }
  }
}

const connectionOf = (db: DataSource): Promise<PoolConnection> =>
  new Promise((resolve, reject) =>
    poolOf(db).getConnection((error, connection) => (error ? reject(error) : resolve(connection))),
  );

/**
 * One transaction on one pooled connection, its statements sent straight to mysql2
 * (pooled-statements.ts): TypeORM's QueryRunner, events and copy of every result cost a money
 * write about as much as its SQL. READ COMMITTED, as every connection's session is set up
 * (db/mysql-driver.ts). A failed statement or COMMIT rolls back; the connection goes back to the pool.
 */
async function onOneConnection<T>(db: DataSource, work: (m: Queryable) => Promise<T>): Promise<T> {
  const connection = await connectionOf(db);
  const m: Queryable = {
    query: (sql, parameters) => sendStatement(connection, sql, parameters as unknown[] | undefined),
  };
  try {
    await m.query("START TRANSACTION");
    const result = await work(m);
    await m.query("COMMIT");
    return result;
  } catch (error) {
    // A connection that broke mid-transaction rolls back by itself: only the first error matters.
    await m.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    connection.release();
  }
}

/** Runs `work` in one transaction (see onOneConnection), again after a deadlock (see retried). */
export function inTransaction<T>(db: DataSource, work: (m: Queryable) => Promise<T>): Promise<T> {
  return retried(() => onOneConnection(db, work));
}

/** inTransaction for work that needs TypeORM's repositories (EntityManager), with the same retries. */
export function inEntityTransaction<T>(
  db: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return retried(() => db.transaction(work));
}

/** Carries a finished work's result out of the transaction it rolls back. */
class RolledBack<T> {
  constructor(readonly result: T) {}
}

/**
 * Runs `work` in one transaction that is always rolled back: what it would do, with nothing saved
 * (a preview). Retried as inTransaction retries; an error of `work` propagates.
 */
export async function inRolledBackTransaction<T>(
  db: DataSource,
  work: (m: Queryable) => Promise<T>,
): Promise<T> {
  try {
    await inTransaction(db, async (m) => {
      throw new RolledBack(await work(m));
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.result as T;
    throw error;
  }
  throw new Error("a rolled-back transaction ended without its result");
}
