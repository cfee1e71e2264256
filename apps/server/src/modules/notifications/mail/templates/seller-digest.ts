import { Button, Column, Row, Section, Text } from "@react-email/components";
import { createElement as h, type ReactElement } from "react";
import { EmailLayout, formatInstant, styles } from "./layout";

export interface DigestRequest {
  affiliateName: string;
  amountText: string;
  requestedAt: string;
}

export interface SellerDigestProps {
  sellerName: string;
  requests: DigestRequest[];
  payoutsUrl: string;
  unsubscribeUrl: string;
}

const count = (n: number): string =>
  n === 1 ? "1 withdrawal request" : `${n} withdrawal requests`;

export const sellerDigestSubject = (p: SellerDigestProps): string =>
  `${count(p.requests.length)} to review`;

/** To the seller: the withdrawal requests that arrived since the last digest, and where to pay them. */
export function SellerDigestEmail(p: SellerDigestProps): ReactElement {
  return EmailLayout({
    preview: `${count(p.requests.length)} arrived for ${p.sellerName}.`,
    heading: `${count(p.requests.length)} arrived`,
    sellerName: p.sellerName,
    unsubscribeUrl: p.unsubscribeUrl,
    children: [
      h(Text, { key: "intro", style: styles.text }, "Affiliates asked to be paid:"),
      h(
        Section,
        { key: "requests" },
        p.requests.map((request, index) =>
          h(Row, {
            key: index,
            children: [
              h(Column, { key: "who", style: styles.text }, request.affiliateName),
              h(Column, { key: "amount", style: styles.text, align: "right" }, request.amountText),
              h(
                Column,
                { key: "at", style: styles.label, align: "right" },
                formatInstant(request.requestedAt),
              ),
            ],
          }),
        ),
      ),
      h(
        Button,
        {
          key: "open",
          href: p.payoutsUrl,
          style: {
            backgroundColor: "#228be6",
            color: "#fff",
            padding: "10px 16px",
            marginTop: "16px",
          },
        },
        "Review the payouts",
      ),
    ],
  });
}
