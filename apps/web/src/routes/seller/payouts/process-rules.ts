import { WithdrawalStatus } from "@allyhut/schema";

export interface ProcessValues {
  status: WithdrawalStatus;
  receiptNumber: string;
  paidOn: string | null;
  note: string;
}

export const MAX_RECEIPT_LENGTH = 100;
export const MAX_NOTE_LENGTH = 2000;

/** The Withdrawal Details rules: Approved needs a receipt and a date paid between request and today. */
export function processValidators(requestedOn: string, today: string) {
  const approved = (values: ProcessValues) => values.status === WithdrawalStatus.APPROVED;
  return {
    receiptNumber: (value: string, values: ProcessValues) => {
      if (!approved(values)) return null;
      const receipt = value.trim();
      if (!receipt) return "Enter the receipt number of the payment";
      return receipt.length > MAX_RECEIPT_LENGTH
        ? `Use at most ${MAX_RECEIPT_LENGTH} characters`
        : null;
    },
    paidOn: (value: string | null, values: ProcessValues) => {
      if (!approved(values)) return null;
      if (!value) return "Choose the date you paid";
      if (value > today) return "The date paid cannot be in the future";
      return value < requestedOn ? "The date paid cannot be before the request" : null;
    },
    note: (value: string) =>
      value.length > MAX_NOTE_LENGTH ? `Use at most ${MAX_NOTE_LENGTH} characters` : null,
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
    note: values.note.trim() || null,
  };
}
