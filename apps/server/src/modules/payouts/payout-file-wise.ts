// Wise batch payment CSV: the "Send to bank accounts" / "Send by email" templates.
// https://wise.com/help/articles/2663302/how-do-i-fill-in-my-batch-template
// https://wise.com/help/articles/2663296/whats-a-batch-payment-template
// Column names as in Wise's downloadable templates (the doc describes them; the CSV spells them so).
import { PaymentMethod, formatCents } from "@allyhut/schema";
import type { PayoutFileItem } from "@allyhut/schema/domain";
import { bankDetailsIn, type BankDetails } from "./payout-file-bank-details";
import { csvText, neutralizeFormula } from "./csv-cells";

const TEMPLATE_COLUMNS = [
  "name",
  "recipientEmail",
  "paymentReference",
  "receiverType",
  "amountCurrency",
  "amount",
  "sourceCurrency",
  "targetCurrency",
];
const IBAN_COLUMNS = ["IBAN"];
const UK_COLUMNS = ["accountNumber", "sortCode"];

/** Affiliates are people; Wise's other receiver type is INSTITUTION. */
const RECEIVER_TYPE = "PERSON";
/** "target": the affiliate receives exactly the amount they asked for, Wise's fee is the seller's. */
const AMOUNT_CURRENCY = "target";

function bankDetailsOf(item: PayoutFileItem): BankDetails | null {
  return item.paymentMethod === PaymentMethod.BANK_TRANSFER
    ? bankDetailsIn(item.payoutAccount, item.currencyCode)
    : null;
}

/**
 * One line per withdrawal. With an IBAN (or UK account number + sort code) in the affiliate's bank
 * text the line pays that account; otherwise — PayPal withdrawals, or bank text we cannot read —
 * the line pays by e-mail: Wise e-mails the affiliate a link to enter their bank details. Bank
 * columns appear only when a line needs them, so an all-e-mail batch is exactly the e-mail template.
 */
export function wiseBatchFile(items: PayoutFileItem[]): string {
  const details = items.map(bankDetailsOf);
  const withIban = details.some((detail) => detail?.kind === "IBAN");
  const withUkAccount = details.some((detail) => detail?.kind === "UK_ACCOUNT");
  const header = [
    ...TEMPLATE_COLUMNS,
    ...(withIban ? IBAN_COLUMNS : []),
    ...(withUkAccount ? UK_COLUMNS : []),
  ];
  const rows = items.map((item, index) => {
    const detail = details[index] ?? null;
    const row = [
      neutralizeFormula(item.affiliateName),
      neutralizeFormula(item.affiliateEmail),
      // Wise's reference is short (18 characters for GBP): ours alone fits.
      item.reference,
      RECEIVER_TYPE,
      AMOUNT_CURRENCY,
      formatCents(item.amountCents),
      item.currencyCode,
      item.currencyCode,
    ];
    if (withIban) row.push(detail?.kind === "IBAN" ? detail.iban : "");
    if (withUkAccount) {
      const uk = detail?.kind === "UK_ACCOUNT" ? detail : null;
      row.push(uk?.accountNumber ?? "", uk?.sortCode ?? "");
    }
    return row;
  });
  return csvText([header, ...rows]);
}
