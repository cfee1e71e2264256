import { Affiliate } from "../modules/affiliates/affiliate.entity";
import { OfferPromotion } from "../modules/affiliates/offer-promotion.entity";
import { LoginThrottle } from "../modules/auth/login-throttle.entity";
import { Session } from "../modules/auth/session.entity";
import { Commission } from "../modules/commissions/commission.entity";
import { EmailOptOut } from "../modules/notifications/email-opt-out.entity";
import { MailSecret } from "../modules/notifications/mail/mail-secret.entity";
import { SellerDigestRequest } from "../modules/notifications/mail/seller-digest-request.entity";
import { SellerMailDigest } from "../modules/notifications/mail/seller-mail-digest.entity";
import { OutboxDelivery } from "../modules/notifications/outbox-delivery.entity";
import { OutboxEvent } from "../modules/notifications/outbox-event.entity";
import { WebhookEndpoint } from "../modules/notifications/webhook-endpoint.entity";
import { Offer } from "../modules/offers/offer.entity";
import { PayoutBatch } from "../modules/payouts/payout-batch.entity";
import { PayoutImport } from "../modules/payouts/payout-import.entity";
import { Seller } from "../modules/sellers/seller.entity";
import { User } from "../modules/users/user.entity";
import { WithdrawalEvent } from "../modules/withdrawals/withdrawal-event.entity";
import { WithdrawalReceiptClaim } from "../modules/withdrawals/withdrawal-receipt-claim.entity";
import { Withdrawal } from "../modules/withdrawals/withdrawal.entity";

export {
  Affiliate,
  Commission,
  EmailOptOut,
  LoginThrottle,
  MailSecret,
  Offer,
  OfferPromotion,
  OutboxDelivery,
  OutboxEvent,
  PayoutBatch,
  PayoutImport,
  Seller,
  SellerDigestRequest,
  SellerMailDigest,
  Session,
  User,
  Withdrawal,
  WithdrawalEvent,
  WithdrawalReceiptClaim,
  WebhookEndpoint,
};

/** Every entity class, one per table of the migrations. */
export const ENTITIES: Function[] = [
  User,
  Session,
  LoginThrottle,
  Seller,
  Offer,
  Affiliate,
  OfferPromotion,
  Commission,
  Withdrawal,
  WithdrawalEvent,
  PayoutBatch,
  PayoutImport,
  WithdrawalReceiptClaim,
  OutboxEvent,
  WebhookEndpoint,
  OutboxDelivery,
  EmailOptOut,
  SellerMailDigest,
  SellerDigestRequest,
  MailSecret,
];
