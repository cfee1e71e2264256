import { ApiError, ErrorCode, badInput, type WithdrawalModel } from "@allyhut/schema/graphql";
import { MAX_DECIMAL_CENTS, formatCents } from "@allyhut/schema";
import { centsFrom, idFrom, type Queryable } from "../../db/sql-values";
import { withdrawalById } from "./withdrawal.sql";
import { charLength } from "../rows";

export const MAX_IDEMPOTENCY_KEY_LENGTH = 100;

export function checkAmount(amountCents: number): number {
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0 || amountCents > MAX_DECIMAL_CENTS) {
    throw badInput("amount", "The amount must be greater than 0.");
  }
  return amountCents;
}

/** The client's retry key, kept as sent (no trimming: it is opaque); null when not given. */
export function idempotencyKeyOf(key: string | null | undefined): string | null {
  if (key === undefined || key === null) return null;
  if (typeof key !== "string" || key.length === 0 || charLength(key) > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw badInput("idempotencyKey", "The idempotency key must be 1 to 100 characters long.");
  }
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
    throw new ApiError(
      ErrorCode.CONFLICT,
      "This idempotency key was already used for a withdrawal of another amount.",
    );
  }
  return withdrawalById(m, idFrom(known.id));
}

/** INSUFFICIENT_FUNDS, telling how much is available (negative after a clawback). */
export async function insufficientFunds(
  m: Queryable,
  sellerId: unknown,
  availableCents: number,
): Promise<ApiError> {
  const [seller] = await m.query("SELECT currency_code FROM sellers WHERE id = ?", [sellerId]);
  const available = `${formatCents(availableCents)} ${seller?.currency_code ?? ""}`.trim();
  return new ApiError(
    ErrorCode.INSUFFICIENT_FUNDS,
    `Insufficient funds: ${available} is available to withdraw.`,
  );
}
