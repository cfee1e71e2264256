import { formatMoneyText, parseDecimalToCents } from "@allyhut/schema";
import type { ReactElement } from "react";
import type { DataSource } from "typeorm";
import type { ClaimedDelivery } from "../delivery";
import { EmailKind } from "./email-kind";
import { isSwitchedOn } from "./email-planner";
import { affiliateNames, affiliateOfMail, sellerOfMail } from "./mail-people";
import { gatherDigestRequests } from "./seller-digest";
import { AffiliateSwitchedEmail, affiliateSwitchedSubject } from "./templates/affiliate-switched";
import { SellerDigestEmail, sellerDigestSubject } from "./templates/seller-digest";
import { WithdrawalPaidEmail, withdrawalPaidSubject } from "./templates/withdrawal-paid";
import {
  WithdrawalRejectedEmail,
  withdrawalRejectedSubject,
} from "./templates/withdrawal-rejected";
import type { UnsubscribeTokens } from "./unsubscribe-tokens";
import type { MoneyPayload } from "../outbox-payloads";

/** What to send, before rendering: null when there is nothing to send (unsubscribed meanwhile). */
export interface ComposedEmail {
  sellerName: string;
  subject: string;
  element: ReactElement;
  /** Set on the e-mails one may turn off: the List-Unsubscribe link. */
  unsubscribeUrl: string | null;
}

export interface ComposeDeps {
  db: DataSource;
  tokens: UnsubscribeTokens;
  /** Where people reach the app (links), no trailing slash. */
  publicUrl: string;
}

/** The SPA's page where a seller pays withdrawals (apps/web router: /seller/payouts). */
const PAYOUTS_PATH = "/seller/payouts";

const moneyText = ({ amount, currencyCode }: MoneyPayload): string =>
  formatMoneyText(parseDecimalToCents(amount), currencyCode);

interface WithdrawalData {
  reference: string;
  affiliate: { id: string };
  amount: MoneyPayload;
  receiptNumber: string | null;
  paidOn: string | null;
  note: string | null;
}

/** The e-mail of a claimed delivery, from its event and the people as they are now. */
export async function composeEmail(
  deps: ComposeDeps,
  delivery: ClaimedDelivery,
): Promise<ComposedEmail | null> {
  const { event } = delivery;
  const seller = await sellerOfMail(deps.db, event.sellerId);
  const sellerName = seller.name;
  switch (delivery.emailKind) {
    case EmailKind.WITHDRAWAL_PAID:
    case EmailKind.WITHDRAWAL_REJECTED: {
      const w = event.data.withdrawal as WithdrawalData;
      const affiliate = await affiliateOfMail(deps.db, w.affiliate.id);
      const common = {
        affiliateName: affiliate.name,
        sellerName,
        amountText: moneyText(w.amount),
        reference: w.reference,
        note: w.note,
      };
      if (delivery.emailKind === EmailKind.WITHDRAWAL_REJECTED) {
        const props = common;
        const element = WithdrawalRejectedEmail(props);
        return {
          sellerName,
          subject: withdrawalRejectedSubject(props),
          element,
          unsubscribeUrl: null,
        };
      }
      const props = { ...common, receiptNumber: w.receiptNumber, paidOn: w.paidOn };
      const element = WithdrawalPaidEmail(props);
      return { sellerName, subject: withdrawalPaidSubject(props), element, unsubscribeUrl: null };
    }
    case EmailKind.AFFILIATE_SWITCHED: {
      const data = event.data.affiliate as { id: string; status: string };
      const affiliate = await affiliateOfMail(deps.db, data.id);
      if (affiliate.optedOut) return null;
      const unsubscribeUrl = await deps.tokens.link(affiliate.userId);
      const props = {
        affiliateName: affiliate.name,
        sellerName,
        active: isSwitchedOn(data.status),
        unsubscribeUrl,
      };
      const element = AffiliateSwitchedEmail(props);
      return { sellerName, subject: affiliateSwitchedSubject(props), element, unsubscribeUrl };
    }
    case EmailKind.SELLER_DIGEST: {
      const gathered = await gatherDigestRequests(deps.db, delivery.id, event.sellerId);
      if (gathered.length === 0 || seller.ownerOptedOut) return null;
      const names = await affiliateNames(deps.db, [...new Set(gathered.map((r) => r.affiliateId))]);
      const unsubscribeUrl = await deps.tokens.link(seller.ownerUserId);
      const props = {
        sellerName,
        requests: gathered.map((request) => ({
          affiliateName: names.get(request.affiliateId) ?? `Affiliate ${request.affiliateId}`,
          amountText: moneyText(request.amount),
          requestedAt: request.requestedAt,
        })),
        payoutsUrl: `${deps.publicUrl}${PAYOUTS_PATH}`,
        unsubscribeUrl,
      };
      const element = SellerDigestEmail(props);
      return { sellerName, subject: sellerDigestSubject(props), element, unsubscribeUrl };
    }
    default:
      throw new Error(`unknown e-mail kind ${String(delivery.emailKind)}`);
  }
}
