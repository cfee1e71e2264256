import mysql from "mysql2";
import { noteCommittedGtid } from "./written-gtid";

// Every transaction runs at READ COMMITTED (row locks, no gap locks). Set once per connection when
// the pool opens it, rather than a SET TRANSACTION statement before every transaction.
const SESSION_SETUP = "SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED";

// MariaDB only (MySQL lacks both variables: error 1193, and the session goes on without them).
// wsrep_sync_wait = 1: on a Galera node every read first applies what the cluster committed before
// it, so a check of a balance, or a list just after a write through another node, is never stale;
// off Galera it does nothing. last_gtid in each OK packet: the GTID a commit was written under, which
// a session's later reads on a replica wait for (db/read-replicas.ts); empty when no binlog is kept.
const MARIADB_SESSION_SETUP =
  "SET SESSION wsrep_sync_wait = 1, session_track_system_variables = 'last_gtid'";
const UNKNOWN_SYSTEM_VARIABLE = 1193;

type QueryCallback = (error: unknown, result: unknown, fields?: unknown) => void;

/** The GTID a statement's OK packet reports (MariaDB session tracking), if any. */
function gtidOf(result: unknown): string | undefined {
  const state = (result as { stateChanges?: { systemVariables?: Record<string, string> } })
    ?.stateChanges;
  return state?.systemVariables?.last_gtid || undefined;
}

/** Wraps the connection's query so that each commit's GTID reaches the request that sent it. */
function trackCommittedGtids(connection: mysql.PoolConnection): void {
  const query = connection.query.bind(connection) as (...args: unknown[]) => unknown;
  (connection as unknown as { query: (...args: unknown[]) => unknown }).query = (
    ...args: unknown[]
  ) => {
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback !== "function") return query(...args);
    // Bound now: the callback runs in the socket's async context, not the caller's.
    const note = noteCommittedGtid();
    args[last] = (error: unknown, result: unknown, fields: unknown) => {
      if (!error) {
        const gtid = gtidOf(result);
        if (gtid) note(gtid);
      }
      (callback as QueryCallback)(error, result, fields);
    };
    return query(...args);
  };
}

/**
 * TypeORM asks a connection for its promise wrapper before every statement, and mysql2 makes a new
 * one with a require() each time (2–3 % of a request's CPU): each connection keeps its first one.
 * The wrapper holds nothing of a statement, only the connection.
 */
function reusePromiseWrapper(connection: mysql.PoolConnection): void {
  const wrapper = connection.promise();
  connection.promise = () => wrapper;
}

/**
 * mysql2 for TypeORM's `driver` option: its pools prepare each new connection's session. With
 * `trackCommits` (read replicas configured) each commit's GTID reaches its request; without it no
 * query of the hot path is wrapped.
 */
export function mysqlDriver({ trackCommits = false } = {}): typeof mysql {
  return {
    ...mysql,
    createPool(options: string | mysql.PoolOptions): mysql.Pool {
      const pool =
        typeof options === "string" ? mysql.createPool(options) : mysql.createPool(options);
      pool.on("connection", (connection) => {
        // Queued before any query the pool hands the connection out for; a failure ends it.
        connection.query(SESSION_SETUP, (error) => {
          if (error) connection.destroy();
        });
        connection.query(MARIADB_SESSION_SETUP, (error) => {
          if (error && (error as { errno?: number }).errno !== UNKNOWN_SYSTEM_VARIABLE)
            connection.destroy();
        });
        if (trackCommits) trackCommittedGtids(connection);
        reusePromiseWrapper(connection);
      });
      return pool;
    },
  };
}
