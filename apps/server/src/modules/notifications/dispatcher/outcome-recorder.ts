import type { DataSource } from "typeorm";
import type { SendOutcome } from "../delivery";
import type { Claim } from "./delivery-claims";
import { DeliveredBatcher } from "./delivered-batcher";
import { recordDeliveredBatch, recordOutcome, type RecordedOutcome } from "./delivery-outcomes";
import type { RetryPolicy } from "./retry-policy";

// An outcome the database refused is written again this many times before the lease decides.
const WRITE_TRIES = 3;

async function withRetries<T>(write: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await write();
    } catch (error) {
      if (tries >= WRITE_TRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * tries));
    }
  }
}

/** Runs the tasks given to it one at a time, in order. */
function serialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = last.then(task, task);
    last = run.catch(() => {});
    return run;
  };
}

/**
 * Records attempts' outcomes: DELIVERED ones group-committed (many per statement under load),
 * failures one at a time with their backoff — so a burst of failures (a receiver down) takes one
 * pool connection, not all the API's. Each under the claim token it was sent with.
 */
export function createOutcomeRecorder(deps: {
  db: DataSource;
  policy: RetryPolicy;
  now: () => Date;
  random?: () => number;
}): (claim: Claim, outcome: SendOutcome) => Promise<RecordedOutcome> {
  const { db, policy, now, random } = deps;
  const oneAtATime = serialQueue();
  const batcher = new DeliveredBatcher((attempts) =>
    withRetries(() => recordDeliveredBatch(db, attempts, now())),
  );
  return async (claim, outcome) => {
    const attempt = { ...claim.delivery, claimToken: claim.claimToken };
    if (outcome.delivered) {
      // Which of a batch were stale is not known, only how many: the counts stay right.
      const share = await batcher.add({ ...attempt, responseStatus: outcome.responseStatus });
      return share.index < share.recorded ? { status: "DELIVERED" } : { status: "STALE" };
    }
    return oneAtATime(() =>
      withRetries(() => recordOutcome(db, policy, attempt, outcome, { now: now(), random })),
    );
  };
}
