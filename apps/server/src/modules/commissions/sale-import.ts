import {
  BadInput,
  type CommissionModel,
  type SaleImportLineModel,
  type SaleImportModel,
  type SaleImportRow,
} from "@allyhut/schema/domain";
import { inRolledBackTransaction, inTransaction } from "../../db/transaction";
import { nowOf, type ServiceDeps } from "../service-deps";
import type { SaleInput } from "./commission-rules";
import { invalidLine, lineOf, offerReaderOf, saleOfLine } from "./sale-import-lines";
import { recordSaleIn } from "./sale-recording";
import type { Queryable } from "../../db/sql-values";

type JudgedLine =
  { row: SaleImportRow; sale: SaleInput } | { row: SaleImportRow; invalid: SaleImportLineModel };

/**
 * importSales: each line judged and recorded as recordSale would. For real, each line in its own
 * transaction (a bad line never undoes a good one; a re-sent part is safe, order ids being
 * idempotent). A dry run runs every line in one transaction, rolled back at the end, so a line sees
 * the lines before it (an order id repeated in the file) and nothing is saved.
 * `onRecorded` hears each affiliate whose totals a saved line changed.
 */
export async function importSalesOf(
  deps: ServiceDeps,
  sellerId: string,
  input: { rows: SaleImportRow[]; dryRun: boolean },
  onRecorded: (commission: CommissionModel) => void,
): Promise<SaleImportModel> {
  const offers = await deps.db.query("SELECT id, name FROM offers WHERE seller_id = ?", [sellerId]);
  const offerIdOf = offerReaderOf(offers);
  const now = nowOf(deps);
  const judged = input.rows.map((row): JudgedLine => {
    try {
      return { row, sale: saleOfLine(row, offerIdOf, now) };
    } catch (error) {
      if (!(error instanceof BadInput)) throw error;
      return { row, invalid: invalidLine(row, String(error.field), error.message) };
    }
  });
  const lines = input.dryRun
    ? await inRolledBackTransaction(deps.db, (m) => previewLines(m, sellerId, judged, now))
    : await recordLines(deps, sellerId, judged, now, onRecorded);
  deps.log.info(
    { sellerId, lines: lines.length, dryRun: input.dryRun },
    input.dryRun ? "sales import previewed" : "sales imported",
  );
  return { dryRun: input.dryRun, lines };
}

async function previewLines(
  m: Queryable,
  sellerId: string,
  judged: JudgedLine[],
  now: Date,
): Promise<SaleImportLineModel[]> {
  // Recorded in this transaction, which is rolled back: no client may see them as saved.
  const unsavedIds = new Set<string>();
  const lines: SaleImportLineModel[] = [];
  for (const line of judged) {
    if ("invalid" in line) {
      lines.push(line.invalid);
      continue;
    }
    const recording = await recordSaleIn(m, sellerId, line.sale, now);
    if (recording.kind === "recorded") unsavedIds.add(recording.commission.id);
    lines.push(lineOf(line.row, recording, (commission) => !unsavedIds.has(commission.id)));
  }
  return lines;
}

async function recordLines(
  deps: ServiceDeps,
  sellerId: string,
  judged: JudgedLine[],
  now: Date,
  onRecorded: (commission: CommissionModel) => void,
): Promise<SaleImportLineModel[]> {
  const lines: SaleImportLineModel[] = [];
  for (const line of judged) {
    if ("invalid" in line) {
      lines.push(line.invalid);
      continue;
    }
    const recording = await inTransaction(deps.db, (m) =>
      recordSaleIn(m, sellerId, line.sale, now),
    );
    if (recording.kind === "recorded") {
      const { id: commissionId, amountCents } = recording.commission;
      deps.log.info({ commissionId, sellerId, amountCents, line: line.row.line }, "sale recorded");
      onRecorded(recording.commission);
    }
    lines.push(lineOf(line.row, recording));
  }
  return lines;
}
