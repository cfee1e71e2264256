import { WebhookEventType, formatCents, withdrawalReference } from "@allyhut/schema";
import type { AffiliateModel, CommissionModel, WithdrawalModel } from "@allyhut/schema/domain";
import type { OutboxEventInput } from "./outbox";

// The changed object as the API shows it: the GraphQL field names, Money as the API's
// { amount: "3.00", currencyCode }, instants as ISO 8601, related objects by id. Payloads are frozen
// at the change.

const iso = (at: Date | null): string | null => (at ? at.toISOString() : null);

/** The API's Money object. */
export interface MoneyPayload {
  amount: string;
  currencyCode: string;
}

const money = (cents: number, currencyCode: string): MoneyPayload => ({
  amount: formatCents(cents),
  currencyCode,
});

export function withdrawalPayload(withdrawal: WithdrawalModel): Record<string, unknown> {
  return {
    withdrawal: {
      id: withdrawal.id,
      reference: withdrawalReference(withdrawal.id),
      affiliate: { id: withdrawal.affiliateId },
      amount: money(withdrawal.amountCents, withdrawal.currencyCode),
      status: withdrawal.status,
      paymentMethod: withdrawal.paymentMethod,
      payoutAccount: withdrawal.payoutAccount,
      requestedAt: iso(withdrawal.requestedAt),
      processedAt: iso(withdrawal.processedAt),
      receiptNumber: withdrawal.receiptNumber,
      paidOn: withdrawal.paidOn,
      note: withdrawal.note,
      batch: withdrawal.payoutBatchId ? { id: withdrawal.payoutBatchId } : null,
    },
  };
}

export function affiliatePayload(affiliate: AffiliateModel): Record<string, unknown> {
  return {
    affiliate: {
      id: affiliate.id,
      name: affiliate.name,
      email: affiliate.email,
      status: affiliate.status,
      referralCode: affiliate.referralCode,
      joinedAt: iso(affiliate.joinedAt),
    },
  };
}

export function commissionPayload(commission: CommissionModel): Record<string, unknown> {
  return {
    commission: {
      id: commission.id,
      orderId: commission.orderId,
      affiliate: { id: commission.affiliateId },
      offer: { id: commission.offerId },
      saleAmount: money(commission.saleCents, commission.currencyCode),
      amount: money(commission.amountCents, commission.currencyCode),
      occurredAt: iso(commission.occurredAt),
      availableOn: commission.availableOn,
      reversed: commission.reversedAt !== null,
    },
  };
}

export const withdrawalRequested = (withdrawal: WithdrawalModel): OutboxEventInput => ({
  sellerId: withdrawal.sellerId,
  type: WebhookEventType.WITHDRAWAL_REQUESTED,
  data: withdrawalPayload(withdrawal),
});

export const withdrawalProcessed = (withdrawal: WithdrawalModel): OutboxEventInput => ({
  sellerId: withdrawal.sellerId,
  type: WebhookEventType.WITHDRAWAL_PROCESSED,
  data: withdrawalPayload(withdrawal),
});

export const affiliateStatusChanged = (affiliate: AffiliateModel): OutboxEventInput => ({
  sellerId: affiliate.sellerId,
  type: WebhookEventType.AFFILIATE_STATUS_CHANGED,
  data: affiliatePayload(affiliate),
});

export const saleRecorded = (sellerId: string, commission: CommissionModel): OutboxEventInput => ({
  sellerId,
  type: WebhookEventType.SALE_RECORDED,
  data: commissionPayload(commission),
});

export const saleReversed = (sellerId: string, commission: CommissionModel): OutboxEventInput => ({
  sellerId,
  type: WebhookEventType.SALE_REVERSED,
  data: commissionPayload(commission),
});
