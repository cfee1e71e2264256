// The service interfaces the resolvers call. apps/server implements them; this package never touches a database.
import type {
  AffiliateOrderField,
  AffiliateStatus,
  CommissionType,
  PaymentMethod,
  PayoutBatchStatus,
  PayoutFileFormat,
  SortDirection,
  WebhookEventType,
  WithdrawalOrderField,
  WithdrawalStatus,
} from "../enums";
import type {
  AffiliateModel,
  CommissionModel,
  ConnectionModel,
  CreatedWebhookEndpointModel,
  EdgeConnectionModel,
  OfferModel,
  OfferPromotionModel,
  OnHoldModel,
  PayoutBatchModel,
  PayoutImportModel,
  PayoutSummaryModel,
  PublicSellerModel,
  SaleImportModel,
  SaleImportRow,
  SellerModel,
  UserModel,
  WebhookDeliveryModel,
  WebhookEndpointModel,
  WithdrawalEventModel,
  WithdrawalModel,
} from "./models";
import type { ReportService } from "./reports";

/** Who is asking, always taken from the session, never from client input. */
export interface Viewer {
  userId: string;
  /** The seller the user owns, if any. */
  sellerId: string | null;
  /**
   * The user's own record when it was read with the session, so `me` needs no statement of its
   * own (a user's name and e-mail never change after sign-up).
   */
  user?: UserModel;
}

export interface PageArgs {
  /** 1..100, validated by the schema layer. */
  first: number;
  after?: string | null;
}

export interface AuthService {
  signUp(input: { name: string; email: string; password: string }): Promise<UserModel>;
  /** Throws UNAUTHENTICATED for an unknown email or a wrong password alike, RATE_LIMITED when throttled. */
  login(input: { email: string; password: string }): Promise<UserModel>;
}

/** The HTTP session of the current request: sets and clears the session cookie. */
export interface SessionControl {
  /** Starts a new session for the user (rotating any previous one) and sets the cookie. */
  signIn(userId: string): Promise<void>;
  /** Ends the current session, if any, and clears the cookie. */
  signOut(): Promise<void>;
}

export interface UserService {
  byId(userId: string): Promise<UserModel | null>;
  /** The seller the user owns, or null. */
  sellerOfUser(userId: string): Promise<SellerModel | null>;
  /** The user's memberships of sellers' programs. */
  affiliateAccounts(userId: string): Promise<AffiliateModel[]>;
}

export interface SellerService {
  create(
    viewer: Viewer,
    input: { name: string; slug: string; currencyCode: string },
  ): Promise<SellerModel>;
  /** The viewer's own seller; null fields stay as they are. */
  updateSettings(
    viewer: Viewer,
    input: { name: string | null; minimumPayoutCents: number | null },
  ): Promise<SellerModel>;
  /** The public face of an affiliate center, or null for an unknown slug; needs no viewer. */
  bySlug(slug: string): Promise<PublicSellerModel | null>;
  /** Batched per request. */
  byId(sellerId: string): Promise<SellerModel>;
  /** Batched per request. */
  offersOf(sellerId: string): Promise<OfferModel[]>;
}

export interface OfferService {
  create(
    viewer: Viewer,
    input: {
      name: string;
      priceCents: number;
      commissionType: CommissionType;
      commissionValueHundredths: number;
      url: string | null;
      /** 0 when omitted. */
      holdDays?: number | null;
    },
  ): Promise<OfferModel>;
  /** null fields stay as they are; url "" removes the url. */
  update(
    viewer: Viewer,
    input: {
      offerId: string;
      name: string | null;
      priceCents: number | null;
      commissionType: CommissionType | null;
      commissionValueHundredths: number | null;
      url: string | null;
      /** Applies to sales recorded from now on. */
      holdDays?: number | null;
      active: boolean | null;
    },
  ): Promise<OfferModel>;
  /**
   * Batched per request. An offer this request already read (beside a promotion or a commission) is
   * answered as a value, not a promise: a list's offers then resolve without a tick each.
   */
  byId(offerId: string): OfferModel | Promise<OfferModel>;
}

export interface AffiliateListArgs extends PageArgs {
  search?: string | null;
  status?: AffiliateStatus | null;
  orderBy?: { field: AffiliateOrderField; direction: SortDirection } | null;
}

export interface AffiliateService {
  list(viewer: Viewer, args: AffiliateListArgs): Promise<ConnectionModel<AffiliateModel>>;
  /** An affiliate of the viewer's seller, or the viewer's own membership; otherwise null. */
  get(viewer: Viewer, affiliateId: string): Promise<AffiliateModel | null>;
  join(
    viewer: Viewer,
    input: { sellerSlug: string; paymentMethod: PaymentMethod; payoutAccount: string },
  ): Promise<AffiliateModel>;
  setStatus(
    viewer: Viewer,
    input: { affiliateId: string; status: AffiliateStatus },
  ): Promise<AffiliateModel>;
  updatePayoutDetails(
    viewer: Viewer,
    input: { affiliateId: string; paymentMethod: PaymentMethod; payoutAccount: string },
  ): Promise<AffiliateModel>;
  promoteOffer(
    viewer: Viewer,
    input: { affiliateId: string; offerId: string },
  ): Promise<OfferPromotionModel>;
  /** Batched per request. */
  promotionsOf(affiliateId: string): Promise<OfferPromotionModel[]>;
  /** Batched per request; the affiliate may already be known to be visible (nested fields). */
  byId(affiliateId: string): Promise<AffiliateModel>;
  /** What is on hold today (UTC), batched per request; the affiliate is already known to be visible. */
  onHoldOf(affiliateId: string): Promise<OnHoldModel>;
}

