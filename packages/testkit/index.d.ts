/// <reference types="node" />
import type { ChildProcess } from "node:child_process";

// ---- processes (server.js) -------------------------------------------------------------------

/** The repository's root directory. */
export declare const REPO_ROOT: string;
/** apps/server/dist */
export declare const SERVER_DIST: string;
/** apps/server/dist/start.js: what `npm start` runs. */
export declare const SERVER_ENTRY: string;
/** A --require preload that makes listen(port) bind 127.0.0.1 only. */
export declare const LOOPBACK_PRELOAD: string;

/** A TCP port nobody listens on right now (on 127.0.0.1). */
export declare function freePort(): Promise<number>;
export declare function sleep(ms: number): Promise<void>;
/** The last lines of a log file ("(no log)" when it cannot be read). */
export declare function tail(file: string, lines?: number): string;

/** Throws, with the fix, unless `files` (default start.js) exist in `dist` (default SERVER_DIST). */
export declare function requireBuiltServer(dist?: string, files?: string[]): void;

/** GET <url>/health's status code, or 0 when nothing answers within the timeout. */
export declare function health(url: string, timeoutMs?: number): Promise<number>;

/** Polls `check` until it is true (true), `timeoutMs` passes or `exited` settles (false). */
export declare function waitFor(
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
  exited?: Promise<unknown>,
  pollMs?: number,
): Promise<boolean>;

/** Whether a new TCP connection to 127.0.0.1:port is refused (nothing listens). */
export declare function connectionRefused(port: number, timeoutMs?: number): Promise<boolean>;

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface StartServerOptions {
  /** For messages; default "the server". */
  name?: string;
  /** The script to run; default SERVER_ENTRY. */
  entry?: string;
  /** Over this process's environment (PORT is set from `port`). */
  env?: NodeJS.ProcessEnv;
  /** stdout and stderr are appended here. */
  logFile: string;
  /** Default: a free port. */
  port?: number;
  /** Node's own arguments, before the script. */
  nodeArgs?: string[];
  /** Preload LOOPBACK_PRELOAD (default true). */
  loopbackOnly?: boolean;
  /** The host of `url` (default 127.0.0.1). */
  host?: string;
  /** Default REPO_ROOT. */
  cwd?: string;
  /** How long /health may take to answer 200 (default 60 s). */
  timeoutMs?: number;
}

export interface RunningServer {
  name: string;
  child: ChildProcess;
  pid: number | undefined;
  port: number;
  /** http://<host>:<port> */
  url: string;
  exited: Promise<ProcessExit>;
  logFile: string;
  /** How long it took to become healthy. */
  startMs: number;
  /** The log so far. */
  output(): string;
}

/**
 * Starts `node [nodeArgs] <entry>` with `env` and waits for GET /health to answer 200; kills it and
 * throws with the log's tail if it exits first or `timeoutMs` passes.
 */
export declare function startServer(options: StartServerOptions): Promise<RunningServer>;

/** Sends `signal` (default SIGTERM), SIGKILL after `timeoutMs` (default 15 s); resolves with the exit. */
export declare function stopServer(
  server: Pick<RunningServer, "child" | "exited">,
  options?: { signal?: NodeJS.Signals; timeoutMs?: number },
): Promise<ProcessExit>;

/** VmRSS of a process in KiB (Linux), or NaN. */
export declare function rssKib(pid: number | undefined): number;

// ---- databases (database.js) -----------------------------------------------------------------

/**
 * The MySQL server tests may create databases on, path "/": TEST_DATABASE_URL, else DATABASE_URL's
 * server, else mysql://root@127.0.0.1:3306/.
 */
export declare function testServerUrl(env?: NodeJS.ProcessEnv): string;
/** The URL of database `name` on the server at `serverUrl`. */
export declare function databaseUrl(serverUrl: string, name: string): string;
/** `<prefix>_` and 8 random hex digits. */
export declare function databaseName(prefix: string): string;
/** One mysql2/promise connection (5 s to connect unless `options` say otherwise). */
export declare function connectTo(
  url: string,
  options?: Record<string, unknown>,
): Promise<import("mysql2/promise").Connection>;
export declare function createDatabase(serverUrl: string, name: string): Promise<void>;
export declare function dropDatabase(serverUrl: string, name: string): Promise<void>;

export interface ThrowawayDatabase {
  name: string;
  serverUrl: string;
  url: string;
  drop(): Promise<void>;
}

/** A new empty database `<prefix>_<random>` (only named with `create: false`); `drop()` removes it. */
export declare function createThrowawayDatabase(options: {
  prefix: string;
  serverUrl?: string;
  create?: boolean;
}): Promise<ThrowawayDatabase>;

// ---- a private mariadbd (private-mariadb.js, over @allyhut/localdb) ------------------------------

export interface PrivateMariadb {
  port: number;
  baseDir: string;
  /** mysql://root@127.0.0.1:<port>/ */
  serverUrl: string;
  child: ChildProcess | null;
  exited: Promise<unknown> | null;
  /** Starts it again on the same port and data (after a kill). */
  start(): Promise<void>;
  signal(name: NodeJS.Signals): void;
  /** Stops it and removes its directory. */
  stop(): Promise<void>;
}

/** A throw-away mariadbd in a temp directory on a free port (never the shared :3306). */
export declare function startPrivateMariadb(options?: {
  bufferPoolSize?: string;
  stopTimeoutMs?: number;
}): Promise<PrivateMariadb>;

// ---- the money invariants (money-invariants.js) ------------------------------------------------

/** Runs one SELECT and resolves with its rows. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows as the drivers give them
export type RowsQuery = (sql: string) => Promise<any[]>;

/** The invariant queries; each returns only the rows that break its invariant. */
export declare const MONEY_INVARIANT_SQL: {
  AFFILIATE_TOTALS: string;
  PROMOTION_TOTALS: string;
  SELLER_TOTALS: string;
  WITHDRAWAL_HISTORIES: string;
};

/** Every way the database breaks the money invariants; [] when it keeps them all. */
export declare function moneyInvariantViolations(query: RowsQuery): Promise<string[]>;

export declare function moneyInvariants(query: RowsQuery): Promise<{
  violations: string[];
  counts: { affiliates: number; promotions: number; sellers: number; withdrawals: number };
}>;

/** Throws unless the invariants hold; returns a line saying what was checked. */
export declare function assertMoneyInvariants(query: RowsQuery, when: string): Promise<string>;
