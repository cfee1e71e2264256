import type { DataSource } from "typeorm";
import type { SendOutcome } from "../delivery";
import { errorText } from "./event-records";
import { isLastAttempt, retryDelayMs, type RetryPolicy } from "./retry-policy";

/** What was recorded for an attempt: DELIVERED, PENDING again (a retry is due at `retryAt`), FAILED. */
export type RecordedOutcome =
  | { status: "DELIVERED" }
  | { status: "PENDING"; retryAt: Date }
  | { status: "FAILED" }
  // The claim was not ours any more (its lease ran out and another dispatcher took it): nothing written.
  | { status: "STALE" };

/** The attempt whose outcome is recorded: the delivery, its claim token, and which attempt it was. */
export interface AttemptRef {
  id: string;
  claimToken: string;
  attempt: number;
}

// mysql2 reports a SMALLINT UNSIGNED out of range as an error; an HTTP status always fits, junk does not.
const statusOf = (status: number | null | undefined): number | null =>
  Number.isInteger(status) && status! >= 0 && status! <= 65535 ? status! : null;

/**
 * Records one attempt's outcome — only under the claim token it was sent with, so a dispatcher whose
 * lease ran out (and whose delivery another dispatcher took) changes nothing.
 */
export async function recordOutcome(
  db: DataSource,
  policy: RetryPolicy,
  attempt: AttemptRef,
  outcome: SendOutcome,
  options: { now: Date; random?: () => number },
): Promise<RecordedOutcome> {
  const responseStatus = statusOf(outcome.responseStatus);
  if (outcome.delivered) {
    const result = await db.query(
      `UPDATE outbox_deliveries SET status = 'DELIVERED', delivered_at = ?, response_status = ?,
         last_error = NULL, claim_token = NULL
       WHERE id = ? AND claim_token = ?`,
      [options.now, responseStatus, attempt.id, attempt.claimToken],
    );
    return affected(result) ? { status: "DELIVERED" } : { status: "STALE" };
  }
  const error = errorText(outcome.error);
  if (outcome.permanent || isLastAttempt(policy, attempt.attempt)) {
    const result = await db.query(
      `UPDATE outbox_deliveries SET status = 'FAILED', response_status = ?, last_error = ?,
         claim_token = NULL
       WHERE id = ? AND claim_token = ?`,
      [responseStatus, error, attempt.id, attempt.claimToken],
    );
    return affected(result) ? { status: "FAILED" } : { status: "STALE" };
  }
  const retryAt = new Date(
    options.now.getTime() + retryDelayMs(policy, attempt.attempt, options.random),
  );
  const result = await db.query(
    `UPDATE outbox_deliveries SET next_attempt_at = ?, response_status = ?, last_error = ?,
       claim_token = NULL
     WHERE id = ? AND claim_token = ?`,
    [retryAt, responseStatus, error, attempt.id, attempt.claimToken],
  );
  return affected(result) ? { status: "PENDING", retryAt } : { status: "STALE" };
}

/** How many rows an UPDATE through DataSource.query changed (mysql2's ResultSetHeader). */
function affectedRows(result: unknown): number {
  const header = (Array.isArray(result) ? result[0] : result) as { affectedRows?: number };
  return header?.affectedRows ?? 0;
}

const affected = (result: unknown): boolean => affectedRows(result) > 0;

/**
 * Records many DELIVERED attempts in one statement (each only under its own claim token); returns
 * how many were recorded — the rest had been taken over by another dispatcher (stale).
 */
export async function recordDeliveredBatch(
  db: DataSource,
  attempts: Array<AttemptRef & { responseStatus?: number | null }>,
  now: Date,
): Promise<number> {
  if (attempts.length === 0) return 0;
  const statusCases = attempts.map(() => "WHEN ? THEN ?").join(" ");
  const result = await db.query(
    `UPDATE outbox_deliveries SET status = 'DELIVERED', delivered_at = ?,
       response_status = CASE id ${statusCases} END, last_error = NULL, claim_token = NULL
     WHERE id IN (?) AND CONCAT(id, ':', claim_token) IN (?)`,
    [
      now,
      ...attempts.flatMap((a) => [a.id, statusOf(a.responseStatus)]),
      attempts.map((a) => a.id),
      attempts.map((a) => `${a.id}:${a.claimToken}`),
    ],
  );
  return affectedRows(result);
}
