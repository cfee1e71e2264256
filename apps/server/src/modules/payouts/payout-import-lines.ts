import {
  BadInput,
  type PayoutImportLineModel,
  type PayoutReportLine,
} from "@allyhut/schema/domain";
import {
  PayoutImportOutcome,
  WithdrawalStatus,
  formatCents,
  receiptNumberProblem,
  todayUtc,
  utcDateOf,
  withdrawalIdOfReference,
  withdrawalReference,
} from "@allyhut/schema";

/** A withdrawal a report line names, as the import reads it; the judging updates it line by line. */
export interface ReportedWithdrawal {
  id: string;
  affiliateId: string;
  amountCents: number;
  currencyCode: string;
  status: WithdrawalStatus;
  payoutBatchId: string | null;
  receiptNumber: string | null;
  requestedAt: Date;
  /** A REMOVED event of this batch: taken out by the seller or failed at the provider before. */
  leftThisBatch: boolean;
}

export interface Judgement {
  lines: PayoutImportLineModel[];
  approvals: Array<{ id: string; receiptNumber: string; paidOn: string }>;
  failures: Array<{ id: string; reason: string }>;
}

const { APPROVED, ALREADY_APPROVED, FAILED, UNMATCHED, AMOUNT_MISMATCH, DUPLICATE_RECEIPT } =
  PayoutImportOutcome;
const REASON_MAX_CODE_POINTS = 500;
const UNPAID_REASON = "The provider could not pay.";

/** Receipts compare as the column's case-insensitive collation compares them (near enough). */
export const receiptKey = (receipt: string): string => receipt.trim().toLowerCase();

/**
 * What becomes of each line, in file order, as if the lines were imported one after another: a
 * line sees what the lines above it did (a reference repeated, a receipt used twice), so importing
 * the same report again answers ALREADY_APPROVED and FAILED ("already taken out") and changes
 * nothing. `receiptOwners` maps receiptKey → the withdrawals of the seller that carry it.
 */
export function judgeLines(
  report: readonly PayoutReportLine[],
  batchId: string,
  withdrawals: ReadonlyMap<string, ReportedWithdrawal>,
  receiptOwners: Map<string, Set<string>>,
  today: string = todayUtc(),
): Judgement {
  const judgement: Judgement = { lines: [], approvals: [], failures: [] };
  for (const line of report) {
    const id = withdrawalIdOfReference(line.reference);
    const withdrawal = id === null ? undefined : withdrawals.get(id);
    const answer = (outcome: PayoutImportOutcome, message: string | null = null) =>
      judgement.lines.push({
        line: line.line,
        reference: line.reference,
        outcome,
        withdrawalId: withdrawal?.id ?? null,
        message,
      });
    if (!withdrawal) {
      answer(UNMATCHED, "No withdrawal of yours has this reference.");
      continue;
    }
    const reference = withdrawalReference(withdrawal.id);
    if (withdrawal.payoutBatchId !== batchId) {
      if (withdrawal.leftThisBatch && line.outcome === "FAILED") {
        answer(FAILED, `${reference} was already taken out of this batch; nothing changed.`);
      } else if (withdrawal.leftThisBatch) {
        answer(UNMATCHED, `${reference} was taken out of this batch; nothing changed.`);
      } else {
        answer(UNMATCHED, `${reference} is not in this batch.`);
      }
      continue;
    }
    const mismatch = mismatchOf(line, withdrawal);
    if (mismatch) {
      answer(AMOUNT_MISMATCH, mismatch);
      continue;
    }
    if (line.outcome === "FAILED") {
      if (withdrawal.status !== WithdrawalStatus.PENDING) {
        answer(
          UNMATCHED,
          `${reference} is already ${withdrawal.status}; the report says the payment failed: nothing changed, check with the provider.`,
        );
        continue;
      }
      const reason = reasonOf(line.reason);
      judgement.failures.push({ id: withdrawal.id, reason });
      withdrawal.payoutBatchId = null;
      withdrawal.leftThisBatch = true;
      answer(FAILED, reason);
      continue;
    }
    const receipt = receiptOf(line);
    if (withdrawal.status !== WithdrawalStatus.PENDING) {
      const same = receiptKey(withdrawal.receiptNumber ?? "") === receiptKey(receipt);
      answer(
        ALREADY_APPROVED,
        same
          ? null
          : `Already ${withdrawal.status} with receipt ${withdrawal.receiptNumber ?? "none"}, not ${receipt}: check with the provider that it was not paid twice.`,
      );
      continue;
    }
    const owners = receiptOwners.get(receiptKey(receipt));
    const others = [...(owners ?? [])].filter((owner) => owner !== withdrawal.id);
    if (others.length > 0) {
      answer(
        DUPLICATE_RECEIPT,
        `The receipt ${receipt} is already on ${others.map(withdrawalReference).join(", ")}; nothing changed.`,
      );
      continue;
    }
    const { paidOn, note } = paidOnOf(line, withdrawal.requestedAt, today);
    judgement.approvals.push({ id: withdrawal.id, receiptNumber: receipt, paidOn });
    withdrawal.status = WithdrawalStatus.APPROVED;
    withdrawal.receiptNumber = receipt;
    receiptOwners.set(receiptKey(receipt), new Set([...(owners ?? []), withdrawal.id]));
    answer(APPROVED, note);
  }
  return judgement;
}

function mismatchOf(line: PayoutReportLine, withdrawal: ReportedWithdrawal): string | null {
  const amountDiffers = line.amountCents !== null && line.amountCents !== withdrawal.amountCents;
  const currencyDiffers =
    line.currencyCode !== null &&
    line.currencyCode.trim().toUpperCase() !== withdrawal.currencyCode;
  if (!amountDiffers && !currencyDiffers) return null;
  const reported = `${formatCents(line.amountCents ?? withdrawal.amountCents)} ${
    line.currencyCode?.trim().toUpperCase() ?? withdrawal.currencyCode
  }`;
  const owed = `${formatCents(withdrawal.amountCents)} ${withdrawal.currencyCode}`;
  return `The report says ${reported}; ${withdrawalReference(withdrawal.id)} is ${owed}. Nothing changed.`;
}

/** The provider's transaction id; the parser requires one on a paid line, this checks its length. */
function receiptOf(line: PayoutReportLine): string {
  const receipt = (line.receiptNumber ?? "").trim();
  const problem = receiptNumberProblem(receipt, { approving: true });
  if (problem) throw new BadInput("csv", `Line ${line.line}: ${problem}`);
  return receipt;
}

/**
 * The report's date, kept between the request's date and today (UTC): a provider dates a payment in
 * its own time zone, a day off from ours either way, and a paid line is not refused for that.
 */
function paidOnOf(
  line: PayoutReportLine,
  requestedAt: Date,
  today: string,
): { paidOn: string; note: string | null } {
  const requestedOn = utcDateOf(requestedAt);
  const reported = line.paidOn ?? today;
  const paidOn = reported < requestedOn ? requestedOn : reported > today ? today : reported;
  const note =
    paidOn === reported ? null : `The report dates it ${reported}; recorded as paid on ${paidOn}.`;
  return { paidOn, note };
}

function reasonOf(reason: string | null): string {
  const words = (reason ?? "").trim();
  if (words === "") return UNPAID_REASON;
  return Array.from(words).slice(0, REASON_MAX_CODE_POINTS).join("");
}
