import {
  WithdrawalStatus,
  paidOnBeforeRequestProblem,
  paidOnProblem,
  receiptNumberProblem,
  todayUtc,
  utcDateOf,
  withdrawalNoteProblem,
} from "@allyhut/schema";
import { formatLocalDate } from "../../../lib/dates";
import { parseTypedDate } from "./typed-date";

export interface ProcessValues {
  status: WithdrawalStatus;
  receiptNumber: string;
  /** The date paid as typed ("12/24/2026", "Dec 24, 2026", "2026-12-24"); read by parseTypedDate. */
  paidOn: string;
  note: string;
}

/** The note as the form sends it: trimmed, and none when blank. */
const noteAsSent = (note: string): string | null => note.trim() || null;

/** The dates a payment can carry, as the API reads them: the request's UTC date to today's. */
export const paidOnRange = (requestedAt: string, today: string = todayUtc()) => ({
  earliest: utcDateOf(new Date(requestedAt)),
  latest: today,
});

/** What the form says when the typed text is no date at all. */
export const notADateMessage = (text: string, example: string) =>
  `“${text.trim()}” is not a date. Type it like ${formatLocalDate(example)} or ${example}.`;

/** The date paid as typed, judged as the API would judge the date it reads as. */
function typedPaidOnProblem(text: string, requestedAt: string, today: string, locale?: string) {
  if (text.trim() === "") return paidOnProblem(null, { approving: true, today });
  const paidOn = parseTypedDate(text, locale);
  if (paidOn === null) return notADateMessage(text, today);
  return (
    paidOnProblem(paidOn, { approving: true, today }) ??
    paidOnBeforeRequestProblem(paidOn, new Date(requestedAt))
  );
}

/**
 * What an approval would say about the receipt and the date as typed so far (nothing about blank
 * ones): shown under the fields while the seller fills them in, whatever the status.
 */
export function typedPaymentProblems(
  values: ProcessValues,
  requestedAt: string,
  today: string = todayUtc(),
  locale?: string,
) {
  return {
    receiptNumber: values.receiptNumber.trim()
      ? receiptNumberProblem(values.receiptNumber, { approving: true })
      : null,
    paidOn: values.paidOn.trim()
      ? typedPaidOnProblem(values.paidOn, requestedAt, today, locale)
      : null,
  };
}

/**
 * Withdrawal Details judges on submit as the API does: Approved needs a receipt number and a date
 * paid in paidOnRange. Only an approval sends those two, so only an approval judges them.
 */
export function processValidators(requestedAt: string, today?: string, locale?: string) {
  const { latest } = paidOnRange(requestedAt, today);
  const approving = (values: ProcessValues) => values.status === WithdrawalStatus.APPROVED;
  return {
    receiptNumber: (value: string, values: ProcessValues) =>
      approving(values) ? receiptNumberProblem(value, { approving: true }) : null,
    paidOn: (text: string, values: ProcessValues) =>
      approving(values) ? typedPaidOnProblem(text, requestedAt, latest, locale) : null,
    note: (value: string) => withdrawalNoteProblem(noteAsSent(value) ?? ""),
  };
}

/** The API input: receipt and date only travel with an approval. */
export function processInput(withdrawalId: string, values: ProcessValues, locale?: string) {
  const approved = values.status === WithdrawalStatus.APPROVED;
  return {
    withdrawalId,
    status: values.status,
    receiptNumber: approved ? values.receiptNumber.trim() : null,
    paidOn: approved ? parseTypedDate(values.paidOn, locale) : null,
    note: noteAsSent(values.note),
  };
}
