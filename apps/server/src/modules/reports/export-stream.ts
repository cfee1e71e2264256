// A CSV export streamed from MySQL: rows arrive one by one on a connection of its own, become CSV
// records, and go out as fast as the client takes them (pipeline: a slow reader pauses the query).
import { Transform, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { stringify } from "csv-stringify";
import type { Pool, PoolConnection } from "mysql2";
import type { DataSource } from "typeorm";
import type { Row } from "../../db/sql-values";

/** The mysql2 pool under TypeORM's MySQL driver (its `pool`). */
const poolOf = (db: DataSource): Pool => (db.driver as unknown as { pool: Pool }).pool;

function connectionOf(db: DataSource): Promise<PoolConnection> {
  return new Promise((resolve, reject) =>
    poolOf(db).getConnection((error, connection) => (error ? reject(error) : resolve(connection))),
  );
}

/**
 * Rows between pauses: an export waits a timer tick (≥ 1 ms) after each batch, so on a busy machine
 * the API's other requests keep their latency and the export takes the CPU that is left.
 */
const ROWS_PER_TURN = 50;

export interface CsvExport {
  sql: string;
  parameters: unknown[];
  header: string[];
  cells(row: Row): string[];
}

/**
 * Writes the header and every row of the statement to `out` as RFC 4180 CSV (CRLF, line breaks
 * quoted, as the payout files). Resolves when the last record is written; rejects when the query
 * fails or the client goes away, and then destroys the connection: a half-read result cannot go
 * back to the pool, and closing it ends the query on the server.
 */
export async function streamCsv(db: DataSource, csv: CsvExport, out: Writable): Promise<void> {
  const connection = await connectionOf(db);
  try {
    const rows = connection.query(csv.sql, csv.parameters).stream({ highWaterMark: 256 });
    let count = 0;
    const records = new Transform({
      objectMode: true,
      transform(row: Row, _encoding, done) {
        // A fast client and a fast database would otherwise keep the CPU for the whole export.
        if (++count % ROWS_PER_TURN === 0) setTimeout(done, 1, null, csv.cells(row));
        else done(null, csv.cells(row));
      },
    });
    const writer = stringify({ record_delimiter: "windows", quoted_match: /[\r\n]/ });
    writer.write(csv.header);
    await pipeline(rows, records, writer, out);
  } catch (error) {
    connection.destroy();
    throw error;
  }
  connection.release();
}
