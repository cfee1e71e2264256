/** Which e-mail a delivery is (outbox_deliveries.email_kind): the template it is rendered from. */
export enum EmailKind {
  /** To the affiliate: a withdrawal was approved ("You've been paid"). */
  WITHDRAWAL_PAID = "WITHDRAWAL_PAID",
  /** To the affiliate: a withdrawal was rejected, with the seller's note. */
  WITHDRAWAL_REJECTED = "WITHDRAWAL_REJECTED",
  /** To the affiliate: switched off or on. */
  AFFILIATE_SWITCHED = "AFFILIATE_SWITCHED",
  /** To the seller: the withdrawal requests that arrived, at most one e-mail an hour. */
  SELLER_DIGEST = "SELLER_DIGEST",
}

/** The e-mails that tell of money paid or refused: they go even to someone who unsubscribed. */
export const PAYMENT_EMAILS: ReadonlySet<string> = new Set([
  EmailKind.WITHDRAWAL_PAID,
  EmailKind.WITHDRAWAL_REJECTED,
]);
