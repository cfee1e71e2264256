import type { Logger as PinoLogger } from "pino";
import type { Logger } from "typeorm";
import { refuseIfAbandoned } from "./request-deadline";
import { countStatement } from "./statement-counter";

/**
 * TypeORM's hook on every statement: held to the request's deadline, then counted (tests and the
 * benchmark read the count from the X-SQL-Statements header); failed and slow queries go to pino
 * when given one.
 */
export class QueryLogger implements Logger {
  constructor(private readonly pino?: PinoLogger) {}

  /** Called by TypeORM before each statement: a throw here stops it. */
  logQuery(query: string): void {
    refuseIfAbandoned(query);
    countStatement();
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
