import { Text } from "@react-email/components";
import { createElement as h, type ReactElement } from "react";
import { EmailLayout, styles } from "./layout";

export interface AffiliateSwitchedProps {
  affiliateName: string;
  sellerName: string;
  /** Switched on (ACTIVE) or off. */
  active: boolean;
  unsubscribeUrl: string;
}

export const affiliateSwitchedSubject = (p: AffiliateSwitchedProps): string =>
  p.active
    ? `${p.sellerName} switched your affiliate account on`
    : `${p.sellerName} switched your affiliate account off`;

/** To the affiliate when the seller switches them off or on again. */
export function AffiliateSwitchedEmail(p: AffiliateSwitchedProps): ReactElement {
  const what = p.active
    ? `your affiliate account at ${p.sellerName} is switched on again: your referral links count.`
    : `${p.sellerName} switched your affiliate account off. Ask them if you think this is a mistake.`;
  return EmailLayout({
    preview: affiliateSwitchedSubject(p),
    heading: p.active ? "You're switched on" : "You're switched off",
    sellerName: p.sellerName,
    unsubscribeUrl: p.unsubscribeUrl,
    children: h(Text, { style: styles.text }, `Hi ${p.affiliateName}, ${what}`),
  });
}
