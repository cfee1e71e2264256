import { AsyncLocalStorage } from "node:async_hooks";
import type { Logger as PinoLogger } from "pino";
import type { Logger } from "typeorm";

/** The SQL statements sent on behalf of one HTTP request. */
export interface StatementCount {
  statements: number;
  /** Set once the client has been answered without waiting for the work (its deadline passed). */
  abandoned?: boolean;
}

/** Thrown instead of sending a statement for a request whose client has already been answered. */
export class RequestAbandonedError extends Error {
  constructor() {
    super("the request's deadline passed: no further statement is sent for it");
    this.name = "RequestAbandonedError";
  }
}

// A rollback must still go out, or the connection would return to the pool inside a transaction.
const ROLLBACK = /^\s*ROLLBACK\b/i;

const currentCount = new AsyncLocalStorage<StatementCount>();

/** Runs `work` with a fresh statement count; every query issued from its async chain is counted. */
export function countStatements<T>(work: (count: StatementCount) => T): T {
  const count: StatementCount = { statements: 0 };
  return currentCount.run(count, () => work(count));
}

/** The count of the request being handled, if any. */
export const currentStatementCount = (): StatementCount | undefined => currentCount.getStore();

/**
 * A TypeORM logger that counts statements per request (tests and the benchmark read the count from
 * the X-SQL-Statements header), refuses to send those of an abandoned request (so a transaction
 * whose client got a 503 rolls back instead of committing later), and reports failed and slow
 * queries to pino when given one.
 */
export class StatementCounterLogger implements Logger {
  constructor(private readonly pino?: PinoLogger) {}

  /** Called by TypeORM before each statement: counts it, or stops it when its request was abandoned. */
  logQuery(query: string): void {
    const count = currentCount.getStore();
    if (!count) return;
    if (count.abandoned && !ROLLBACK.test(query)) throw new RequestAbandonedError();
    count.statements++;
  }

  logQueryError(error: string | Error, query: string): void {
    this.pino?.debug({ err: error, query }, "query failed");
  }

  logQuerySlow(timeMs: number, query: string): void {
    this.pino?.warn({ timeMs, query }, "slow query");
  }

  logSchemaBuild(message: string): void {
    this.pino?.debug(message);
  }

  logMigration(message: string): void {
    this.pino?.info(message);
  }

  log(level: "log" | "info" | "warn", message: unknown): void {
    if (level === "warn") this.pino?.warn(String(message));
    else this.pino?.debug(String(message));
  }
}
