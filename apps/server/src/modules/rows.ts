// Rows of the tables the user, seller, offer and affiliate services own, and how they become models.
import type {
  AffiliateModel,
  OfferModel,
  OfferPromotionModel,
  SellerModel,
  UserModel,
} from "@allyhut/schema/domain";
import { WithdrawalStatus } from "@allyhut/schema";
import type { AffiliateStatus, CommissionType, PaymentMethod } from "@allyhut/schema";
import DataLoader from "dataloader";
import { canonicalId, centsFrom, idFrom, isRowId, type Queryable } from "../db/sql-values";

/** A row as mysql2 gives it: BIGINTs as numbers (or strings past 2^53), DATETIMEs as Dates. */
export type Row = Record<string, unknown>;

export const USER_COLUMNS = "u.id, u.name, u.email";

export const userFrom = (row: Row): UserModel => ({
  id: idFrom(row.id),
  name: row.name as string,
  email: row.email as string,
});

export const SELLER_COLUMNS = "s.id, s.name, s.slug, s.currency_code";

export const sellerFrom = (row: Row): SellerModel => ({
  id: idFrom(row.id),
  name: row.name as string,
  slug: row.slug as string,
  currencyCode: row.currency_code as string,
});

/** Use with OFFER_FROM (offer `o`, seller `s`). */
export const OFFER_COLUMNS = `o.id, o.seller_id, o.name, o.price_cents, o.commission_type,
  o.commission_value, o.active, o.url, s.currency_code`;

export const OFFER_FROM = "FROM offers o JOIN sellers s ON s.id = o.seller_id";

export const offerFrom = (row: Row): OfferModel => ({
  id: idFrom(row.id),
  sellerId: idFrom(row.seller_id),
  name: row.name as string,
  priceCents: centsFrom(row.price_cents),
  commissionType: row.commission_type as CommissionType,
  commissionValueHundredths: centsFrom(row.commission_value),
  active: Number(row.active) === 1,
  url: (row.url as string | null) ?? null,
  currencyCode: row.currency_code as string,
});

/** The offer `o` beside another table's row (a promotion, a commission): its columns as offer_*. */
export const OFFER_PART_COLUMNS = `o.seller_id AS offer_seller_id, o.name AS offer_name,
  o.price_cents AS offer_price_cents, o.commission_type AS offer_commission_type,
  o.commission_value AS offer_commission_value, o.active AS offer_active, o.url AS offer_url`;

/** The offer of a row with OFFER_PART_COLUMNS, given its id (the row's own offer_id column). */
export const offerPartFrom = (row: Row, offerId: unknown): OfferModel =>
  offerFrom({
    id: offerId,
    seller_id: row.offer_seller_id,
    name: row.offer_name,
    price_cents: row.offer_price_cents,
    commission_type: row.offer_commission_type,
    commission_value: row.offer_commission_value,
    active: row.offer_active,
    url: row.offer_url,
    currency_code: row.currency_code,
  });

/** Use with AFFILIATE_FROM (affiliate `a`, seller `s`). */
export const AFFILIATE_COLUMNS = `a.id, a.seller_id, a.user_id, a.name, a.email, a.status,
  a.joined_at, a.referral_code, a.payment_method, a.payout_account, a.sales_count, a.earned_cents,
  a.pending_cents, a.paid_cents, a.pending_count, a.approved_count, a.rejected_count,
  s.currency_code`;

export const AFFILIATE_FROM = "FROM affiliates a JOIN sellers s ON s.id = a.seller_id";

export const affiliateFrom = (row: Row): AffiliateModel => ({
  id: idFrom(row.id),
  sellerId: idFrom(row.seller_id),
  userId: idFrom(row.user_id),
  name: row.name as string,
  email: row.email as string,
  status: row.status as AffiliateStatus,
  joinedAt: row.joined_at as Date,
  referralCode: row.referral_code as string,
  paymentMethod: row.payment_method as PaymentMethod,
  payoutAccount: row.payout_account as string,
  salesCount: Number(row.sales_count),
  earnedCents: centsFrom(row.earned_cents),
  pendingCents: centsFrom(row.pending_cents),
  paidCents: centsFrom(row.paid_cents),
  pendingWithdrawalCount: Number(row.pending_count),
  currencyCode: row.currency_code as string,
});

/** An affiliate's withdrawals by status, from its running totals (a row of AFFILIATE_COLUMNS). */
export type WithdrawalCounts = Record<WithdrawalStatus, number>;

export const withdrawalCountsFrom = (row: Row): WithdrawalCounts => ({
  [WithdrawalStatus.PENDING]: Number(row.pending_count),
  [WithdrawalStatus.APPROVED]: Number(row.approved_count),
  [WithdrawalStatus.REJECTED]: Number(row.rejected_count),
});

