// The three reports a seller can import, told apart by their header row (case and spaces forgiven).
// PayPal: the item fields and statuses of a payout batch (transaction_status, see
// https://developer.paypal.com/api/payments.payouts-batch/v1/definitions/transaction_enum) under the
// column names PayPal's downloads and common exports use; Wise: the transfers export
// ("ID, Status, Direction, Created on, Finished on, …, Target amount (after fees), Target currency,
// Reference, …"). Sources and assumptions: /work/notes/i13-provider-docs.md → README.

export type ReportField =
  "reference" | "status" | "receipt" | "date" | "amount" | "currency" | "note" | "direction";

/** What a provider's status means for a withdrawal; PENDING lines are left out (nothing changes yet). */
export type StatusMeaning = "PAID" | "FAILED" | "PENDING";

export interface PayoutReportFormat {
  name: string;
  /** Accepted header names per field, lower-case; the first one found is used. */
  columns: Partial<Record<ReportField, readonly string[]>>;
  /** Fields whose column must be present. */
  required: readonly ReportField[];
  /** true: a line's reference may be written in its note instead (PayPal: our note starts with it). */
  referenceInNote: boolean;
  /** A header that names this format; checked in order, the generic result CSV first. */
  recognizes(header: ReadonlySet<string>): boolean;
  /** false: a column this format does not know is an error (our own CSV); true: ignored. */
  otherColumnsAllowed: boolean;
  statusMeaning(status: string): StatusMeaning | null;
  /** A line that is no payout of ours (Wise: money coming in, conversions). */
  isNotAPayout?(direction: string): boolean;
}

/** "Transaction Status", "transaction_status", "ON HOLD" → "TRANSACTIONSTATUS", "ONHOLD". */
const squeezed = (text: string): string => text.toUpperCase().replace(/[\s_-]+/g, "");

function meaningFrom(table: Record<StatusMeaning, readonly string[]>) {
  const byStatus = new Map<string, StatusMeaning>();
  for (const [meaning, statuses] of Object.entries(table) as [StatusMeaning, string[]][]) {
    for (const status of statuses) byStatus.set(status, meaning);
  }
  return (status: string): StatusMeaning | null => byStatus.get(squeezed(status)) ?? null;
}

const hasAny = (header: ReadonlySet<string>, names: readonly string[] | undefined): boolean =>
  (names ?? []).some((name) => header.has(name));

/** AllyHut's result CSV: reference,status,receipt_number,paid_on,note (+ optional amount,currency). */
export const GENERIC_RESULT_FORMAT: PayoutReportFormat = {
  name: "AllyHut result CSV",
  columns: {
    reference: ["reference"],
    status: ["status"],
    receipt: ["receipt_number"],
    date: ["paid_on"],
    note: ["note"],
    amount: ["amount"],
    currency: ["currency"],
  },
  required: ["reference", "status", "receipt", "date", "note"],
  referenceInNote: false,
  recognizes: (header) => header.has("receipt_number") || header.has("paid_on"),
  otherColumnsAllowed: false,
  statusMeaning: meaningFrom({ PAID: ["PAID"], FAILED: ["FAILED"], PENDING: [] }),
};

const WISE_COLUMNS: PayoutReportFormat["columns"] = {
  receipt: ["id", "transferwise id", "transfer id"],
  status: ["status"],
  reference: ["reference", "payment reference"],
  date: ["finished on", "date", "completed on"],
  amount: ["target amount (after fees)", "target amount", "amount"],
  currency: ["target currency", "currency"],
  note: ["note"],
  direction: ["direction"],
};

export const WISE_REPORT_FORMAT: PayoutReportFormat = {
  name: "Wise transfers report",
  columns: WISE_COLUMNS,
  required: ["receipt", "status", "reference", "date", "amount", "currency"],
  referenceInNote: false,
  recognizes: (header) =>
    header.has("target amount (after fees)") ||
    header.has("transferwise id") ||
    header.has("direction"),
  otherColumnsAllowed: true,
  // Wise transfer states: https://docs.wise.com/api-docs/api-reference/transfer (and the export's words).
  statusMeaning: meaningFrom({
    PAID: ["COMPLETED", "OUTGOINGPAYMENTSENT", "SENT", "PAID"],
    FAILED: [
      "CANCELLED",
      "CANCELED",
      "REFUNDED",
      "FUNDSREFUNDED",
      "BOUNCEDBACK",
      "CHARGEDBACK",
      "FAILED",
    ],
    PENDING: [
      "PENDING",
      "PROCESSING",
      "INCOMINGPAYMENTWAITING",
      "INCOMINGPAYMENTINITIATED",
      "FUNDSCONVERTED",
      "WAITINGRECIPIENTINPUTTOPROCEED",
      "UNFUNDED",
    ],
  }),
  isNotAPayout: (direction) => direction !== "" && squeezed(direction) !== "OUT",
};

const PAYPAL_COLUMNS: PayoutReportFormat["columns"] = {
  receipt: ["transaction id", "transaction_id", "paypal transaction id"],
  status: ["status", "transaction status", "transaction_status", "payout status"],
  reference: [
    "customer id",
    "sender_item_id",
    "sender item id",
    "reference id",
    "reference",
    "item id",
  ],
  date: ["time processed", "time_processed", "date processed", "date", "processed on"],
  amount: ["amount", "payment amount", "gross"],
  currency: ["currency", "currency code"],
  note: ["note", "note to recipient", "reason", "failure reason", "error"],
};

export const PAYPAL_REPORT_FORMAT: PayoutReportFormat = {
  name: "PayPal Payouts report",
  columns: PAYPAL_COLUMNS,
  required: ["receipt", "status", "date", "amount", "currency"],
  referenceInNote: true,
  recognizes: (header) => hasAny(header, PAYPAL_COLUMNS.receipt),
  otherColumnsAllowed: true,
  statusMeaning: meaningFrom({
    PAID: ["SUCCESS", "SUCCESSFUL", "COMPLETED", "PAID"],
    FAILED: [
      "FAILED",
      "RETURNED",
      "UNCLAIMED",
      "BLOCKED",
      "REFUNDED",
      "REVERSED",
      "DENIED",
      "CANCELED",
      "CANCELLED",
    ],
    PENDING: ["PENDING", "PROCESSING", "ONHOLD", "NEW"],
  }),
};

export const PAYOUT_REPORT_FORMATS = [
  GENERIC_RESULT_FORMAT,
  WISE_REPORT_FORMAT,
  PAYPAL_REPORT_FORMAT,
];

/** The columns a seller is told to use when the header names no format. */
export const EXPECTED_REPORT_COLUMNS =
  'AllyHut\'s result CSV "reference,status,receipt_number,paid_on,note" (optionally amount,currency); ' +
  'PayPal\'s payout report with "Transaction ID", "Status", "Date", "Amount", "Currency" and ' +
  '"Customer ID" (or "Note"); or Wise\'s transfers report with "ID", "Status", "Finished on", ' +
  '"Target amount (after fees)", "Target currency" and "Reference"';
