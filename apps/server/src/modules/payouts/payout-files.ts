// The provider's bulk-upload file for a payout batch: PayPal Payouts (Payouts Web), Wise batch, or ours.
// PayPal Payouts Web upload file — https://developer.paypal.com/docs/payouts/standard/payouts-web/
// and https://developer.paypal.com/payouts/use-payouts/send-money/use-web-ui : no header row; per
// line recipient (e-mail, phone or PayerID), amount, currency (one per file), Customer ID (≤ 30
// characters, no spaces), note to recipient (≤ 400), recipient wallet (PAYPAL or VENMO).
// Wise: see payout-file-wise.ts.
import { PaymentMethod, PayoutFileFormat, formatCents } from "@allyhut/schema";
import { BadInput, type PayoutFileItem } from "@allyhut/schema/domain";
import { csvText, neutralizeFormula } from "./csv-cells";
import { wiseBatchFile } from "./payout-file-wise";

/** AllyHut's own file, one header line; the result CSV to import back is documented beside it. */
export const GENERIC_PAYOUT_COLUMNS = [
  "reference",
  "name",
  "email",
  "payment_method",
  "payout_account",
  "amount",
  "currency",
];

const PAYPAL_NOTE_MAX_CHARACTERS = 400;
const PAYPAL_WALLET = "PAYPAL";

/** The note PayPal shows the affiliate; it starts with the reference so a report can be matched on it. */
function paypalNote(item: PayoutFileItem): string {
  const note = `${item.reference}: your affiliate payout from ${item.sellerName}`;
  return note.slice(0, PAYPAL_NOTE_MAX_CHARACTERS);
}

function paypalPayoutsFile(items: PayoutFileItem[]): string {
  const bankItem = items.find((item) => item.paymentMethod !== PaymentMethod.PAYPAL);
  if (bankItem) {
    throw new BadInput(
      "format",
      `A PayPal Payouts file pays PayPal accounts only; ${bankItem.reference} is a bank transfer: download the Wise or generic file.`,
    );
  }
  const currencies = new Set(items.map((item) => item.currencyCode));
  if (currencies.size > 1) {
    throw new BadInput("format", "PayPal takes one currency per file; this batch has several.");
  }
  return csvText(
    items.map((item) => [
      neutralizeFormula(item.payoutAccount.trim()),
      formatCents(item.amountCents),
      item.currencyCode,
      item.reference,
      neutralizeFormula(paypalNote(item)),
      PAYPAL_WALLET,
    ]),
  );
}

function genericFile(items: PayoutFileItem[]): string {
  const rows = items.map((item) => [
    item.reference,
    neutralizeFormula(item.affiliateName),
    neutralizeFormula(item.affiliateEmail),
    item.paymentMethod,
    neutralizeFormula(item.payoutAccount),
    formatCents(item.amountCents),
    item.currencyCode,
  ]);
  return csvText([GENERIC_PAYOUT_COLUMNS, ...rows]);
}

/** A withdrawal is a positive whole number of cents; anything else is a bug upstream, never a line. */
function assertPayable(items: PayoutFileItem[]): void {
  for (const item of items) {
    if (!Number.isSafeInteger(item.amountCents) || item.amountCents <= 0) {
      throw new RangeError(`${item.reference}: cannot pay ${item.amountCents} cents`);
    }
  }
}

/** The provider's bulk-upload file for a batch, as CSV text (CRLF line ends, RFC 4180 quoting). */
export function payoutFile(format: PayoutFileFormat, items: PayoutFileItem[]): string {
  assertPayable(items);
  switch (format) {
    case PayoutFileFormat.PAYPAL_PAYOUTS:
      return paypalPayoutsFile(items);
    case PayoutFileFormat.WISE_BATCH:
      return wiseBatchFile(items);
    case PayoutFileFormat.GENERIC_CSV:
      return genericFile(items);
  }
}
