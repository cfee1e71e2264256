import type { OfferModel, OfferPromotionModel } from "@allyhut/schema/domain";
import { selectColumns } from "../../db/select-columns";
import { centsFrom, idFrom, type Row } from "../../db/sql-values";
import { OFFER_PART_COLUMNS, offerPartFrom } from "../offers/offer.row";
import { SELLER_CURRENCY_COLUMN } from "../sellers/seller.row";
import { OfferPromotion } from "./offer-promotion.entity";

const PROMOTION_PROPERTIES = [
  "affiliateId",
  "offerId",
  "promotedSince",
  "salesCount",
  "commissionCents",
] as const;

/** A promotion as OfferPromotionModel needs it: the entity's properties and the seller's currency. */
export type OfferPromotionRow =
  Row | (Pick<OfferPromotion, (typeof PROMOTION_PROPERTIES)[number]> & { currencyCode: string });

/** Use with PROMOTION_FROM (promotion `p`, affiliate `a`, seller `s`). */
export const PROMOTION_COLUMNS = `${selectColumns(OfferPromotion, "p", PROMOTION_PROPERTIES)},
  ${SELLER_CURRENCY_COLUMN}`;

export const PROMOTION_FROM = `FROM offer_promotions p JOIN affiliates a ON a.id = p.affiliate_id
  JOIN sellers s ON s.id = a.seller_id`;

/** A promotion from a row of PROMOTION_COLUMNS, or from the repository with the seller's currency. */
export const promotionFrom = (row: OfferPromotionRow): OfferPromotionModel => ({
  affiliateId: idFrom(row.affiliateId),
  offerId: idFrom(row.offerId),
  promotedSince: row.promotedSince as Date,
  salesCount: Number(row.salesCount),
  commissionCents: centsFrom(row.commissionCents),
  currencyCode: row.currencyCode as string,
});

/** A promotion with its offer `o`: a page of promotions then needs no statement for the offers. */
export const PROMOTION_WITH_OFFER_COLUMNS = `${PROMOTION_COLUMNS}, ${OFFER_PART_COLUMNS}`;

export const PROMOTION_WITH_OFFER_FROM = `${PROMOTION_FROM} JOIN offers o ON o.id = p.offer_id`;

export const promotionWithOfferFrom = (row: Row): PromotionWithOffer => ({
  promotion: promotionFrom(row),
  offer: offerPartFrom(row, row.offerId, row.currencyCode),
});

/** A promotion and the offer read with it (which primes the request's offer loader). */
export interface PromotionWithOffer {
  promotion: OfferPromotionModel;
  offer: OfferModel;
}

const PROMOTION_PREFIX = "promotion_";

/** With AFFILIATE_FROM and PROMOTIONS_OF_AFFILIATE_JOIN: one row per promotion (or one without). */
export const PROMOTION_OF_AFFILIATE_COLUMNS = `${selectColumns(
  OfferPromotion,
  "p",
  ["offerId", "promotedSince", "salesCount", "commissionCents"],
  PROMOTION_PREFIX,
)}, ${OFFER_PART_COLUMNS}`;

export const PROMOTIONS_OF_AFFILIATE_JOIN = `LEFT JOIN offer_promotions p ON p.affiliate_id = a.id
  LEFT JOIN offers o ON o.id = p.offer_id`;

export const PROMOTIONS_OF_AFFILIATE_ORDER = "p.promoted_since, p.offer_id";

/** The promotion of a row of PROMOTION_OF_AFFILIATE_COLUMNS; null on the row of an affiliate without. */
// Read by name from the promotion_ columns: no copy of the row, no intermediate object.
export function promotionOfAffiliateFrom(row: Row): PromotionWithOffer | null {
  const offerId = row.promotion_offerId;
  if (offerId == null) return null;
  return {
    promotion: {
      affiliateId: idFrom(row.id),
      offerId: idFrom(offerId),
      promotedSince: row.promotion_promotedSince as Date,
      salesCount: Number(row.promotion_salesCount),
      commissionCents: centsFrom(row.promotion_commissionCents),
      currencyCode: row.currencyCode as string,
    },
    offer: offerPartFrom(row, offerId, row.currencyCode),
  };
}
