import { isPositiveAmountCents } from "./amount";
import { isCalendarDate, utcDateOf } from "./dates";
import { codePointLength } from "./text";

export const WITHDRAWAL_RECEIPT_MAX_CODE_POINTS = 100;
export const WITHDRAWAL_NOTE_MAX_CODE_POINTS = 2000;
export const IDEMPOTENCY_KEY_MAX_CODE_POINTS = 100;

export const withdrawalAmountProblem = (amountCents: number): string | null =>
  isPositiveAmountCents(amountCents) ? null : "The amount must be greater than 0.";

/** The client's retry key, judged as sent (it is opaque: never trimmed). */
export function idempotencyKeyProblem(key: string): string | null {
  const length = codePointLength(key);
  return length === 0 || length > IDEMPOTENCY_KEY_MAX_CODE_POINTS
    ? `The idempotency key must be 1 to ${IDEMPOTENCY_KEY_MAX_CODE_POINTS} characters long.`
    : null;
}

/** The payment's receipt number, judged trimmed; an approval needs one. */
export function receiptNumberProblem(
  receiptNumber: string,
  { approving }: { approving: boolean },
): string | null {
  const receipt = receiptNumber.trim();
  if (receipt === "") return approving ? "Enter the receipt number of the payment." : null;
  return codePointLength(receipt) > WITHDRAWAL_RECEIPT_MAX_CODE_POINTS
    ? `The receipt number can be at most ${WITHDRAWAL_RECEIPT_MAX_CODE_POINTS} characters long.`
    : null;
}

/**
 * The date paid (null: not given), a calendar date not after `today` (the UTC date, see todayUtc);
 * an approval needs one. Its floor, the request's date, is paidOnBeforeRequestProblem.
 */
export function paidOnProblem(
  paidOn: string | null,
  { approving, today }: { approving: boolean; today: string },
): string | null {
  if (paidOn === null) {
    return approving ? "Enter the date the payment was made." : null;
  }
  if (!isCalendarDate(paidOn)) return "The date paid must be a date like 2026-11-24.";
  return paidOn > today ? "The date paid cannot be in the future." : null;
}

/** The date paid cannot precede the UTC date of the request. */
export function paidOnBeforeRequestProblem(paidOn: string, requestedAt: Date): string | null {
  const requestedOn = utcDateOf(requestedAt);
  return paidOn < requestedOn
    ? `The date paid cannot be before the request date (${requestedOn}).`
    : null;
}

/** The note to the affiliate, judged as sent (kept exactly as written). */
export const withdrawalNoteProblem = (note: string): string | null =>
  codePointLength(note) > WITHDRAWAL_NOTE_MAX_CODE_POINTS
    ? `The note can be at most ${WITHDRAWAL_NOTE_MAX_CODE_POINTS} characters long.`
    : null;
