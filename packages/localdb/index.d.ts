/// <reference types="node" />
import type { ChildProcess } from "node:child_process";

/** The one command that installs a server, printed when none is found. */
export declare const INSTALL_HINT: string;

/** The first of `names` found on PATH or in the usual sbin directories, or null. */
export declare function findExecutable(
  names: string[],
  pathEnv?: string,
  exists?: (file: string) => boolean,
): string | null;

/** Whether a MySQL-protocol server accepts `user` without a password at host:port. */
export declare function serverAnswers(
  host: string,
  port: number,
  user?: string,
  timeoutMs?: number,
): Promise<boolean>;

/** A TCP port nobody listens on right now (on 127.0.0.1). */
export declare function freePort(): Promise<number>;

export declare function sleep(ms: number): Promise<void>;

/** The last lines of a log file ("(no log)" when it cannot be read), for failure messages. */
export declare function tail(file: string, lines?: number): string;

/** Creates the system tables in `dataDir` (root without a password); throws with the tool's output. */
export declare function initialiseDataDir(serverBinary: string, dataDir: string): void;

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface MysqldProcess {
  port: number;
  /** mysql://root@127.0.0.1:<port>/ */
  serverUrl: string;
  logFile: string;
  child: ChildProcess;
  exited: Promise<ProcessExit>;
  signal(name: NodeJS.Signals): void;
  /** SIGTERM (SIGCONT first, in case it was frozen), SIGKILL after `timeoutMs` (default: never). */
  stop(timeoutMs?: number): Promise<ProcessExit>;
}

export interface StartMysqldOptions {
  serverBinary: string;
  /** Socket, pid file and mysqld.log go here; the data too unless `dataDir` says otherwise. */
  baseDir: string;
  port: number;
  dataDir?: string;
  /** Default 64M. */
  bufferPoolSize?: string;
  extraArgs?: string[];
  startTimeoutMs?: number;
  pollMs?: number;
  /** Its own process group, not waited for: it outlives the starting script (default false). */
  detached?: boolean;
  /** The account mariadbd switches to (it must own baseDir); default: root when run as root. */
  user?: string;
}

/** Starts the server on initialised data at 127.0.0.1:`port`; resolves once root can connect. */
export declare function startMysqld(options: StartMysqldOptions): Promise<MysqldProcess>;

export interface PrivateInstance {
  url: string;
  port: number;
  /** Whether this process started it (and so stops it). */
  startedHere: boolean;
  stop(): Promise<void>;
}

/** `npm start`'s private instance under `baseDir`: reused if running, else initialised and started. */
export declare function startPrivateInstance(
  serverBinary: string,
  baseDir: string,
  log: (message: string) => void,
): Promise<PrivateInstance>;
