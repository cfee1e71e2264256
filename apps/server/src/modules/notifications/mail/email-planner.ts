import { AffiliateStatus, WebhookEventType, WithdrawalStatus } from "@allyhut/schema";
import {
  DeliveryChannel,
  type DeliveryPlanner,
  type OutboxEventRecord,
  type PlannedDelivery,
} from "../delivery";
import { EmailKind } from "./email-kind";
import { planSellerDigest } from "./seller-digest";
import type { Queryable } from "../../../db/sql-values";

const WITHDRAWAL_EMAILS: Partial<Record<string, EmailKind>> = {
  [WithdrawalStatus.APPROVED]: EmailKind.WITHDRAWAL_PAID,
  [WithdrawalStatus.REJECTED]: EmailKind.WITHDRAWAL_REJECTED,
};

interface AffiliateRecipient {
  email: string;
  optedOut: boolean;
}

/** Where an affiliate's e-mail goes (the address as it is now), and whether they unsubscribed. */
async function affiliateRecipient(
  m: Queryable,
  affiliateId: unknown,
): Promise<AffiliateRecipient | null> {
  const [row] = await m.query(
    `SELECT a.email, o.user_id AS opted_out FROM affiliates a
     LEFT JOIN email_opt_outs o ON o.user_id = a.user_id WHERE a.id = ?`,
    [String(affiliateId)],
  );
  return row ? { email: String(row.email), optedOut: row.opted_out !== null } : null;
}

/**
 * Who gets an e-mail of an event: the affiliate when their withdrawal is processed (always) or they
 * are switched off or on (unless unsubscribed); the seller's hourly digest of withdrawal requests.
 */
export class EmailPlanner implements DeliveryPlanner {
  async plan(m: Queryable, event: OutboxEventRecord): Promise<PlannedDelivery[]> {
    switch (event.type) {
      case WebhookEventType.WITHDRAWAL_PROCESSED: {
        const withdrawal = event.data.withdrawal as { status: string; affiliate: { id: string } };
        const emailKind = WITHDRAWAL_EMAILS[withdrawal.status];
        const recipient = await affiliateRecipient(m, withdrawal.affiliate.id);
        if (!emailKind || !recipient) return [];
        return [{ channel: DeliveryChannel.EMAIL, emailTo: recipient.email, emailKind }];
      }
      case WebhookEventType.AFFILIATE_STATUS_CHANGED: {
        const affiliate = event.data.affiliate as { id: string; status: string };
        const recipient = await affiliateRecipient(m, affiliate.id);
        if (!recipient || recipient.optedOut) return [];
        const emailKind = EmailKind.AFFILIATE_SWITCHED;
        return [{ channel: DeliveryChannel.EMAIL, emailTo: recipient.email, emailKind }];
      }
      case WebhookEventType.WITHDRAWAL_REQUESTED:
        return planSellerDigest(m, event);
      default:
        return [];
    }
  }
}

/** Whether an affiliate payload says switched on. */
export const isSwitchedOn = (status: unknown): boolean => status === AffiliateStatus.ACTIVE;
