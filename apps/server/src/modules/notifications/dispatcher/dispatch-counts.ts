import type { RecordedOutcome } from "./delivery-outcomes";

/** What a round (or the running loop so far) did. */
export interface DispatchCounts {
  eventsPlanned: number;
  deliveriesPlanned: number;
  claimed: number;
  delivered: number;
  retried: number;
  failed: number;
  /** Outcomes not recorded because another dispatcher had taken the delivery over. */
  stale: number;
}

export const zeroCounts = (): DispatchCounts => ({
  eventsPlanned: 0,
  deliveriesPlanned: 0,
  claimed: 0,
  delivered: 0,
  retried: 0,
  failed: 0,
  stale: 0,
});

/** The counter each recorded outcome adds to. */
export const COUNTER_OF: Record<RecordedOutcome["status"], keyof DispatchCounts> = {
  DELIVERED: "delivered",
  PENDING: "retried",
  FAILED: "failed",
  STALE: "stale",
};