/** Use with PROMOTION_FROM (promotion `p`, affiliate `a`, seller `s`). */
export const PROMOTION_COLUMNS = `p.affiliate_id, p.offer_id, p.promoted_since, p.sales_count,
  p.commission_cents, s.currency_code`;

export const PROMOTION_FROM = `FROM offer_promotions p JOIN affiliates a ON a.id = p.affiliate_id
  JOIN sellers s ON s.id = a.seller_id`;

export const promotionFrom = (row: Row): OfferPromotionModel => ({
  affiliateId: idFrom(row.affiliate_id),
  offerId: idFrom(row.offer_id),
  promotedSince: row.promoted_since as Date,
  salesCount: Number(row.sales_count),
  commissionCents: centsFrom(row.commission_cents),
  currencyCode: row.currency_code as string,
});

/** A promotion with its offer `o`: a page of promotions then needs no statement for the offers. */
export const PROMOTION_WITH_OFFER_COLUMNS = `${PROMOTION_COLUMNS}, ${OFFER_PART_COLUMNS}`;

export const PROMOTION_WITH_OFFER_FROM = `${PROMOTION_FROM} JOIN offers o ON o.id = p.offer_id`;

export const promotionWithOfferFrom = (row: Row): PromotionWithOffer => ({
  promotion: promotionFrom(row),
  offer: offerPartFrom(row, row.offer_id),
});

/** A promotion and the offer read with it (which primes the request's offer loader). */
export interface PromotionWithOffer {
  promotion: OfferPromotionModel;
  offer: OfferModel;
}

/** With AFFILIATE_FROM and PROMOTIONS_OF_AFFILIATE_JOIN: one row per promotion (or one without). */
export const PROMOTION_OF_AFFILIATE_COLUMNS = `p.offer_id AS promo_offer_id,
  p.promoted_since AS promo_since, p.sales_count AS promo_sales_count,
  p.commission_cents AS promo_commission_cents, ${OFFER_PART_COLUMNS}`;

export const PROMOTIONS_OF_AFFILIATE_JOIN = `LEFT JOIN offer_promotions p ON p.affiliate_id = a.id
  LEFT JOIN offers o ON o.id = p.offer_id`;

export const PROMOTIONS_OF_AFFILIATE_ORDER = "p.promoted_since, p.offer_id";

/** The promotion of a row of PROMOTION_OF_AFFILIATE_COLUMNS; null on the row of an affiliate without. */
export const promotionOfAffiliateFrom = (row: Row): PromotionWithOffer | null =>
  row.promo_offer_id == null
    ? null
    : promotionWithOfferFrom({
        ...row,
        affiliate_id: row.id,
        offer_id: row.promo_offer_id,
        promoted_since: row.promo_since,
        sales_count: row.promo_sales_count,
        commission_cents: row.promo_commission_cents,
      });

/**
 * A per-request loader of one record per key: one `WHERE <keyColumn> IN (?)` statement for all the
 * keys asked for in a tick. `select` must name the key `loader_key`. `missing(key)` is what a key without a row gives (null, or an Error).
 */
export function rowLoader<T>(
  db: Queryable,
  select: string,
  keyColumn: string,
  toModel: (row: Row) => T,
  missing: (key: string) => T | Error,
): DataLoader<string, T> {
  return new DataLoader<string, T, string>(
    async (keys) => {
      const ids = [...new Set(keys.filter(isRowId))];
      const rows: Row[] = ids.length
        ? await db.query(`${select} WHERE ${keyColumn} IN (?)`, [ids])
        : [];
      const byKey = new Map(rows.map((row) => [idFrom(row.loader_key), toModel(row)]));
      return keys.map((key) => byKey.get(canonicalId(key)) ?? missing(key));
    },
    { cacheKeyFn: canonicalId },
  );
}

/** A per-request loader of every record per key (e.g. a seller's offers), in the statement's order. */
export function groupLoader<T>(
  db: Queryable,
  select: string,
  keyColumn: string,
  orderBy: string,
  toModel: (row: Row) => T,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[], string>(
    async (keys) => {
      const ids = [...new Set(keys.filter(isRowId))];
      const rows: Row[] = ids.length
        ? await db.query(`${select} WHERE ${keyColumn} IN (?) ORDER BY ${orderBy}`, [ids])
        : [];
      const byKey = new Map<string, T[]>();
      for (const row of rows) {
        const key = idFrom(row.loader_key);
        const group = byKey.get(key) ?? [];
        group.push(toModel(row));
        byKey.set(key, group);
      }
      return keys.map((key) => byKey.get(canonicalId(key)) ?? []);
    },
    { cacheKeyFn: canonicalId },
  );
}
