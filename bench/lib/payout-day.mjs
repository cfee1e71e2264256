// Payout day on the 1M-sale fixture: one 1000-withdrawal batch created, and its 1000-line report imported
// (dry run, then for real). Each step: wall time, SQL statements (X-SQL-Statements) and AllyHut's peak RSS.
import { readFileSync, writeFileSync } from "node:fs";
import { dataOf, post } from "./client.mjs";
import { BIG_SELLER_ID } from "./fixture-shape.mjs";

export const BATCH_SIZE = 1000;

const CREATE = `mutation BenchCreatePayoutBatch($input: CreatePayoutBatchInput!) {
  createPayoutBatch(input: $input) { id itemCount total { amount currencyCode } } }`;
const FILE = `query BenchPayoutFile($id: ID!) { payoutBatch(id: $id) { file(format: PAYPAL_PAYOUTS) } }`;
const IMPORT = `mutation BenchImportPayoutResults($input: ImportPayoutResultsInput!) {
  importPayoutResults(input: $input) { approvedCount failedCount problemCount } }`;

/** Peak RSS of a process since the last reset (VmHWM, Linux), in MiB; NaN where unreadable. */
export function peakRssMib(pid) {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** Writing 5 to clear_refs resets VmHWM, so each step's peak is its own (needs the same user or root). */
export function resetPeakRss(pid) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, "5");
    return true;
  } catch {
    return false;
  }
}

async function step(label, server, run) {
  const reset = resetPeakRss(server.pid);
  const started = performance.now();
  const answer = await run();
  const ms = performance.now() - started;
  return {
    label,
    ms,
    statements: answer.statements,
    peakRssMib: peakRssMib(server.pid),
    peakSince: reset ? "step" : "start",
    answer,
  };
}

/** The oldest PENDING PayPal withdrawals of the big seller that no open batch holds. */
async function batchableIds(db) {
  const [rows] = await db.query(
    `SELECT id FROM withdrawals WHERE seller_id = ? AND status = 'PENDING'
       AND payment_method = 'PAYPAL' AND payout_batch_id IS NULL
     ORDER BY requested_at, id LIMIT ?`,
    [BIG_SELLER_ID, BATCH_SIZE],
  );
  if (rows.length < BATCH_SIZE)
    throw new Error(`only ${rows.length} PENDING PayPal withdrawals left`);
  return rows.map((row) => String(row.id));
}

/** AllyHut's result CSV for a batch: every line paid, today, with a made-up transaction id. */
function paidReport(withdrawalIds) {
  const today = new Date().toISOString().slice(0, 10);
  const lines = withdrawalIds.map((id) => `AH-W-${id},PAID,BENCH-${id},${today},`);
  return ["reference,status,receipt_number,paid_on,note", ...lines].join("\r\n") + "\r\n";
}

/** Runs payout day once against AllyHut as the big seller; the figures of each step. */
export async function measurePayoutDay(db, server, sellerCookie) {
  const ids = await batchableIds(db);
  const steps = [];
  const created = await step(`createPayoutBatch (${BATCH_SIZE} withdrawals)`, server, () =>
    post(server.url, CREATE, { input: { withdrawalIds: ids } }, sellerCookie),
  );
  const batch = dataOf(created.answer, "createPayoutBatch").createPayoutBatch;
  if (batch.itemCount !== BATCH_SIZE) throw new Error(`the batch holds ${batch.itemCount} items`);
  steps.push(created);
  const file = await step("PayoutBatch.file(PAYPAL_PAYOUTS)", server, () =>
    post(server.url, FILE, { id: batch.id }, sellerCookie),
  );
  dataOf(file.answer, "file");
  steps.push(file);
  const csv = paidReport(ids);
  for (const dryRun of [true, false]) {
    const imported = await step(
      `importPayoutResults (${BATCH_SIZE} lines${dryRun ? ", dryRun" : ""})`,
      server,
      () => post(server.url, IMPORT, { input: { batchId: batch.id, csv, dryRun } }, sellerCookie),
    );
    const counts = dataOf(imported.answer, "importPayoutResults").importPayoutResults;
    if (counts.approvedCount !== BATCH_SIZE) {
      throw new Error(`the import approved ${counts.approvedCount} of ${BATCH_SIZE}`);
    }
    steps.push(imported);
  }
  return steps.map(({ answer: _answer, ...figures }) => figures);
}
