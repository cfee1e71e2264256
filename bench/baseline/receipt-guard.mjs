// AllyHut's duplicate-receipt guard, hand-written, so processWithdrawal does the same work in both.
import { GraphQLFailure, formatCents } from "./format.mjs";

/**
 * Claims the receipt (its row serializes the writers of one receipt until commit) and, only if it
 * was claimed before, looks for another withdrawal of the seller carrying it: CONFLICT unless the
 * seller confirmed the reuse. Nothing when no receipt number is written.
 */
export async function claimReceiptNotReused(
  tx,
  sellerId,
  withdrawalId,
  receiptNumber,
  allowReused,
) {
  if (!receiptNumber) return;
  // claims + 1 always changes the row: affectedRows is 1 for a new claim, 2 for an existing one.
  const claimed = await tx.run(
    `INSERT INTO withdrawal_receipt_claims (seller_id, receipt_number) VALUES (?, ?)
     ON DUPLICATE KEY UPDATE claims = claims + 1`,
    [sellerId, receiptNumber],
  );
  if (claimed.affectedRows === 1 || allowReused) return;
  const [other] = await tx.run(
    `SELECT w.id, w.amount_cents, w.paid_on, w.requested_at, a.name AS affiliate_name,
       s.currency_code
     FROM withdrawals w JOIN affiliates a ON a.id = w.affiliate_id JOIN sellers s ON s.id = w.seller_id
     WHERE w.seller_id = ? AND w.receipt_number = ? AND w.id <> ? ORDER BY w.id LIMIT 1`,
    [sellerId, receiptNumber, withdrawalId],
  );
  if (!other) return;
  const day = other.paid_on ?? other.requested_at.toISOString().slice(0, 10);
  const amount = `${formatCents(Number(other.amount_cents))} ${other.currency_code}`;
  throw new GraphQLFailure(
    "CONFLICT",
    `This receipt number is already on ${other.affiliate_name}'s ${amount} of ${day} (AH-W-${other.id}).`,
  );
}
