import type { DataSource } from "typeorm";
import type { Config } from "../../../config";
import type { DeliveryPlanner, DeliverySender } from "../delivery";
import { EmailPlanner } from "./email-planner";
import { EmailSender } from "./email-sender";
import { createMailTransport, mailFromAddress } from "./transport";
import { UnsubscribeTokens } from "./unsubscribe-tokens";

/** The e-mail channel: who gets which e-mail, and the sender over the pooled SMTP transport. */
export interface MailChannel {
  planner: DeliveryPlanner;
  sender: DeliverySender;
  close(): Promise<void>;
}

export function createMailChannel(deps: { db: DataSource; config: Config }): MailChannel | null {
  const { db, config } = deps;
  if (!config.smtpUrl) return null;
  const transport = createMailTransport(config.smtpUrl);
  const sender = new EmailSender({
    db,
    transport,
    tokens: new UnsubscribeTokens(db, config),
    publicUrl: config.publicUrl,
    fromAddress: mailFromAddress(config.mailFrom),
  });
  return { planner: new EmailPlanner(), sender, close: async () => transport.close() };
}
