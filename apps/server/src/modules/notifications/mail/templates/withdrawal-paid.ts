import { Text } from "@react-email/components";
import { createElement as h, type ReactElement } from "react";
import { EmailLayout, field, formatDay, sellerNote, styles } from "./layout";

export interface WithdrawalPaidProps {
  affiliateName: string;
  sellerName: string;
  /** With its currency, e.g. "$1,234.50". */
  amountText: string;
  reference: string;
  receiptNumber: string | null;
  /** YYYY-MM-DD */
  paidOn: string | null;
  note: string | null;
}

export const withdrawalPaidSubject = (p: WithdrawalPaidProps): string =>
  `You've been paid ${p.amountText} by ${p.sellerName}`;

/** To the affiliate when a withdrawal is approved: what was paid, how to find it, and when. */
export function WithdrawalPaidEmail(p: WithdrawalPaidProps): ReactElement {
  return EmailLayout({
    preview: `${p.sellerName} paid your withdrawal of ${p.amountText}.`,
    heading: "You've been paid",
    sellerName: p.sellerName,
    children: [
      h(
        Text,
        { key: "intro", style: styles.text },
        `Hi ${p.affiliateName}, ${p.sellerName} has paid your withdrawal ${p.reference}.`,
      ),
      field("Amount", p.amountText),
      field("Receipt number", p.receiptNumber ?? "—"),
      field("Date paid", p.paidOn ? formatDay(p.paidOn) : "—"),
      h("div", { key: "note" }, sellerNote(p.sellerName, p.note)),
    ],
  });
}
