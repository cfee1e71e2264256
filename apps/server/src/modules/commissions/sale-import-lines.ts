import {
  BadInput,
  parseInstant,
  type CommissionModel,
  type SaleImportLineModel,
  type SaleImportRow,
} from "@allyhut/schema/domain";
import {
  DecimalFormatError,
  SaleImportOutcome,
  isCalendarDate,
  parseDecimalToCents,
} from "@allyhut/schema";
import { canonicalId, idFrom, isRowId } from "../../db/sql-values";
import { totalTooLarge } from "./commission-cap";
import { orderConflict, validateSale, type SaleInput } from "./commission-rules";
import type { SaleRecording, SaleRefusal } from "./sale-recording";

// A line of a sales file: read as recordSale's input, and answered with its outcome.

const nameKey = (name: string): string => name.trim().toLowerCase();

/**
 * Reads a line's offer column: the id of one of the seller's offers, or the exact name of one
 * (case-insensitive, trimmed); "" when none matches (then recorded as an unknown offer).
 * BAD_USER_INPUT on "offer" when several offers have that name.
 */
export function offerReaderOf(offers: Array<{ id: unknown; name: string }>) {
  const ids = new Set(offers.map((offer) => idFrom(offer.id)));
  const idsByName = new Map<string, string[]>();
  for (const offer of offers) {
    const key = nameKey(offer.name);
    idsByName.set(key, [...(idsByName.get(key) ?? []), idFrom(offer.id)]);
  }
  return (text: string): string => {
    const value = text.trim();
    if (isRowId(value) && ids.has(canonicalId(value))) return canonicalId(value);
    const named = idsByName.get(nameKey(value)) ?? [];
    if (named.length > 1) {
      throw new BadInput(
        "offer",
        `${named.length} offers are named "${value}" (ids ${named.join(", ")}): write the offer's id instead.`,
      );
    }
    return named[0] ?? "";
  };
}

/**
 * A line as recordSale's input, judged by recordSale's rules (cells are trimmed); BAD_USER_INPUT
 * naming the column at fault.
 */
export function saleOfLine(
  row: SaleImportRow,
  offerIdOf: (text: string) => string,
  now: Date,
): SaleInput {
  const saleCents = saleCentsOf(row.saleAmount);
  const occurredAt = saleTimeOf(row.occurredAt);
  const offerId = offerIdOf(row.offer);
  const { referralCode, orderId } = row;
  return validateSale({ referralCode, offerId, orderId, saleCents, occurredAt }, now);
}

function saleCentsOf(text: string): number {
  try {
    return parseDecimalToCents(text.trim());
  } catch (error) {
    if (!(error instanceof DecimalFormatError)) throw error;
    throw new BadInput(
      "saleAmount",
      'Enter the amount like "49.00": no currency sign or separators.',
    );
  }
}

/** "YYYY-MM-DD" is midnight UTC; else an ISO-8601 instant as recordSale reads one; blank is now. */
function saleTimeOf(text: string): Date | null {
  const value = text.trim();
  if (value === "") return null;
  if (isCalendarDate(value)) return new Date(`${value}T00:00:00.000Z`);
  const instant = parseInstant(value);
  if (instant) return instant;
  throw new BadInput(
    "occurredAt",
    'Enter the sale date as YYYY-MM-DD or an instant like "2026-01-15T10:30:00Z".',
  );
}

/**
 * The answer for a line judged and recorded (or, in a dry run, as good as): its commission unless
 * `saved` says it exists only in the dry run's transaction.
 */
export function lineOf(
  row: SaleImportRow,
  recording: SaleRecording,
  saved: (commission: CommissionModel) => boolean = () => true,
): SaleImportLineModel {
  if (recording.kind === "refused") return refusedLine(row, recording.refusal);
  const commission = saved(recording.commission) ? recording.commission : null;
  const answer = { line: row.line, orderId: row.orderId, commission, field: null };
  switch (recording.kind) {
    case "recorded":
      return { ...answer, outcome: SaleImportOutcome.RECORDED, message: null };
    case "known":
      return {
        ...answer,
        outcome: SaleImportOutcome.ALREADY_RECORDED,
        message: "Recorded before with the same details: nothing changed.",
      };
    case "conflict":
      return {
        ...answer,
        outcome: SaleImportOutcome.CONFLICT,
        message: orderConflict(recording.commission.orderId).message,
      };
  }
}

/** An INVALID line: the column at fault and why. */
export const invalidLine = (
  row: SaleImportRow,
  field: string,
  message: string,
): SaleImportLineModel => ({
  line: row.line,
  orderId: row.orderId,
  outcome: SaleImportOutcome.INVALID,
  commission: null,
  field,
  message,
});

function refusedLine(row: SaleImportRow, refusal: SaleRefusal): SaleImportLineModel {
  const line = (outcome: SaleImportOutcome, message: string): SaleImportLineModel => ({
    line: row.line,
    orderId: row.orderId,
    outcome,
    commission: null,
    field: null,
    message,
  });
  switch (refusal) {
    case "unknownReferralCode":
      return line(
        SaleImportOutcome.UNKNOWN_REFERRAL_CODE,
        `None of your affiliates has the referral code "${row.referralCode.trim()}".`,
      );
    case "unknownOffer":
      return line(
        SaleImportOutcome.UNKNOWN_OFFER,
        `None of your offers has the id or name "${row.offer.trim()}".`,
      );
    case "offerInactive":
      return line(SaleImportOutcome.NOT_CREDITED, "The offer is off sale: no commission.");
    case "affiliateDisabled":
      return line(
        SaleImportOutcome.NOT_CREDITED,
        "The affiliate is switched off (DISABLED): no commission.",
      );
    case "notPromoted":
      return line(
        SaleImportOutcome.NOT_CREDITED,
        "The affiliate does not promote this offer: no commission.",
      );
    case "overCap":
      return invalidLine(row, "saleAmount", totalTooLarge().message);
  }
}
