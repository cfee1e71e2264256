// How many rows MariaDB reads for a Payouts page: the statement AllyHut sends (its own column list
// from apps/server/dist), under ANALYZE FORMAT=JSON and the session's Handler_read_* counters.
import { createRequire } from "node:module";
import path from "node:path";
import { decodeCursor, sqlDateTime } from "../baseline/format.mjs";
import { SERVER_DIST } from "./bench-db.mjs";
import { BIG_SELLER_ID } from "./fixture-shape.mjs";

const require = createRequire(import.meta.url);
const { WITHDRAWAL_COLUMNS, WITHDRAWAL_FROM } = require(
  path.join(SERVER_DIST, "modules/withdrawals/withdrawal.sql.js"),
);

/** pageOfWithdrawals' statement for the seller's PENDING list, REQUESTED_AT DESC, after `cursor`. */
function payoutsPageStatement(cursor, first) {
  const conditions = ["w.seller_id = ?", "w.status = ?"];
  const parameters = [BIG_SELLER_ID, "PENDING"];
  if (cursor) {
    const [key, id] = decodeCursor(cursor);
    const requestedAt = sqlDateTime(new Date(Number(String(key).split(":")[1])));
    conditions.push("(w.requested_at < ? OR (w.requested_at = ? AND w.id < ?))");
    parameters.push(requestedAt, requestedAt, id);
  }
  const sql = `SELECT ${WITHDRAWAL_COLUMNS} ${WITHDRAWAL_FROM}
     WHERE ${conditions.join(" AND ")}
     ORDER BY w.requested_at DESC, w.id DESC LIMIT ${first + 1}`;
  return { sql, parameters };
}

/** Every table access in an ANALYZE FORMAT=JSON plan, wherever it nests. */
function tablesOf(node, found = []) {
  if (node && typeof node === "object") {
    if (node.table_name && "r_rows" in node) found.push(node);
    for (const value of Object.values(node)) tablesOf(value, found);
  }
  return found;
}

/** Rows examined for one page: per table from ANALYZE, and the storage engine's row reads. */
export async function rowsReadForPage(db, cursor, first) {
  const { sql, parameters } = payoutsPageStatement(cursor, first);
  const [[analyzed]] = await db.query(`ANALYZE FORMAT=JSON ${sql}`, parameters);
  const plan = JSON.parse(Object.values(analyzed)[0]);
  const tables = tablesOf(plan).map((table) => ({
    table: table.table_name,
    accessType: table.access_type,
    key: table.key ?? null,
    loops: table.r_loops,
    rows: table.r_rows,
  }));
  await db.query("FLUSH STATUS");
  await db.query(sql, parameters);
  const [status] = await db.query("SHOW SESSION STATUS LIKE 'Handler_read%'");
  const handlerReads = Object.fromEntries(
    status.map((row) => [row.Variable_name, Number(row.Value)]),
  );
  const [explained] = await db.query(`EXPLAIN ${sql}`, parameters);
  const withdrawals = tables.find((table) => table.table === "w");
  return {
    tables,
    explain: explained,
    withdrawalRowsRead: withdrawals ? withdrawals.rows * withdrawals.loops : NaN,
    handlerReads,
    handlerReadsTotal: Object.values(handlerReads).reduce((sum, value) => sum + value, 0),
  };
}
