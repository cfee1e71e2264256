import { notFound, type AffiliateModel, type OfferPromotionModel } from "@allyhut/schema/graphql";
import type DataLoader from "dataloader";
import type { Queryable } from "../../db/sql-values";
import { AFFILIATE_COLUMNS, AFFILIATE_FROM, affiliateFrom } from "./affiliate.row";
import {
  PROMOTION_WITH_OFFER_COLUMNS,
  PROMOTION_WITH_OFFER_FROM,
  promotionWithOfferFrom,
} from "./offer-promotion.row";
import { groupLoader, rowLoader } from "../paging";

/**
 * One request's affiliates and their promotions, batched and cached, shared by the services of the
 * request. The mutations of a document run one after another in that request, so a service that
 * writes an affiliate forgets what was read of it: a later alias reads it again.
 */
export class AffiliateLoaders {
  readonly affiliates: DataLoader<string, AffiliateModel>;
  readonly promotions: DataLoader<string, OfferPromotionModel[]>;

  constructor(db: Queryable) {
    this.affiliates = rowLoader(
      db,
      `SELECT ${AFFILIATE_COLUMNS}, a.id AS loader_key ${AFFILIATE_FROM}`,
      "a.id",
      affiliateFrom,
      () => notFound("Affiliate"),
    );
    this.promotions = groupLoader(
      db,
      `SELECT ${PROMOTION_WITH_OFFER_COLUMNS}, p.affiliate_id AS loader_key ${PROMOTION_WITH_OFFER_FROM}`,
      "p.affiliate_id",
      "p.affiliate_id, p.promoted_since, p.offer_id",
      promotionWithOfferFrom,
    );
  }

  /** Later loads of this request reuse what a list or lookup just read. */
  remember(affiliate: AffiliateModel, promotions?: OfferPromotionModel[]): void {
    this.affiliates.clear(affiliate.id).prime(affiliate.id, affiliate);
    if (promotions) this.promotions.clear(affiliate.id).prime(affiliate.id, promotions);
  }

  /** After a committed write to the affiliate's row (status, payout details, running totals). */
  forgetAffiliate(affiliateId: string): void {
    this.affiliates.clear(affiliateId);
  }

  /** After a committed write to the affiliate's promotions (a new one, or their totals). */
  forgetPromotions(affiliateId: string): void {
    this.promotions.clear(affiliateId);
  }
}
