// Plain string enums: safe for the browser; registered with GraphQL only in ./graphql.

/** Whether an affiliate may promote offers and earn new commissions. */
export enum AffiliateStatus {
  ACTIVE = "ACTIVE",
  DISABLED = "DISABLED",
}

/** Where a withdrawal request stands. PENDING → APPROVED or PENDING → REJECTED; both are final. */
export enum WithdrawalStatus {
  PENDING = "PENDING",
  APPROVED = "APPROVED",
  REJECTED = "REJECTED",
}

/** How the seller pays an affiliate out. */
export enum PaymentMethod {
  PAYPAL = "PAYPAL",
  BANK_TRANSFER = "BANK_TRANSFER",
}

/** How an offer's commission is computed. */
export enum CommissionType {
  PERCENTAGE = "PERCENTAGE",
  FLAT = "FLAT",
}

export enum SortDirection {
  ASC = "ASC",
  DESC = "DESC",
}

export enum AffiliateOrderField {
  NAME = "NAME",
  JOINED_AT = "JOINED_AT",
  SALES_COUNT = "SALES_COUNT",
  COMMISSION_TOTAL = "COMMISSION_TOTAL",
  PENDING_TOTAL = "PENDING_TOTAL",
}

export enum WithdrawalOrderField {
  REQUESTED_AT = "REQUESTED_AT",
  AMOUNT = "AMOUNT",
}

/** What became of one line of an imported sales file. */
export enum SaleImportOutcome {
  RECORDED = "RECORDED",
  ALREADY_RECORDED = "ALREADY_RECORDED",
  CONFLICT = "CONFLICT",
  UNKNOWN_REFERRAL_CODE = "UNKNOWN_REFERRAL_CODE",
  UNKNOWN_OFFER = "UNKNOWN_OFFER",
  NOT_CREDITED = "NOT_CREDITED",
  INVALID = "INVALID",
}

export enum PayoutBatchStatus {
  OPEN = "OPEN",
  CLOSED = "CLOSED",
}

/** The bulk-payment files a batch can be downloaded as. */
export enum PayoutFileFormat {
  PAYPAL_PAYOUTS = "PAYPAL_PAYOUTS",
  WISE_BATCH = "WISE_BATCH",
  GENERIC_CSV = "GENERIC_CSV",
}

/** What became of one line of an imported payout report. */
export enum PayoutImportOutcome {
  APPROVED = "APPROVED",
  ALREADY_APPROVED = "ALREADY_APPROVED",
  FAILED = "FAILED",
  UNMATCHED = "UNMATCHED",
  AMOUNT_MISMATCH = "AMOUNT_MISMATCH",
  DUPLICATE_RECEIPT = "DUPLICATE_RECEIPT",
}

/** What a withdrawal event did to the withdrawal's payout batch. */
export enum PayoutBatchAction {
  ADDED = "ADDED",
  REMOVED = "REMOVED",
}

/** What a webhook endpoint can subscribe to; each is also an outbox event's type. */
export enum WebhookEventType {
  WITHDRAWAL_REQUESTED = "WITHDRAWAL_REQUESTED",
  WITHDRAWAL_PROCESSED = "WITHDRAWAL_PROCESSED",
  AFFILIATE_STATUS_CHANGED = "AFFILIATE_STATUS_CHANGED",
  SALE_RECORDED = "SALE_RECORDED",
  SALE_REVERSED = "SALE_REVERSED",
}

/** Where one delivery (an e-mail or a webhook post) stands. */
export enum WebhookDeliveryStatus {
  PENDING = "PENDING",
  DELIVERED = "DELIVERED",
  FAILED = "FAILED",
}
