import { NotFound, type OfferModel } from "@allyhut/schema/domain";
import type DataLoader from "dataloader";
import type { Queryable, Row } from "../../db/sql-values";
import { groupLoader, rowLoader } from "../paging";
import { OFFER_COLUMNS, OFFER_FROM, offerFrom, offerPartFrom } from "./offer.row";

/**
 * One request's offers, by id and by seller, shared by the offer and seller services: after
 * createOffer or updateOffer, a later alias of the same document reads the seller's catalogue again.
 */
export class OfferLoaders {
  readonly offers: DataLoader<string, OfferModel>;
  readonly offersOfSeller: DataLoader<string, OfferModel[]>;
  // Offers read beside other rows, by id: answered without a promise (see OfferService.byId).
  private readonly read = new Map<string, OfferModel>();

  constructor(db: Queryable) {
    this.offers = rowLoader(
      db,
      `SELECT ${OFFER_COLUMNS}, o.id AS loader_key ${OFFER_FROM}`,
      "o.id",
      offerFrom,
      () => new NotFound("Offer"),
    );
    this.offersOfSeller = groupLoader(
      db,
      `SELECT ${OFFER_COLUMNS}, o.seller_id AS loader_key ${OFFER_FROM}`,
      "o.seller_id",
      "o.seller_id, o.id",
      offerFrom,
    );
  }

  /**
   * An offer read with another row (a promotion, a commission): a lookup of it needs no statement.
   * byId looks here first, and the loader itself is only asked after forgetOffer, so no priming.
   */
  remember(offer: OfferModel): void {
    this.read.set(offer.id, offer);
  }

  /**
   * For one statement whose rows carry OFFER_PART_COLUMNS: remembers each row's offer, built once
   * per offer of the statement (a page of 20 commissions names a handful of offers).
   */
  rememberOfStatement(): (row: Row, offerId: unknown, currencyCode: unknown) => void {
    const seen = new Set<unknown>();
    return (row, offerId, currencyCode) => {
      if (seen.has(offerId)) return;
      seen.add(offerId);
      this.remember(offerPartFrom(row, offerId, currencyCode));
    };
  }

  /** The offer, at once if this request read it beside another row, else through the batch. */
  byId(offerId: string): OfferModel | Promise<OfferModel> {
    return this.read.get(offerId) ?? this.offers.load(offerId);
  }

  /** After a committed write to one of the seller's offers (a new one, or a change). */
  forgetOffer(sellerId: string, offerId: string): void {
    this.read.delete(offerId);
    this.offers.clear(offerId);
    this.offersOfSeller.clear(sellerId);
  }
}
