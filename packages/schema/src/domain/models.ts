// The plain records that services hand to resolvers. Money is integer cents plus the seller's currency.
import type {
  AffiliateStatus,
  CommissionType,
  PaymentMethod,
  PayoutBatchAction,
  PayoutBatchStatus,
  PayoutImportOutcome,
  SaleImportOutcome,
  WebhookDeliveryStatus,
  WebhookEventType,
  WithdrawalStatus,
} from "../enums";

export interface UserModel {
  id: string;
  name: string;
  email: string;
}

export interface SellerModel {
  id: string;
  name: string;
  slug: string;
  currencyCode: string;
  /** The smallest withdrawal an affiliate may request; 0 is no minimum. */
  minimumPayoutCents: number;
}

/** What anyone may see of a seller: the face of its affiliate center. */
export interface PublicSellerModel {
  name: string;
  slug: string;
  currencyCode: string;
  minimumPayoutCents: number;
}

export interface OfferModel {
  id: string;
  sellerId: string;
  name: string;
  priceCents: number;
  commissionType: CommissionType;
  /** Hundredths: "10.00" % is 1000 for PERCENTAGE; cents for FLAT. */
  commissionValueHundredths: number;
  active: boolean;
  /** The sales page referral links point to, or null. */
  url: string | null;
  /** Days each new commission stays on hold (the refund window), 0–365. */
  holdDays: number;
  currencyCode: string;
}

export interface AffiliateModel {
  id: string;
  sellerId: string;
  userId: string;
  name: string;
  email: string;
  status: AffiliateStatus;
  joinedAt: Date;
  referralCode: string;
  paymentMethod: PaymentMethod;
  payoutAccount: string;
  salesCount: number;
  /** Commissions earned, less reversed ones (= balance.earned). */
  earnedCents: number;
  pendingCents: number;
  paidCents: number;
  pendingWithdrawalCount: number;
  currencyCode: string;
}

/** An affiliate's commissions still inside their hold period on one UTC date. */
export interface OnHoldModel {
  onHoldCents: number;
  /** The first day part of it becomes available; null when nothing is on hold. */
  nextAvailableOn: string | null;
  /** The day all of it is available; null when nothing is on hold. */
  onHoldUntil: string | null;
}

export interface OfferPromotionModel {
  affiliateId: string;
  offerId: string;
  promotedSince: Date;
  salesCount: number;
  commissionCents: number;
  currencyCode: string;
}

export interface CommissionModel {
  id: string;
  affiliateId: string;
  offerId: string;
  orderId: string;
  saleCents: number;
  amountCents: number;
  occurredAt: Date;
  reversedAt: Date | null;
  /** "YYYY-MM-DD" (UTC): the sale's date plus the offer's hold days when it was recorded. */
  availableOn: string;
  currencyCode: string;
}

export interface WithdrawalModel {
  id: string;
  sellerId: string;
  affiliateId: string;
  amountCents: number;
  status: WithdrawalStatus;
  paymentMethod: PaymentMethod;
  payoutAccount: string;
  requestedAt: Date;
  receiptNumber: string | null;
  /** A calendar date, "YYYY-MM-DD". */
  paidOn: string | null;
  note: string | null;
  processedAt: Date | null;
  currencyCode: string;
  /** The payout batch it is (or was paid) in; null when it never was or was taken out. */
  payoutBatchId: string | null;
}

export interface WithdrawalEventModel {
  at: Date;
  actor: { id: string; name: string } | null;
  fromStatus: WithdrawalStatus | null;
  toStatus: WithdrawalStatus;
  receiptNumber: string | null;
  paidOn: string | null;
  note: string | null;
  /** Set when the event put the withdrawal into a payout batch or took it out. */
  payoutBatchId: string | null;
  batchAction: PayoutBatchAction | null;
  /** Why it left a batch: the provider's reason for a failed payment, or the seller taking it out. */
  reason: string | null;
}

export interface PayoutSummaryModel {
  pendingCount: number;
  pendingCents: number;
  approvedCount: number;
  approvedCents: number;
  rejectedCount: number;
  rejectedCents: number;
  currencyCode: string;
}

