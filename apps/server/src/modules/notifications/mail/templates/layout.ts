import {
  Body,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Link,
  Preview,
  Text,
} from "@react-email/components";
import { createElement as h, type CSSProperties, type ReactElement, type ReactNode } from "react";

// Templates are React Email components built with createElement (no JSX): the server's tsc and
// jest's swc compile them as plain .ts. React escapes every text it is given.

export const styles = {
  body: { backgroundColor: "#f6f7f9", fontFamily: "Helvetica, Arial, sans-serif" },
  container: { backgroundColor: "#ffffff", padding: "24px", maxWidth: "560px" },
  heading: { fontSize: "22px", margin: "0 0 16px" },
  text: { fontSize: "15px", lineHeight: "22px" },
  label: { color: "#5c6370", fontSize: "13px", margin: "0" },
  value: { fontSize: "15px", margin: "0 0 12px" },
  note: { borderLeft: "3px solid #d0d4da", paddingLeft: "12px", whiteSpace: "pre-wrap" },
  footer: { color: "#8a9099", fontSize: "12px", lineHeight: "18px" },
} satisfies Record<string, CSSProperties>;

export interface LayoutProps {
  /** The line mail clients show beside the subject. */
  preview: string;
  heading: string;
  /** Who sends it, for the footer. */
  sellerName: string;
  /** A one-click unsubscribe link, for the e-mails one may turn off. */
  unsubscribeUrl?: string | null;
  children: ReactNode;
}

export function EmailLayout(props: LayoutProps): ReactElement {
  return h(
    Html,
    { lang: "en" },
    h(Head),
    h(Preview, null, props.preview),
    h(
      Body,
      { style: styles.body },
      h(
        Container,
        { style: styles.container },
        h(Heading, { as: "h1", style: styles.heading }, props.heading),
        props.children,
        h(Hr),
        h(Text, { style: styles.footer }, `Sent by AllyHut for ${props.sellerName}.`),
        props.unsubscribeUrl
          ? h(
              Text,
              { style: styles.footer },
              "Don't want these e-mails? ",
              // No full stop after it: the plain-text part prints the link's address there.
              h(Link, { href: props.unsubscribeUrl }, "Unsubscribe"),
            )
          : null,
      ),
    ),
  );
}

/** A label above its value, e.g. "Receipt number" / "PP-123". */
export const field = (label: string, value: string): ReactElement =>
  h(
    "div",
    { key: label },
    h(Text, { style: styles.label }, label),
    h(Text, { style: styles.value }, value),
  );

/** The seller's own words, kept as they wrote them (escaped, line breaks kept). */
export const sellerNote = (sellerName: string, note: string | null): ReactElement | null =>
  note
    ? h(
        "div",
        null,
        h(Text, { style: styles.label }, `Note from ${sellerName}`),
        h(
          Text,
          { style: { ...styles.text, ...styles.note } },
          // Line breaks as <br>, so the plain-text part keeps them too.
          note.split("\n").flatMap((line, i) => (i ? [h("br", { key: i }), line] : [line])),
        ),
      )
    : null;

/** "3 December 2026" for a YYYY-MM-DD date. */
export const formatDay = (day: string): string =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });

/** "3 Dec 2026, 16:40 UTC" for an instant. */
export const formatInstant = (at: string | Date): string =>
  `${new Date(at).toLocaleString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
    timeZone: "UTC",
  })} UTC`;
