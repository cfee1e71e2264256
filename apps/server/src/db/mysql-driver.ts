import mysql from "mysql2";

// Every transaction runs at READ COMMITTED (row locks, no gap locks). Set once per connection when
// the pool opens it, rather than a SET TRANSACTION statement before every transaction.
const SESSION_SETUP = "SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED";

/** mysql2 for TypeORM's `driver` option: its pools prepare each new connection's session. */
export const mysqlDriver: typeof mysql = {
  ...mysql,
  createPool(options: string | mysql.PoolOptions): mysql.Pool {
    const pool =
      typeof options === "string" ? mysql.createPool(options) : mysql.createPool(options);
    pool.on("connection", (connection) => {
      // Queued before any query the pool hands the connection out for; a failure ends it.
      connection.query(SESSION_SETUP, (error) => {
        if (error) connection.destroy();
      });
    });
    return pool;
  },
};
