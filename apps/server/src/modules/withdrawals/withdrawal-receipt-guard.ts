import { Conflict } from "@allyhut/schema/domain";
import { formatMoneyText, utcDateOf, withdrawalReference } from "@allyhut/schema";
import { centsFrom, idFrom, type Queryable } from "../../db/sql-values";
import { claimReceipts } from "./withdrawal-receipt-claims";
import type { ColumnChange } from "./withdrawal-transitions";

const DAY = new Intl.DateTimeFormat("en-US", {
  month: "short",
  day: "numeric",
  year: "numeric",
  timeZone: "UTC",
});

/**
 * The duplicate-payment guard: a receipt number already on another withdrawal of the seller is
 * CONFLICT, in the words the UI shows, unless the seller confirmed it (allowReusedReceipt). Only when
 * a receipt number is being written: its claim first (also when confirmed: the claim is the lock of
 * everyone writing that receipt), then, if it was claimed before, one statement on
 * ix_withdrawals_seller_receipt. Call it after locking the affiliate row (lock order: affiliate,
 * claim, withdrawal), as a sale locks the affiliate before the seller row the claim's key reads.
 */
export async function claimReceiptNotReused(
  m: Queryable,
  withdrawal: { id: string; sellerId: string },
  receiptNumber: ColumnChange,
  allowReusedReceipt: boolean,
): Promise<void> {
  if (typeof receiptNumber !== "string" || receiptNumber === "") return;
  const isNewReceipt = await claimReceipts(m, withdrawal.sellerId, [receiptNumber]);
  if (isNewReceipt || allowReusedReceipt) return;
  const [other] = await m.query(
    `SELECT w.id, w.amount_cents, w.paid_on, w.requested_at, a.name AS affiliate_name,
       s.currency_code
     FROM withdrawals w JOIN affiliates a ON a.id = w.affiliate_id JOIN sellers s ON s.id = w.seller_id
     WHERE w.seller_id = ? AND w.receipt_number = ? AND w.id <> ? ORDER BY w.id LIMIT 1`,
    [withdrawal.sellerId, receiptNumber, withdrawal.id],
  );
  if (!other) return;
  const day = other.paid_on ?? utcDateOf(other.requested_at);
  const when = DAY.format(new Date(`${day}T00:00:00.000Z`));
  const amount = formatMoneyText(centsFrom(other.amount_cents), other.currency_code);
  throw new Conflict(
    `This receipt number is already on ${other.affiliate_name}'s ${amount} of ${when} (${withdrawalReference(idFrom(other.id))}).`,
  );
}
