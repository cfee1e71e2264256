// Payout day: the reference printed in payout files and matched in providers' reports, and the limits.

const REFERENCE_PREFIX = "AH-W-";

/** Up to 1000 withdrawals are paid in one batch (PayPal's bulk upload takes 15,000 lines; Wise's 1000). */
export const PAYOUT_BATCH_MAX_WITHDRAWALS = 1000;
/** An imported report: at most 5 MB and 10,000 lines (the header included). */
export const PAYOUT_REPORT_MAX_BYTES = 5 * 1024 * 1024;
export const PAYOUT_REPORT_MAX_LINES = 10_000;

/** "AH-W-1042": derived from the id, so it never changes and needs no column. */
export const withdrawalReference = (withdrawalId: string): string =>
  `${REFERENCE_PREFIX}${withdrawalId}`;

/** The withdrawal id a reference names, or null; case and surrounding spaces are forgiven. */
export function withdrawalIdOfReference(reference: string): string | null {
  const match = /^AH-W-([1-9][0-9]{0,18})$/i.exec(reference.trim());
  return match?.[1] ?? null;
}
