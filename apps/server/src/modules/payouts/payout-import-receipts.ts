import type { PayoutReportLine } from "@allyhut/schema/domain";
import { WithdrawalStatus, receiptNumberProblem, withdrawalIdOfReference } from "@allyhut/schema";
import { idFrom, type Queryable } from "../../db/sql-values";
import { claimReceipts } from "../withdrawals/withdrawal-receipt-claims";
import { receiptKey, type ReportedWithdrawal } from "./payout-import-lines";

/**
 * The receipts an import may write: those of the paid lines naming a PENDING withdrawal of this
 * batch (no other line approves anything), trimmed, one per receiptKey, sorted by it (every writer
 * locks claims in this order). A receipt judgeLines refuses (too long) is left to it to refuse.
 */
export function receiptsToClaim(
  report: readonly PayoutReportLine[],
  batchId: string,
  withdrawals: ReadonlyMap<string, ReportedWithdrawal>,
): string[] {
  const receipts = new Map<string, string>();
  for (const line of report) {
    const id = withdrawalIdOfReference(line.reference);
    const withdrawal = id === null ? undefined : withdrawals.get(id);
    const receipt = (line.receiptNumber ?? "").trim();
    if (line.outcome !== "PAID" || receipt === "" || !withdrawal) continue;
    if (withdrawal.payoutBatchId !== batchId || withdrawal.status !== WithdrawalStatus.PENDING) {
      continue;
    }
    if (receiptNumberProblem(receipt, { approving: true })) continue;
    if (!receipts.has(receiptKey(receipt))) receipts.set(receiptKey(receipt), receipt);
  }
  return [...receipts.keys()].sort().map((key) => receipts.get(key)!);
}

/**
 * Claims `receipts` (batch row locked before, affiliate rows after), then reads the seller's
 * withdrawals carrying them (on ix_withdrawals_seller_receipt), unless every claim was new: no
 * withdrawal carries a receipt claimed for the first time. Answers receiptKey → their ids.
 */
export async function claimedReceiptOwners(
  m: Queryable,
  sellerId: string,
  receipts: readonly string[],
): Promise<Map<string, Set<string>>> {
  const owners = new Map<string, Set<string>>();
  if (await claimReceipts(m, sellerId, receipts)) return owners;
  const rows = await m.query(
    "SELECT id, receipt_number FROM withdrawals WHERE seller_id = ? AND receipt_number IN (?)",
    [sellerId, receipts],
  );
  for (const row of rows) {
    const key = receiptKey(String(row.receipt_number));
    owners.set(key, new Set([...(owners.get(key) ?? []), idFrom(row.id)]));
  }
  return owners;
}
