import type { AttemptRef } from "./delivery-outcomes";

type DeliveredAttempt = AttemptRef & { responseStatus?: number | null };

interface Waiting {
  attempt: DeliveredAttempt;
  resolve: (result: BatchShare) => void;
  reject: (error: unknown) => void;
}

/** What the batch a delivery was recorded in came to, and the delivery's place in it. */
export interface BatchShare {
  index: number;
  size: number;
  recorded: number;
}

// One statement records at most this many deliveries (the statement stays a few kilobytes).
const MAX_BATCH = 200;

/**
 * Group commit for DELIVERED outcomes: while one UPDATE is running, the outcomes that arrive wait
 * and go together in the next one — one commit (one log flush) for many messages under load, and no
 * added wait when idle.
 */
export class DeliveredBatcher {
  private readonly waiting: Waiting[] = [];
  private writing = false;

  constructor(private readonly write: (attempts: DeliveredAttempt[]) => Promise<number>) {}

  /** Resolves once the attempt's batch is written, with that batch's size and recorded count. */
  add(attempt: DeliveredAttempt): Promise<BatchShare> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ attempt, resolve, reject });
      void this.pump();
    });
  }

  private async pump(): Promise<void> {
    if (this.writing) return;
    this.writing = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0, MAX_BATCH);
        try {
          const recorded = await this.write(batch.map((w) => w.attempt));
          batch.forEach((w, index) => w.resolve({ index, size: batch.length, recorded }));
        } catch (error) {
          for (const w of batch) w.reject(error);
        }
      }
    } finally {
      this.writing = false;
    }
  }
}