/** One line of a sales file, as typed: the service judges every value, so a bad one is that line's outcome. */
export interface SaleImportRow {
  /** The line in the seller's file (the header is line 1). */
  line: number;
  orderId: string;
  referralCode: string;
  /** The offer's id or its exact name. */
  offer: string;
  saleAmount: string;
  /** "YYYY-MM-DD" or an ISO-8601 instant; empty for now. */
  occurredAt: string;
}

export interface SaleImportLineModel {
  line: number;
  orderId: string;
  outcome: SaleImportOutcome;
  commission: CommissionModel | null;
  /** The input field at fault, for INVALID. */
  field: string | null;
  message: string | null;
}

export interface SaleImportModel {
  dryRun: boolean;
  lines: SaleImportLineModel[];
}

/** A page of a keyset-paginated list. totalCount is computed only when the client asks for it. */
export interface ConnectionModel<T> {
  nodes: T[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: () => Promise<number>;
}

/** A page whose connection also lists edges (the contract's PayoutBatchConnection): each node's cursor. */
export interface EdgeConnectionModel<T> extends ConnectionModel<T> {
  /** The cursor to pass as `after` to continue after this node. */
  cursorOf: (node: T) => string;
}

export interface PayoutBatchModel {
  id: string;
  sellerId: string;
  status: PayoutBatchStatus;
  paymentMethod: PaymentMethod;
  createdAt: Date;
  createdByUserId: string;
  /** Running totals of the withdrawals in it now (one taken out leaves them). */
  itemCount: number;
  totalCents: number;
  currencyCode: string;
}

export interface PayoutImportLineModel {
  /** 1-based line of the CSV (the header is line 1). */
  line: number;
  reference: string;
  outcome: PayoutImportOutcome;
  withdrawalId: string | null;
  message: string | null;
}

export interface PayoutImportModel {
  /** A dry run is not kept: its id is made up for the answer ("dry-run-…"). */
  id: string;
  batchId: string;
  importedAt: Date;
  dryRun: boolean;
  lines: PayoutImportLineModel[];
}

/** One payment line of a provider's report, read by the report parser and matched by the importer. */
export interface PayoutReportLine {
  /** 1-based line of the CSV (the header is line 1). */
  line: number;
  /** As written in the report; the importer matches it with withdrawalIdOfReference. */
  reference: string;
  outcome: "PAID" | "FAILED";
  /** The provider's transaction id; required for PAID. */
  receiptNumber: string | null;
  /** "YYYY-MM-DD" (UTC); required for PAID. */
  paidOn: string | null;
  /** null when the report has no amount column (the generic result CSV). */
  amountCents: number | null;
  currencyCode: string | null;
  /** The provider's words for a failed, returned or unclaimed payment. */
  reason: string | null;
}

/** One withdrawal as a payout file needs it. */
export interface PayoutFileItem {
  reference: string;
  affiliateName: string;
  affiliateEmail: string;
  paymentMethod: PaymentMethod;
  /** The affiliate's PayPal e-mail or bank details, as they entered them. */
  payoutAccount: string;
  amountCents: number;
  currencyCode: string;
  /** The seller's name, for the note the recipient sees. */
  sellerName: string;
}

/** A seller's webhook receiver (live: not deleted). The secret is never part of it. */
export interface WebhookEndpointModel {
  id: string;
  sellerId: string;
  url: string;
  eventTypes: WebhookEventType[];
  createdAt: Date;
}

/** A new endpoint and its signing secret, answered once. */
export interface CreatedWebhookEndpointModel {
  endpoint: WebhookEndpointModel;
  /** "whsec_…" */
  secret: string;
}

/** One event's post to one endpoint, as the outbox tracks it. */
export interface WebhookDeliveryModel {
  id: string;
  endpointId: string;
  eventType: WebhookEventType;
  status: WebhookDeliveryStatus;
  attempts: number;
  /** The HTTP status of the last attempt that got an answer. */
  responseStatus: number | null;
  createdAt: Date;
  deliveredAt: Date | null;
}