/** A referred sale as the seller's checkout reports it. */
export interface RecordSaleInput {
  referralCode: string;
  offerId: string;
  orderId: string;
  saleCents: number;
  occurredAt?: Date | null;
}

export interface CommissionService {
  record(viewer: Viewer, input: RecordSaleInput): Promise<CommissionModel>;
  reverse(viewer: Viewer, orderId: string): Promise<CommissionModel>;
  /**
   * Records each row as recordSale would, and answers every row's outcome; with dryRun, the same
   * answer and nothing saved.
   */
  importSales(
    viewer: Viewer,
    input: { rows: SaleImportRow[]; dryRun: boolean },
  ): Promise<SaleImportModel>;
  /** Commissions of an affiliate the caller can already see, the latest sale first. */
  listOfAffiliate(affiliateId: string, page: PageArgs): Promise<ConnectionModel<CommissionModel>>;
}

export interface WithdrawalListArgs extends PageArgs {
  status?: WithdrawalStatus | null;
  affiliateId?: string | null;
  paymentMethod?: PaymentMethod | null;
  /** true: only those in an OPEN payout batch; false: only those in none. */
  inOpenBatch?: boolean | null;
  orderBy?: { field: WithdrawalOrderField; direction: SortDirection } | null;
}

export interface WithdrawalService {
  request(
    viewer: Viewer,
    input: { affiliateId: string; amountCents: number; idempotencyKey?: string | null },
  ): Promise<WithdrawalModel>;
  process(
    viewer: Viewer,
    input: {
      withdrawalId: string;
      status: WithdrawalStatus;
      receiptNumber?: string | null;
      paidOn?: string | null;
      note?: string | null;
      /** Accept a receipt number already on another withdrawal of the seller. */
      allowReusedReceipt?: boolean | null;
    },
  ): Promise<WithdrawalModel>;
  /** The Payouts screen: the viewer's seller's withdrawals. */
  list(viewer: Viewer, args: WithdrawalListArgs): Promise<ConnectionModel<WithdrawalModel>>;
  get(viewer: Viewer, withdrawalId: string): Promise<WithdrawalModel | null>;
  /** Batched per request; the withdrawal is already known to be visible (a payout import's lines). */
  byId(withdrawalId: string): Promise<WithdrawalModel>;
  summary(viewer: Viewer): Promise<PayoutSummaryModel>;
  /** Withdrawals of an affiliate the caller can already see, newest first. */
  listOfAffiliate(
    affiliateId: string,
    args: PageArgs & { status?: WithdrawalStatus | null },
  ): Promise<ConnectionModel<WithdrawalModel>>;
  /** Batched per request: every change, oldest first. */
  historyOf(withdrawalId: string): Promise<WithdrawalEventModel[]>;
}

/** Payout day: batches of withdrawals paid through a provider, its file, and its report imported back. */
export interface PayoutBatchService {
  create(viewer: Viewer, input: { withdrawalIds: string[] }): Promise<PayoutBatchModel>;
  /** The viewer's seller's batches, newest first. */
  list(
    viewer: Viewer,
    args: PageArgs & { status?: PayoutBatchStatus | null },
  ): Promise<EdgeConnectionModel<PayoutBatchModel>>;
  get(viewer: Viewer, batchId: string): Promise<PayoutBatchModel | null>;
  /** Batched per request; the batch may already be known to be visible (nested fields). */
  byId(batchId: string): Promise<PayoutBatchModel>;
  removeWithdrawal(viewer: Viewer, withdrawalId: string): Promise<WithdrawalModel>;
  /** Withdrawals of a batch the caller can already see, oldest request first. */
  withdrawalsOf(batchId: string, page: PageArgs): Promise<ConnectionModel<WithdrawalModel>>;
  /** The provider's upload file as CSV text. */
  file(batchId: string, format: PayoutFileFormat): Promise<string>;
  /** Imports kept for a batch the caller can already see, newest first. */
  importsOf(batchId: string): Promise<PayoutImportModel[]>;
  importResults(
    viewer: Viewer,
    input: { batchId: string; csv: string; dryRun: boolean },
  ): Promise<PayoutImportModel>;
}

/** The seller's webhook endpoints and what was posted to them. */
export interface WebhookService {
  /** The secret is answered here only; the address is checked (form, then DNS) before saving. */
  create(
    viewer: Viewer,
    input: { url: string; eventTypes: WebhookEventType[] },
  ): Promise<CreatedWebhookEndpointModel>;
  /** The viewer's seller's live endpoints, newest first. */
  list(viewer: Viewer): Promise<WebhookEndpointModel[]>;
  /** Soft: its pending deliveries become FAILED. NOT_FOUND for another seller's or a deleted one. */
  delete(viewer: Viewer, endpointId: string): Promise<boolean>;
  /** Batched per request: the newest `first` deliveries of an endpoint the caller can already see. */
  deliveriesOf(endpointId: string, first: number): Promise<WebhookDeliveryModel[]>;
}

export interface Services {
  auth: AuthService;
  users: UserService;
  sellers: SellerService;
  offers: OfferService;
  affiliates: AffiliateService;
  commissions: CommissionService;
  withdrawals: WithdrawalService;
  payoutBatches: PayoutBatchService;
  reports: ReportService;
  webhooks: WebhookService;
}
