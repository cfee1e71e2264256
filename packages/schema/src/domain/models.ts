// The plain records that services hand to resolvers. Money is integer cents plus the seller's currency.
import type {
  AffiliateStatus,
  CommissionType,
  PaymentMethod,
  SaleImportOutcome,
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
}

export interface WithdrawalEventModel {
  at: Date;
  actor: { id: string; name: string } | null;
  fromStatus: WithdrawalStatus | null;
  toStatus: WithdrawalStatus;
  receiptNumber: string | null;
  paidOn: string | null;
  note: string | null;
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
