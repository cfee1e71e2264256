import { BadInput } from "@allyhut/schema/domain";
import { MAX_DECIMAL_CENTS, formatCents } from "@allyhut/schema";
import type { Queryable } from "../../db/sql-values";

/**
 * The most a seller's recorded commissions (reversed ones included) may add up to: the largest
 * Decimal. Every money total of the seller's program is at most that sum: an affiliate's earned and
 * a promotion's total are parts of it, pending and paid hold money earned before, a reversal lowers
 * only earned (so available ≥ −cap), and the Payouts summary adds up pending and paid. So each total
 * the API prints stays a Decimal it would also accept, far below 2^53 cents.
 */
export const MAX_RECORDED_COMMISSION_CENTS = MAX_DECIMAL_CENTS;

/**
 * Whether the seller's recorded commissions have room for `amountCents` more. Locks the seller row
 * until the transaction ends, so concurrent sales of one seller cannot pass the cap together.
 */
export async function lockRoomForCommission(
  m: Queryable,
  sellerId: string,
  amountCents: number,
): Promise<boolean> {
  // Compared in SQL: a total written before the cap existed may be past what a JS number holds.
  const [seller] = await m.query(
    "SELECT recorded_commission_cents <= ? - ? AS fits FROM sellers WHERE id = ? FOR UPDATE",
    [MAX_RECORDED_COMMISSION_CENTS, amountCents, sellerId],
  );
  return Number(seller?.fits) === 1;
}

export async function addRecordedCommission(
  m: Queryable,
  sellerId: string,
  amountCents: number,
): Promise<void> {
  await m.query(
    "UPDATE sellers SET recorded_commission_cents = recorded_commission_cents + ? WHERE id = ?",
    [amountCents, sellerId],
  );
}

export const totalTooLarge = (): BadInput =>
  new BadInput(
    "saleAmount",
    `This sale cannot be recorded: your program's commissions would exceed ${formatCents(MAX_RECORDED_COMMISSION_CENTS)}, the largest amount AllyHut can hold.`,
  );
