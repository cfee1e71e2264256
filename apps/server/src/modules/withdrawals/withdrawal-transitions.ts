import { ApiError, ErrorCode, badInput } from "@allyhut/schema/graphql";
import { charLength } from "../rows";
import { WithdrawalStatus } from "@allyhut/schema";

/** Today's calendar date in UTC, "YYYY-MM-DD". */
export const todayUtc = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

export const MAX_NOTE_LENGTH = 2000;
export const MAX_RECEIPT_LENGTH = 100;

/** undefined: leave the column as it is; null: clear it; a string: store it. */
export type ColumnChange = string | null | undefined;

/** What processWithdrawal will write, checked as far as it can be without the row. */
export interface ProcessPlan {
  toStatus: WithdrawalStatus;
  receiptNumber: ColumnChange;
  paidOn: ColumnChange;
  note: ColumnChange;
}

export interface ProcessInput {
  status: WithdrawalStatus;
  receiptNumber?: string | null;
  paidOn?: string | null;
  note?: string | null;
}

/**
 * APPROVED needs a receipt number and the date paid; REJECTED clears both (nothing was paid);
 * PENDING saves the note and, optionally, a draft receipt number and date paid.
 */
export function planProcessing(input: ProcessInput, today: string = todayUtc()): ProcessPlan {
  const toStatus = input.status;
  if (!Object.values(WithdrawalStatus).includes(toStatus)) {
    throw badInput("status", "The status must be PENDING, APPROVED or REJECTED.");
  }
  const note = noteChange(input.note);
  if (toStatus === WithdrawalStatus.REJECTED) {
    return { toStatus, receiptNumber: null, paidOn: null, note };
  }
  const receiptNumber = receiptChange(input.receiptNumber);
  const paidOn = paidOnChange(input.paidOn, today);
  if (toStatus === WithdrawalStatus.APPROVED) {
    if (!receiptNumber) {
      throw badInput("receiptNumber", "Enter the receipt number of the payment.");
    }
    if (!paidOn) throw badInput("paidOn", "Enter the date the payment was made.");
  }
  return { toStatus, receiptNumber, paidOn, note };
}

function noteChange(note: string | null | undefined): ColumnChange {
  if (note === undefined || note === null) return undefined;
  if (typeof note !== "string") throw badInput("note", "The note must be text.");
  if (charLength(note) > MAX_NOTE_LENGTH) {
    throw badInput("note", `The note can be at most ${MAX_NOTE_LENGTH} characters long.`);
  }
  // Stored exactly as written: escaping is the renderer's job.
  return note === "" ? null : note;
}

function receiptChange(receiptNumber: string | null | undefined): ColumnChange {
  if (receiptNumber === undefined || receiptNumber === null) return undefined;
  const trimmed = String(receiptNumber).trim();
  if (charLength(trimmed) > MAX_RECEIPT_LENGTH) {
    throw badInput(
      "receiptNumber",
      `The receipt number can be at most ${MAX_RECEIPT_LENGTH} characters long.`,
    );
  }
  return trimmed === "" ? null : trimmed;
}

function paidOnChange(paidOn: string | null | undefined, today: string): ColumnChange {
  if (paidOn === undefined || paidOn === null) return undefined;
  if (!isCalendarDate(paidOn))
    throw badInput("paidOn", "The date paid must be a date like 2026-11-24.");
  if (paidOn > today) throw badInput("paidOn", "The date paid cannot be in the future.");
  return paidOn;
}

/** A real calendar date written "YYYY-MM-DD" (no 2026-02-30). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The date paid cannot precede the day the affiliate asked (both in UTC). */
export function checkPaidOnAfterRequest(plan: ProcessPlan, requestedAt: Date): void {
  const requestedOn = requestedAt.toISOString().slice(0, 10);
  if (typeof plan.paidOn === "string" && plan.paidOn < requestedOn) {
    throw badInput("paidOn", `The date paid cannot be before the request date (${requestedOn}).`);
  }
}

/** APPROVED and REJECTED are final: nothing may change a decided withdrawal. */
export function invalidTransition(fromStatus: string, toStatus: WithdrawalStatus): ApiError {
  return new ApiError(
    ErrorCode.INVALID_TRANSITION,
    `This withdrawal is already ${fromStatus}; it cannot become ${toStatus} or change any more.`,
  );
}

/** The running totals a decision moves on the affiliate row; a note save moves none. */
export function totalsUpdateOf(
  toStatus: WithdrawalStatus,
  amountCents: number,
  affiliateId: string,
): { sql: string; parameters: unknown[] } | null {
  switch (toStatus) {
    case WithdrawalStatus.APPROVED:
      return {
        sql: `UPDATE affiliates SET pending_cents = pending_cents - ?, paid_cents = paid_cents + ?,
                pending_count = pending_count - 1, approved_count = approved_count + 1 WHERE id = ?`,
        parameters: [amountCents, amountCents, affiliateId],
      };
    case WithdrawalStatus.REJECTED:
      return {
        sql: `UPDATE affiliates SET pending_cents = pending_cents - ?, pending_count = pending_count - 1,
                rejected_count = rejected_count + 1 WHERE id = ?`,
        parameters: [amountCents, affiliateId],
      };
    default:
      return null;
  }
}
