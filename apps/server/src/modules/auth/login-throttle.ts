import { isIPv4, isIPv6 } from "node:net";
import { RateLimited } from "@allyhut/schema/domain";
import type { DataSource } from "typeorm";
import { inTransaction } from "../../db/transaction";
import { type Queryable } from "../../db/sql-values";

// Failed logins are counted in the database (any number of server instances share them) per account and
// per client address. Each attempt reserves a failure before the password is checked, so parallel
// guesses cannot slip past the limit; a successful login gives its reservation back. An attempt that
// finds the bucket full of reservations still being checked (not a block) waits for a free one.

export const THROTTLE_WINDOW_MINUTES = 15;
export const THROTTLE_BLOCK_MINUTES = 15;
export const MAX_ACCOUNT_FAILURES = 5;
export const MAX_ADDRESS_FAILURES = 20;
/** How long an attempt waits for reservations in flight to be decided before it gives up. */
export const BUSY_WAIT_MS = 5_000;

const WINDOW_OVER = `window_started_at <= UTC_TIMESTAMP(3) - INTERVAL ${THROTTLE_WINDOW_MINUTES} MINUTE`;
const BLOCKED = "blocked_until > UTC_TIMESTAMP(3)";

interface ThrottleRow {
  bucket: string;
  failures: number;
  retry_at: Date | null;
  blocked: number | null;
}

interface Bucket {
  key: string;
  limit: number;
}

/** The throttle of one login attempt: the account's and the client address's buckets. */
export class LoginThrottle {
  private readonly account: Bucket;
  private readonly address: Bucket;

  constructor(
    private readonly db: DataSource,
    normalizedEmail: string,
    clientAddress: string,
  ) {
    this.account = { key: `email:${normalizedEmail.slice(0, 254)}`, limit: MAX_ACCOUNT_FAILURES };
    this.address = { key: `ip:${addressBucketOf(clientAddress)}`, limit: MAX_ADDRESS_FAILURES };
  }

  /**
   * Reserves a failure in both buckets. RATE_LIMITED while either is blocked; while one is full of
   * attempts still being checked (parallel logins), waits until one is decided, up to BUSY_WAIT_MS.
   */
  async reserveAttempt(): Promise<void> {
    const giveUpAt = Date.now() + BUSY_WAIT_MS;
    for (let pause = 20; ; pause = Math.min(pause * 2, 250)) {
      const outcome = await this.tryReserve();
      if (outcome === "reserved") return;
      if (outcome.blocked) throw rateLimited(outcome.retryAt);
      // Checks take well under a second: reservations still there by now were left by a crash.
      if (Date.now() + pause > giveUpAt) throw rateLimited(outcome.retryAt);
      // Jitter, so waiting attempts do not all come back in the same millisecond.
      await sleep(pause / 2 + Math.random() * pause);
    }
  }

  /**
   * One try: the row locks make parallel attempts take numbers one after another, and an attempt
   * that may not go ahead gives its number back (its transaction rolls back).
   */
  private async tryReserve(): Promise<"reserved" | Refusal> {
    const keys = [this.account.key, this.address.key];
    try {
      await inTransaction(this.db, async (m) => {
        // Evaluated left to right: `failures` reads the old window, `window_started_at` too.
        await m.query(
          `INSERT INTO login_throttles (bucket, failures, window_started_at)
           VALUES (?, 1, UTC_TIMESTAMP(3)), (?, 1, UTC_TIMESTAMP(3))
           ON DUPLICATE KEY UPDATE
             failures = CASE WHEN ${BLOCKED} THEN failures WHEN ${WINDOW_OVER} THEN 1 ELSE failures + 1 END,
             window_started_at = CASE WHEN ${BLOCKED} THEN window_started_at
               WHEN ${WINDOW_OVER} THEN UTC_TIMESTAMP(3) ELSE window_started_at END`,
          keys,
        );
        const rows: ThrottleRow[] = await m.query(
          `SELECT bucket, failures, (${BLOCKED}) AS blocked, CASE WHEN ${BLOCKED} THEN blocked_until
             ELSE window_started_at + INTERVAL ${THROTTLE_WINDOW_MINUTES} MINUTE END AS retry_at
           FROM login_throttles WHERE bucket IN (?, ?)`,
          keys,
        );
        let refusal: Refusal | null = null;
        for (const row of rows) {
          // The bucket says which limit applies.
          const limit = row.bucket.startsWith("email:") ? this.account.limit : this.address.limit;
          const blocked = Number(row.blocked) === 1;
          // Over the limit without a block: as many attempts as allowed are still being checked.
          if (blocked || Number(row.failures) > limit) {
            refusal = graver(refusal, { blocked, retryAt: row.retry_at as Date });
          }
        }
        if (refusal) throw new Refused(refusal);
      });
      return "reserved";
    } catch (error) {
      if (error instanceof Refused) return error.refusal;
      throw error;
    }
  }

