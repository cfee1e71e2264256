import {
  NotFound,
  type AffiliateModel,
  type OfferPromotionModel,
  type OnHoldModel,
} from "@allyhut/schema/domain";
import { WithdrawalStatus, todayUtc } from "@allyhut/schema";
import type DataLoader from "dataloader";
import { selectColumns } from "../../db/select-columns";
import type { Queryable, Row } from "../../db/sql-values";
import { OfferLoaders } from "../offers/offer.loaders";
import { groupLoader, loaderKeyOf, rowLoader } from "../paging";
import { onHoldLoader } from "./affiliate-hold";
import { Affiliate } from "./affiliate.entity";
import {
  AFFILIATE_COLUMNS,
  AFFILIATE_FROM,
  affiliateFrom,
  withdrawalCountsFrom,
  type WithdrawalCounts,
} from "./affiliate.row";
import {
  PROMOTION_WITH_OFFER_COLUMNS,
  PROMOTION_WITH_OFFER_FROM,
  promotionFrom,
  type PromotionWithOffer,
} from "./offer-promotion.row";

const NO_WITHDRAWALS: WithdrawalCounts = {
  [WithdrawalStatus.PENDING]: 0,
  [WithdrawalStatus.APPROVED]: 0,
  [WithdrawalStatus.REJECTED]: 0,
};

const WITHDRAWAL_COUNT_COLUMNS = selectColumns(Affiliate, "a", [
  "pendingCount",
  "approvedCount",
  "rejectedCount",
]);

/**
 * One request's affiliates and their promotions, batched and cached, shared by the services of the
 * request. The mutations of a document run one after another in that request, so a service that
 * writes an affiliate forgets what was read of it: a later alias reads it again. What a statement
 * read beside an affiliate (its withdrawal counts, its promotions' offers) primes the loaders of
 * those, so asking for them later costs no statement.
 */
export class AffiliateLoaders {
  readonly affiliates: DataLoader<string, AffiliateModel>;
  readonly promotions: DataLoader<string, OfferPromotionModel[]>;
  /** Withdrawals by status, from the affiliate's running totals. */
  readonly withdrawalCounts: Pick<DataLoader<string, WithdrawalCounts>, "load">;
  private readonly countsLoader: DataLoader<string, WithdrawalCounts>;
  // Affiliates read by a list or lookup of this request, and their rows (for the counts), by id.
  private readonly read = new Map<string, AffiliateModel>();
  private readonly rowsRead = new Map<string, Row>();
  /** What is on hold today: computed from the commissions, as it changes with the date alone. */
  readonly onHold: DataLoader<string, OnHoldModel>;

  constructor(
    db: Queryable,
    private readonly offers = new OfferLoaders(db),
    /** Today's UTC date, by the services' clock. */
    readonly today: () => string = () => todayUtc(),
  ) {
    this.onHold = onHoldLoader(db, today);
    this.affiliates = rowLoader(
      db,
      `SELECT ${AFFILIATE_COLUMNS}, a.id AS loader_key ${AFFILIATE_FROM}`,
      "a.id",
      this.affiliateOf,
      () => new NotFound("Affiliate"),
    );
    this.promotions = groupLoader(
      db,
      `SELECT ${PROMOTION_WITH_OFFER_COLUMNS}, p.affiliate_id AS loader_key ${PROMOTION_WITH_OFFER_FROM}`,
      "p.affiliate_id",
      "p.affiliate_id, p.promoted_since, p.offer_id",
      promotionFrom,
      () => {
        // The affiliates of a page mostly promote the same few offers: each is built once.
        const rememberOffer = this.offers.rememberOfStatement();
        return (row) => {
          rememberOffer(row, row.offerId, row.currencyCode);
          return promotionFrom(row);
        };
      },
    );
    const countsLoader = rowLoader(
      db,
      `SELECT ${WITHDRAWAL_COUNT_COLUMNS}, a.id AS loader_key FROM affiliates a`,
      "a.id",
      withdrawalCountsFrom,
      () => NO_WITHDRAWALS,
    );
    this.countsLoader = countsLoader;
    this.withdrawalCounts = {
      load: (affiliateId) => {
        const row = this.rowsRead.get(loaderKeyOf(affiliateId));
        return row ? Promise.resolve(withdrawalCountsFrom(row)) : countsLoader.load(affiliateId);
      },
    };
  }

  /**
   * The affiliate of a row of AFFILIATE_COLUMNS. The row is kept, not mapped: its withdrawal counts
   * are read from it only if asked for (a list of 20 affiliates seldom needs them).
   */
  readonly affiliateOf = (row: Row): AffiliateModel => {
    const affiliate = affiliateFrom(row);
    this.rowsRead.set(affiliate.id, row);
    this.countsLoader.clear(affiliate.id);
    return affiliate;
  };

  /** The affiliate, at once if this request read it in a list or lookup, else through the batch. */
  byId(affiliateId: string): Promise<AffiliateModel> {
    const affiliate = this.read.get(loaderKeyOf(affiliateId));
    return affiliate ? Promise.resolve(affiliate) : this.affiliates.load(affiliateId);
  }

  /** Later loads of this request reuse what a list or lookup just read. */
  remember(
    affiliate: AffiliateModel,
    promotions?: PromotionWithOffer[],
    onHold?: OnHoldModel,
  ): void {
    this.read.set(affiliate.id, affiliate);
    if (onHold) this.onHold.clear(affiliate.id).prime(affiliate.id, onHold);
    if (promotions) {
      const models = promotions.map((promotion) => this.promotionOf(promotion));
      this.promotions.clear(affiliate.id).prime(affiliate.id, models);
    }
  }

  /** After a committed write to the affiliate's row (status, payout details, running totals). */
  forgetAffiliate(affiliateId: string): void {
    this.read.delete(loaderKeyOf(affiliateId));
    this.rowsRead.delete(loaderKeyOf(affiliateId));
    this.affiliates.clear(affiliateId);
    this.countsLoader.clear(affiliateId);
    this.onHold.clear(affiliateId);
  }

  /** After a committed write to the affiliate's promotions (a new one, or their totals). */
  forgetPromotions(affiliateId: string): void {
    this.promotions.clear(affiliateId);
  }

  private promotionOf({ promotion, offer }: PromotionWithOffer): OfferPromotionModel {
    this.offers.remember(offer);
    return promotion;
  }
}
