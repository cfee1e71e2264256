import {
  BadInput,
  Conflict,
  InsufficientFunds,
  type OnHoldModel,
  type WithdrawalModel,
} from "@allyhut/schema/domain";
import {
  belowMinimumPayoutProblem,
  formatCents,
  idempotencyKeyProblem,
  withdrawalAmountProblem,
} from "@allyhut/schema";
import { centsFrom, idFrom, type Queryable, type Row } from "../../db/sql-values";
import { withdrawalById } from "./withdrawal.sql";

export function checkAmount(amountCents: number): number {
  const problem = withdrawalAmountProblem(amountCents);
  if (problem) throw new BadInput("amount", problem);
  return amountCents;
}

/**
 * The seller's minimum payout and currency beside the locked `affiliates` row, in the same statement.
 * Subqueries, not a join: FOR UPDATE would lock the seller row too, which a sale locks first.
 */
export const SELLER_MINIMUM_COLUMNS = `
  (SELECT s.minimum_payout_cents FROM sellers s WHERE s.id = affiliates.seller_id) AS minimum_payout_cents,
  (SELECT s.currency_code FROM sellers s WHERE s.id = affiliates.seller_id) AS minimum_currency_code`;

/** BAD_USER_INPUT on "amount" below the seller's minimum payout (read with SELLER_MINIMUM_COLUMNS). */
export function checkMinimumPayout(amountCents: number, affiliate: Row): void {
  const problem = belowMinimumPayoutProblem(
    amountCents,
    centsFrom(affiliate.minimum_payout_cents),
    String(affiliate.minimum_currency_code),
  );
  if (problem) throw new BadInput("amount", problem);
}

/** The client's retry key, kept as sent (no trimming: it is opaque); null when not given. */
export function idempotencyKeyOf(key: string | null | undefined): string | null {
  if (key === undefined || key === null) return null;
  const problem = idempotencyKeyProblem(typeof key === "string" ? key : "");
  if (problem) throw new BadInput("idempotencyKey", problem);
  return key;
}

/** The withdrawal this key already made: the same answer for the same amount, CONFLICT otherwise. */
export async function replayOf(
  m: Queryable,
  affiliateId: unknown,
  idempotencyKey: string,
  amountCents: number,
): Promise<WithdrawalModel | null> {
  const [known] = await m.query(
    "SELECT id, amount_cents FROM withdrawals WHERE affiliate_id = ? AND idempotency_key = ?",
    [affiliateId, idempotencyKey],
  );
  if (!known) return null;
  if (centsFrom(known.amount_cents) !== amountCents) {
    throw new Conflict("This idempotency key was already used for a withdrawal of another amount.");
  }
  return withdrawalById(m, idFrom(known.id));
}

/**
 * INSUFFICIENT_FUNDS, telling how much is available (negative after a clawback) and what is still
 * on hold, until when.
 */
export async function insufficientFunds(
  m: Queryable,
  sellerId: unknown,
  availableCents: number,
  hold: OnHoldModel,
): Promise<InsufficientFunds> {
  const [seller] = await m.query("SELECT currency_code FROM sellers WHERE id = ?", [sellerId]);
  const amount = (cents: number) => `${formatCents(cents)} ${seller?.currency_code ?? ""}`.trim();
  const message = `Insufficient funds: ${amount(availableCents)} is available to withdraw.`;
  if (hold.onHoldCents === 0) return new InsufficientFunds(message);
  const release =
    hold.nextAvailableOn === hold.onHoldUntil
      ? `until ${hold.onHoldUntil}`
      : `until ${hold.onHoldUntil} (the first of it becomes available on ${hold.nextAvailableOn})`;
  return new InsufficientFunds(`${message} ${amount(hold.onHoldCents)} is on hold ${release}.`);
}
