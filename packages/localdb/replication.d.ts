/** A MariaDB primary with a binlog and one asynchronous replica of it, private to its starter. */
export interface ReplicatedPair {
  /** mysql://root@127.0.0.1:<port>/<database> on the primary. */
  primaryUrl: string;
  replicaUrl: string;
  /** Runs SQL on the primary (as root, no database). */
  onPrimary(sql: string, parameters?: unknown[]): Promise<Array<Record<string, unknown>>>;
  /** Runs SQL on the replica (as root, no database). */
  onReplica(sql: string, parameters?: unknown[]): Promise<Array<Record<string, unknown>>>;
  /** Delays the replica's applier by `seconds` (MASTER_DELAY) from now on. */
  delayReplica(seconds: number): Promise<void>;
  /** Resolves once the replica has applied everything the primary has committed so far. */
  replicaCaughtUp(timeoutSeconds?: number): Promise<void>;
  /** Stops the replica's server (its reads must fall back to the primary). */
  stopReplica(): Promise<void>;
  /** Stops both servers and removes their folder. */
  close(): Promise<void>;
}

/** Starts both servers in a temporary folder, creates `database` and replicates it (GTID based). */
export declare function startReplicatedPair(database: string): Promise<ReplicatedPair>;
