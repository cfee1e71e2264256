import type { DataSource } from "typeorm";
import type { Logger } from "pino";
import { PoolReads } from "./pooled-statements";
import { RequestAbandonedError } from "./request-deadline";
import { currentRequestScope, type RequestScope } from "./request-scope";
import type { Queryable } from "./sql-values";

// A replica that failed is left alone this long; its reads go to the primary meanwhile.
const FAILED_REPLICA_PAUSE_MS = 5_000;

/** What the reads routed so far did: the figures the replica test and the cluster note report. */
export interface ReplicaReadCounts {
  /** Answered by a replica without waiting (no write of the session to wait for, or already there). */
  replica: number;
  /** Answered by a replica after MASTER_GTID_WAIT saw it apply the session's writes. */
  replicaAfterWait: number;
  /** Answered by the primary because no replica applied the session's writes within the wait. */
  primaryAfterWait: number;
  /** Answered by the primary because a replica failed. */
  primaryAfterFailure: number;
}

export interface ReadReplicaOptions {
  /** The bound on MASTER_GTID_WAIT; then the primary answers. */
  waitMs: number;
  log?: Logger;
}

/**
 * Where the list and overview reads go: a replica when one is configured and has applied what the
 * request's session wrote (read-your-writes), else the primary. Mutations read the primary only: what
 * decides about money never reads a replica.
 */
export class ReadReplicas implements Queryable {
  readonly counts: ReplicaReadCounts = {
    replica: 0,
    replicaAfterWait: 0,
    primaryAfterWait: 0,
    primaryAfterFailure: 0,
  };
  private next = 0;
  private readonly pausedUntil: number[];
  private readonly primaryReads: PoolReads;
  private readonly replicaReads: PoolReads[];

  constructor(
    primary: DataSource,
    private readonly replicas: DataSource[],
    private readonly options: ReadReplicaOptions,
  ) {
    this.pausedUntil = replicas.map(() => 0);
    this.primaryReads = new PoolReads(primary);
    this.replicaReads = replicas.map((replica) => new PoolReads(replica));
  }

  /** Whether any replica is configured: if not, every read is the primary's. */
  get enabled(): boolean {
    return this.replicas.length > 0;
  }

  async query<T = unknown>(sql: string, parameters?: unknown[]): Promise<T> {
    if (this.replicaReads.length === 0) return this.primaryReads.query(sql, parameters);
    const scope = currentRequestScope();
    const index = scope?.readsPrimary ? -1 : this.pick();
    if (index < 0) return this.primaryReads.query(sql, parameters);
    const replica = this.replicaReads[index]!;
    try {
      const state = await this.catchUp(replica, index, scope);
      if (state === "behind") {
        this.counts.primaryAfterWait++;
        // The rest of this request reads the primary too: one wait is all a read may cost.
        scope!.readsPrimary = true;
        return this.primaryReads.query(sql, parameters);
      }
      const rows = await replica.query<T>(sql, parameters);
      this.counts[state === "waited" ? "replicaAfterWait" : "replica"]++;
      return rows;
    } catch (error) {
      if (error instanceof RequestAbandonedError) throw error;
      this.pausedUntil[index] = Date.now() + FAILED_REPLICA_PAUSE_MS;
      this.counts.primaryAfterFailure++;
      this.options.log?.warn(
        { err: error, replica: index },
        "replica read failed: reading the primary",
      );
      return this.primaryReads.query(sql, parameters);
    }
  }

  /** Closes the replicas' pools (the primary is its owner's to close). */
  async close(): Promise<void> {
    await Promise.all(this.replicas.map((replica) => replica.destroy()));
  }

  /** The next replica round robin that is not paused after a failure, or -1. */
  private pick(): number {
    const now = Date.now();
    for (let tried = 0; tried < this.replicas.length; tried++) {
      const index = this.next++ % this.replicas.length;
      if (this.pausedUntil[index]! <= now) return index;
    }
    return -1;
  }

  /** Whether `replica` has applied the session's own writes ("ready" at once, "waited" for), or not. */
  private async catchUp(
    replica: PoolReads,
    index: number,
    scope: RequestScope | undefined,
  ): Promise<"ready" | "waited" | "behind"> {
    const gtid = scope?.readAfterGtid;
    if (!gtid || scope.caughtUpReplicas?.has(index)) return "ready";
    const [row] = await replica.query<Array<{ waited: unknown }>>(
      "SELECT MASTER_GTID_WAIT(?, ?) AS waited",
      [gtid, this.options.waitMs / 1000],
    );
    // 0: applied; -1: not within the wait.
    if (Number(row?.waited) !== 0) return "behind";
    (scope.caughtUpReplicas ??= new Set()).add(index);
    return "waited";
  }
}

/** No replicas: every read is the primary's. */
export const primaryOnly = (primary: DataSource): ReadReplicas =>
  new ReadReplicas(primary, [], { waitMs: 0 });

/** Why the replicas cannot give read-your-writes on this primary, or null if they can. */
async function replicaProblemOf(primary: DataSource): Promise<string | null> {
  const [row] = await primary.query("SELECT VERSION() AS version, @@log_bin AS binlog");
  if (!/mariadb/i.test(String(row.version)))
    return "DATABASE_REPLICA_URLS needs MariaDB: read-your-writes waits with MASTER_GTID_WAIT.";
  if (Number(row.binlog) !== 1)
    return "DATABASE_REPLICA_URLS needs the primary's binary log (log_bin): replicas replicate from it and reads wait for its GTIDs.";
  return null;
}

/** Connects the replicas of `urls` (none: every read is the primary's); refuses a primary they cannot follow. */
export async function connectReadReplicas(
  primary: DataSource,
  urls: string[],
  options: ReadReplicaOptions & { createReplica: (url: string) => DataSource },
): Promise<ReadReplicas> {
  if (urls.length === 0) return primaryOnly(primary);
  const problem = await replicaProblemOf(primary);
  if (problem) throw new Error(problem);
  const replicas: DataSource[] = [];
  try {
    for (const url of urls) replicas.push(await options.createReplica(url).initialize());
  } catch (error) {
    await Promise.all(replicas.map((replica) => replica.destroy()));
    throw error;
  }
  return new ReadReplicas(primary, replicas, options);
}
