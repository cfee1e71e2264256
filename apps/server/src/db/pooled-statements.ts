import type { Pool, PoolConnection } from "mysql2";
import { QueryFailedError, type DataSource } from "typeorm";
import { refuseIfAbandoned } from "./request-deadline";
import type { Queryable } from "./sql-values";
import { countStatement } from "./statement-counter";

/** The mysql2 pool under a DataSource (TypeORM's MysqlDriver makes it at initialize). */
export function poolOf(db: DataSource): Pool {
  const pool = (db.driver as unknown as { pool?: Pool }).pool;
  if (!pool) throw new Error("the DataSource is not initialized: it has no pool to send to");
  return pool;
}

/**
 * One statement straight to mysql2 (a pool, or a connection holding a transaction): held to the
 * request's deadline and counted, as TypeORM's logger hook does for its own statements; a failure
 * is TypeORM's QueryFailedError, as `db.query` gives it. Parameters are formatted by mysql2 exactly
 * as for TypeORM's `query` (arrays expand for IN (?)).
 */
export function sendStatement<T>(
  to: Pick<Pool | PoolConnection, "query">,
  sql: string,
  parameters?: unknown[],
): Promise<T> {
  try {
    refuseIfAbandoned(sql);
  } catch (error) {
    return Promise.reject(error);
  }
  countStatement();
  return new Promise<T>((resolve, reject) => {
    to.query(sql, parameters, (error, rows) => {
      if (error) reject(new QueryFailedError(sql, parameters, error));
      else resolve(rows as T);
    });
  });
}

/**
 * The list and overview reads, sent straight to the DataSource's pool: the same connections and
 * session setup as TypeORM's `query`, without the QueryRunner, the events and the copy of the rows
 * it makes per statement (about a fifth of a list page's CPU).
 */
export class PoolReads implements Queryable {
  private pool: Pool | undefined;

  constructor(private readonly db: DataSource) {}

  query<T = unknown>(sql: string, parameters?: unknown[]): Promise<T> {
    // Looked up at the first read: the DataSource may be initialized after this is made.
    return sendStatement<T>((this.pool ??= poolOf(this.db)), sql, parameters);
  }
}
