import type { Transporter } from "nodemailer";
import type { ClaimedDelivery, DeliverySender, SendOutcome } from "../delivery";
import { composeEmail, type ComposeDeps } from "./compose-email";
import { renderEmail } from "./render-email";
import { isPermanentSmtpFailure } from "./transport";

export interface EmailSenderDeps extends ComposeDeps {
  transport: Transporter;
  /** MAIL_FROM's bare address; the seller's name goes in front of it. */
  fromAddress: string;
}

const messageOf = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).slice(0, 500);

/** Sends one claimed e-mail delivery over SMTP; a 5xx refusal is final, anything else retries. */
export class EmailSender implements DeliverySender {
  constructor(private readonly deps: EmailSenderDeps) {}

  async send(delivery: ClaimedDelivery): Promise<SendOutcome> {
    if (!delivery.emailTo) return { delivered: false, error: "no address", permanent: true };
    let email;
    try {
      email = await composeEmail(this.deps, delivery);
    } catch (error) {
      return { delivered: false, error: `could not write the e-mail: ${messageOf(error)}` };
    }
    // Unsubscribed since it was planned, or a digest with nothing left to tell: nothing to send.
    if (!email) return { delivered: true };
    const { html, text } = renderEmail(email.element);
    const host = this.deps.fromAddress.split("@")[1] ?? "allyhut.localhost";
    const unsubscribeHeaders = email.unsubscribeUrl
      ? {
          "List-Unsubscribe": `<${email.unsubscribeUrl}>`,
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
      : {};
    try {
      const info = await this.deps.transport.sendMail({
        from: { name: email.sellerName, address: this.deps.fromAddress },
        to: delivery.emailTo,
        subject: email.subject,
        html,
        text,
        // The same on a resend after a crash, so a mail client can tell it is the same message.
        messageId: `<${delivery.event.publicId}.${delivery.id}@${host}>`,
        headers: unsubscribeHeaders,
      });
      const code = Number(/^(\d{3})/.exec(String(info.response ?? ""))?.[1] ?? NaN);
      return { delivered: true, responseStatus: Number.isNaN(code) ? null : code };
    } catch (error) {
      const responseCode = (error as { responseCode?: number }).responseCode ?? null;
      return {
        delivered: false,
        error: messageOf(error),
        responseStatus: responseCode,
        permanent: isPermanentSmtpFailure(error),
      };
    }
  }
}
