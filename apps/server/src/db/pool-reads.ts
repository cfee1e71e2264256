import type { Pool } from "mysql2";
import { QueryFailedError, type DataSource } from "typeorm";
import { refuseIfAbandoned } from "./request-deadline";
import type { Queryable } from "./sql-values";
import { countStatement } from "./statement-counter";

/** The mysql2 pool under a DataSource (TypeORM's MysqlDriver makes it at initialize). */
function poolOf(db: DataSource): Pool {
  const pool = (db.driver as unknown as { pool?: Pool }).pool;
  if (!pool) throw new Error("the DataSource is not initialized: it has no pool to read from");
  return pool;
}

/**
 * The list and overview reads, sent straight to the DataSource's mysql2 pool: the same connections,
 * session setup and parameter formatting as TypeORM's `query`, without the QueryRunner, the events
 * and the copy of the rows it makes per statement (about a fifth of a list page's CPU). Like every
 * statement, each is held to the request's deadline and counted; a failure is TypeORM's
 * QueryFailedError, as `db.query` gives it. For reads only: transactions stay TypeORM's.
 */
export class PoolReads implements Queryable {
  private pool: Pool | undefined;

  constructor(private readonly db: DataSource) {}

  query<T = unknown>(sql: string, parameters?: unknown[]): Promise<T> {
    try {
      refuseIfAbandoned(sql);
    } catch (error) {
      return Promise.reject(error);
    }
    countStatement();
    // Looked up at the first read: the DataSource may be initialized after this is made.
    const pool = (this.pool ??= poolOf(this.db));
    return new Promise<T>((resolve, reject) => {
      pool.query(sql, parameters, (error, rows) => {
        if (error) reject(new QueryFailedError(sql, parameters, error));
        else resolve(rows as T);
      });
    });
  }
}
