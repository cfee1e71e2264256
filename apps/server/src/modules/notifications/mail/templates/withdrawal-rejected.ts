import { Text } from "@react-email/components";
import { createElement as h, type ReactElement } from "react";
import { EmailLayout, sellerNote, styles } from "./layout";

export interface WithdrawalRejectedProps {
  affiliateName: string;
  sellerName: string;
  amountText: string;
  reference: string;
  note: string | null;
}

export const withdrawalRejectedSubject = (p: WithdrawalRejectedProps): string =>
  `Your withdrawal of ${p.amountText} was not approved`;

/** To the affiliate when a withdrawal is rejected: the seller's note says why. */
export function WithdrawalRejectedEmail(p: WithdrawalRejectedProps): ReactElement {
  return EmailLayout({
    preview: `${p.sellerName} did not approve your withdrawal of ${p.amountText}.`,
    heading: "Your withdrawal was not approved",
    sellerName: p.sellerName,
    children: [
      h(
        Text,
        { key: "intro", style: styles.text },
        `Hi ${p.affiliateName}, ${p.sellerName} did not approve your withdrawal ${p.reference} ` +
          `of ${p.amountText}. The amount is available to withdraw again.`,
      ),
      h("div", { key: "note" }, sellerNote(p.sellerName, p.note)),
    ],
  });
}
