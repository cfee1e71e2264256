import type { Queryable } from "../../db/sql-values";

/**
 * Claims receipt numbers of the seller before a write puts them on a withdrawal: one upsert of
 * their withdrawal_receipt_claims rows, which then stay locked until the transaction ends, so two
 * writers of the same receipt run one after the other and the second sees the first's commit (a
 * plain read at READ COMMITTED cannot, and a unique index cannot allow a confirmed reuse). Every
 * receipt on a withdrawal has its claim row (ReceiptClaims claimed those already there, every write
 * since claims first), so a receipt whose claim is new is on no withdrawal: the caller skips its
 * duplicate check. Pass the receipts trimmed, deduplicated and sorted, so that writers of several
 * lock them in one order. Answers whether every claim is new.
 */
export async function claimReceipts(
  m: Queryable,
  sellerId: string,
  receipts: readonly string[],
): Promise<boolean> {
  if (receipts.length === 0) return true;
  // The update always changes the row: mysql2's FOUND_ROWS flag would report an unchanged one as
  // 1, like an insert. So affectedRows is 1 per new claim and 2 per existing one.
  const claimed: { affectedRows: number } = await m.query(
    `INSERT INTO withdrawal_receipt_claims (seller_id, receipt_number)
     VALUES ${receipts.map(() => "(?, ?)").join(", ")}
     ON DUPLICATE KEY UPDATE claims = claims + 1`,
    receipts.flatMap((receipt) => [sellerId, receipt]),
  );
  return claimed.affectedRows === receipts.length;
}
