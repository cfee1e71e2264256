import nodemailer, { type Transporter } from "nodemailer";

/** A pooled SMTP transport on `smtpUrl` (smtp:// or smtps://); close() ends its connections. */
export function createMailTransport(smtpUrl: string): Transporter {
  return nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: 5,
    // A mail server that does not answer must not hold a dispatcher for long: the delivery retries.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
}

/** The bare address of MAIL_FROM ("AllyHut <no-reply@x>" or "no-reply@x"). */
export function mailFromAddress(mailFrom: string): string {
  return /<([^<>]+)>\s*$/.exec(mailFrom)?.[1] ?? mailFrom.trim();
}

// Refusals that name our own configuration (authentication): retried, so fixing SMTP_URL helps.
const OUR_FAULT_CODES = new Set([530, 534, 535, 538]);

/** Whether an SMTP error is final for this message: a 5xx refusal of the message or recipient. */
export function isPermanentSmtpFailure(error: unknown): boolean {
  const code = (error as { responseCode?: number })?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600 && !OUR_FAULT_CODES.has(code);
}