  /** The attempt failed: its reservation stays, and a bucket at its limit is blocked. */
  async recordFailure(): Promise<void> {
    await this.db.query(
      `UPDATE login_throttles
       SET blocked_until = UTC_TIMESTAMP(3) + INTERVAL ${THROTTLE_BLOCK_MINUTES} MINUTE
       WHERE ((bucket = ? AND failures >= ?) OR (bucket = ? AND failures >= ?))
         AND (blocked_until IS NULL OR blocked_until <= UTC_TIMESTAMP(3))`,
      [this.account.key, this.account.limit, this.address.key, this.address.limit],
    );
  }

  /** The attempt succeeded: the account starts afresh, the address gets its reservation back. */
  async recordSuccess(): Promise<void> {
    await this.db.query("DELETE FROM login_throttles WHERE bucket = ?", [this.account.key]);
    await this.db.query(
      "UPDATE login_throttles SET failures = GREATEST(failures, 1) - 1 WHERE bucket = ?",
      [this.address.key],
    );
  }
}

/** Forgets buckets whose window and block are both over (called now and then, not on every login). */
export async function pruneLoginThrottles(db: Queryable): Promise<void> {
  await db.query(
    `DELETE FROM login_throttles WHERE ${WINDOW_OVER}
       AND (blocked_until IS NULL OR blocked_until <= UTC_TIMESTAMP(3)) LIMIT 1000`,
  );
}

/** Why an attempt may not go ahead now: a block, or a bucket full of attempts being checked. */
interface Refusal {
  blocked: boolean;
  retryAt: Date;
}

/** A block outweighs a busy bucket; of two alike, the one that lasts longer. */
const graver = (a: Refusal | null, b: Refusal): Refusal =>
  !a || (b.blocked && !a.blocked) || (b.blocked === a.blocked && b.retryAt > a.retryAt) ? b : a;

/** Rolls the reservation back and tells reserveAttempt why. */
class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super("login attempt refused by the throttle");
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function rateLimited(retryAt: Date): RateLimited {
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - Date.now()) / 60_000));
  return new RateLimited(
    `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"} ` +
      `(after ${retryAt.toISOString()}).`,
  );
}

/**
 * The address a bucket counts: IPv4 as is (also when IPv4-mapped), IPv6 by its /64 network, since
 * one host usually holds a whole /64.
 */
export function addressBucketOf(clientAddress: string): string {
  const address = clientAddress.trim().toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address)?.[1];
  if (mapped && isIPv4(mapped)) return mapped;
  if (isIPv4(address) || !isIPv6(address)) return address.slice(0, 100);
  return `${expandIPv6(address).slice(0, 4).join(":")}::/64`;
}

function expandIPv6(address: string): string[] {
  const [head = "", tail] = address.split("%")[0]!.split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const missing = Math.max(0, 8 - headGroups.length - tailGroups.length);
  return [...headGroups, ...Array<string>(missing).fill("0"), ...tailGroups].map((group) =>
    group.includes(".") ? group : group.replace(/^0+(?=.)/, ""),
  );
}
