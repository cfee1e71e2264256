/** How often and how long a delivery is tried, and how long a claim on it lasts. */
export interface RetryPolicy {
  /** The attempt after which a failed delivery is FAILED. */
  maxAttempts: number;
  /** The backoff ceiling of the first retry; it doubles with every attempt. */
  baseDelayMs: number;
  /** No retry waits longer than this. */
  maxDelayMs: number;
  /** A claim's lease: unless its outcome is recorded by then, another dispatcher may try again. */
  leaseMs: number;
}

// 8 attempts with ceilings 30 s, 1, 2, 4, 8, 16, 32 min: a receiver down for about an hour is ridden
// out; longer, the delivery is FAILED and shown to the seller.
export const MAX_ATTEMPTS = 8;
export const BASE_DELAY_MS = 30_000;
// A retry an hour away at most: later than that nobody is still waiting for the message.
export const MAX_DELAY_MS = 60 * 60_000;
// Longer than a webhook post (10 s timeout) or an SMTP exchange can take, so a live sender's outcome
// is always recorded before its lease runs out.
export const LEASE_MS = 60_000;

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: MAX_ATTEMPTS,
  baseDelayMs: BASE_DELAY_MS,
  maxDelayMs: MAX_DELAY_MS,
  leaseMs: LEASE_MS,
};

/** The backoff ceiling after `attempt` failed attempts: base · 2^(attempt−1), capped. */
export function backoffCeilingMs(policy: RetryPolicy, attempt: number): number {
  const exponent = Math.min(Math.max(attempt - 1, 0), 30);
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** exponent);
}

/**
 * Exponential backoff with full jitter: anywhere from 0 to the ceiling, so receivers that came back
 * are not hit by every dispatcher's retries at the same instant.
 */
export function retryDelayMs(
  policy: RetryPolicy,
  attempt: number,
  random: () => number = Math.random,
): number {
  return Math.floor(random() * backoffCeilingMs(policy, attempt));
}

/** Whether a failed attempt is the delivery's last. */
export const isLastAttempt = (policy: RetryPolicy, attempt: number): boolean =>
  attempt >= policy.maxAttempts;
