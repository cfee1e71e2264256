import { BadInput, Conflict, InvalidTransition } from "@allyhut/schema/domain";
import {
  withdrawalReference,
  WithdrawalStatus,
  paidOnBeforeRequestProblem,
  paidOnProblem,
  receiptNumberProblem,
  todayUtc,
  withdrawalNoteProblem,
} from "@allyhut/schema";

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
    throw new BadInput("status", "The status must be PENDING, APPROVED or REJECTED.");
  }
  const note = noteChange(input.note);
  if (toStatus === WithdrawalStatus.REJECTED) {
    return { toStatus, receiptNumber: null, paidOn: null, note };
  }
  const approving = toStatus === WithdrawalStatus.APPROVED;
  const receiptProblem = receiptNumberProblem(String(input.receiptNumber ?? ""), { approving });
  if (receiptProblem) throw new BadInput("receiptNumber", receiptProblem);
  const paidOnMessage = paidOnProblem(input.paidOn ?? null, { approving, today });
  if (paidOnMessage) throw new BadInput("paidOn", paidOnMessage);
  return {
    toStatus,
    receiptNumber: receiptChange(input.receiptNumber),
    paidOn: input.paidOn ?? undefined,
    note,
  };
}

function noteChange(note: string | null | undefined): ColumnChange {
  if (note === undefined || note === null) return undefined;
  if (typeof note !== "string") throw new BadInput("note", "The note must be text.");
  const problem = withdrawalNoteProblem(note);
  if (problem) throw new BadInput("note", problem);
  // Stored exactly as written: escaping is the renderer's job.
  return note === "" ? null : note;
}

function receiptChange(receiptNumber: string | null | undefined): ColumnChange {
  if (receiptNumber === undefined || receiptNumber === null) return undefined;
  const trimmed = String(receiptNumber).trim();
  return trimmed === "" ? null : trimmed;
}

/** The date paid cannot precede the day the affiliate asked (both in UTC). */
export function checkPaidOnAfterRequest(plan: ProcessPlan, requestedAt: Date): void {
  if (typeof plan.paidOn !== "string") return;
  const problem = paidOnBeforeRequestProblem(plan.paidOn, requestedAt);
  if (problem) throw new BadInput("paidOn", problem);
}

/** APPROVED and REJECTED are final: nothing may change a decided withdrawal. */
export function invalidTransition(
  fromStatus: string,
  toStatus: WithdrawalStatus,
): InvalidTransition {
  return new InvalidTransition(
    `This withdrawal is already ${fromStatus}; it cannot become ${toStatus} or change any more.`,
  );
}

/** A PENDING withdrawal in an OPEN payout batch is paid by the batch's import, not by hand. */
export function inOpenBatch(withdrawalId: string, batchId: unknown): Conflict {
  return new Conflict(
    `${withdrawalReference(withdrawalId)} is in payout batch #${String(batchId)}; take it out of the batch first.`,
  );
}
