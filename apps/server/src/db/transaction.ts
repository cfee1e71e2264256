import type { DataSource, EntityManager } from "typeorm";

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
 * Runs `work` in one transaction; a deadlock (1213: also Galera's certification failure or BF abort)
 * or lock-wait timeout (1205) reruns the whole transaction, up to MAX_ATTEMPTS times, with an
 * exponential back-off and full jitter.
 */
export async function inTransaction<T>(
  db: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      // READ COMMITTED, as every connection's session is set up (db/mysql-driver.ts).
      return await db.transaction(work);
    } catch (error) {
      if (!isRetryable(error) || attempt >= MAX_ATTEMPTS) throw error;
      const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
    }
  }
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
  work: (manager: EntityManager) => Promise<T>,
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
