import {
  WithdrawalStatus,
  paidOnBeforeRequestProblem,
  paidOnProblem,
  receiptNumberProblem,
  todayUtc,
  utcDateOf,
  withdrawalNoteProblem,
} from "@allyhut/schema";

export interface ProcessValues {
  status: WithdrawalStatus;
  receiptNumber: string;
  paidOn: string | null;
  note: string;
}

/** The note as the form sends it: trimmed, and none when blank. */
const noteAsSent = (note: string): string | null => note.trim() || null;

/** The dates a payment can carry, as the API reads them: the request's UTC date to today's. */
export const paidOnRange = (requestedAt: string, today: string = todayUtc()) => ({
  earliest: utcDateOf(new Date(requestedAt)),
  latest: today,
});

/**
 * Withdrawal Details judges as the API does: Approved needs a receipt number and a date paid in
 * paidOnRange. Only an approval sends those two, so only an approval judges them.
 */
export function processValidators(requestedAt: string, today?: string) {
  const { latest } = paidOnRange(requestedAt, today);
  const approving = (values: ProcessValues) => values.status === WithdrawalStatus.APPROVED;
  return {
    receiptNumber: (value: string, values: ProcessValues) =>
      approving(values) ? receiptNumberProblem(value, { approving: true }) : null,
    paidOn: (value: string | null, values: ProcessValues) => {
      if (!approving(values)) return null;
      const problem = paidOnProblem(value, { approving: true, today: latest });
      if (problem || value === null) return problem;
      return paidOnBeforeRequestProblem(value, new Date(requestedAt));
    },
    note: (value: string) => withdrawalNoteProblem(noteAsSent(value) ?? ""),
  };
}

/** The API input: receipt and date only travel with an approval. */
export function processInput(withdrawalId: string, values: ProcessValues) {
  const approved = values.status === WithdrawalStatus.APPROVED;
  return {
    withdrawalId,
    status: values.status,
    receiptNumber: approved ? values.receiptNumber.trim() : null,
    paidOn: approved ? values.paidOn : null,
    note: noteAsSent(values.note),
  };
}
