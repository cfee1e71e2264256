import {
  Forbidden,
  NotFound,
  type OfferModel,
  type OfferService as OfferServiceApi,
  type Viewer,
} from "@allyhut/schema/domain";
import { idFrom, isRowId } from "../../db/sql-values";
import { inTransaction } from "../../db/transaction";
import { AffiliateLoaders } from "../affiliates/affiliate.loaders";
import { offerFrom } from "../rows";
import type { ServiceDeps } from "../service-deps";
import { changedOffer, checkOfferInput, type OfferInput } from "./offer-rules";
import { OfferLoaders } from "./offer.loaders";

/** A seller's offers. Reads are by id only: callers reach an offer through a record they may see. */
export class OfferService implements OfferServiceApi {
  // Built alone (as in tests), a service has loaders of its own.
  constructor(
    private readonly deps: ServiceDeps,
    private readonly loaders = new OfferLoaders(deps.db),
    private readonly affiliateLoaders = new AffiliateLoaders(deps.db),
  ) {}

  async create(viewer: Viewer, input: OfferInput): Promise<OfferModel> {
    const sellerId = sellerOf(viewer);
    const offer = checkOfferInput(input);
    // The seller comes from the session, never from the input; the load adds its currency.
    const inserted = await this.deps.db.query(
      `INSERT INTO offers (seller_id, name, price_cents, commission_type, commission_value, url,
         active, created_at)
       VALUES (?, ?, ?, ?, ?, ?, 1, UTC_TIMESTAMP(3))`,
      [
        sellerId,
        offer.name,
        offer.priceCents,
        offer.commissionType,
        offer.commissionValueHundredths,
        offer.url,
      ],
    );
    const offerId = idFrom(inserted.insertId);
    this.deps.log.info({ offerId, sellerId }, "offer created");
    this.loaders.forgetOffer(sellerId, offerId);
    return this.loaders.offers.load(offerId);
  }

  async update(
    viewer: Viewer,
    input: Parameters<OfferServiceApi["update"]>[1],
  ): Promise<OfferModel> {
    const sellerId = sellerOf(viewer);
    if (!isRowId(input.offerId)) throw new NotFound("Offer");
    const offerId = await inTransaction(this.deps.db, async (m) => {
      // Locked: two changes at once would each judge the commission against the other's old price.
      // The offer row only (no join): a sale locks the seller row before its insert reads the offer.
      const [row] = await m.query(
        `SELECT id, seller_id, name, price_cents, commission_type, commission_value, active, url
         FROM offers WHERE id = ? AND seller_id = ? FOR UPDATE`,
        [input.offerId, sellerId],
      );
      if (!row) throw new NotFound("Offer");
      const offer = changedOffer(offerFrom(row), input);
      // Recorded commissions keep their amounts: a new commission counts from the next sale on.
      await m.query(
        `UPDATE offers SET name = ?, price_cents = ?, commission_type = ?, commission_value = ?,
           url = ?, active = ? WHERE id = ?`,
        [
          offer.name,
          offer.priceCents,
          offer.commissionType,
          offer.commissionValueHundredths,
          offer.url,
          offer.active,
          row.id,
        ],
      );
      return idFrom(row.id);
    });
    this.deps.log.info({ offerId, sellerId }, "offer updated");
    // Committed: later aliases read the offer, the catalogue and the promotions (with their offer) again.
    this.loaders.forgetOffer(sellerId, offerId);
    this.affiliateLoaders.promotions.clearAll();
    return this.loaders.offers.load(offerId);
  }

  byId(offerId: string): Promise<OfferModel> {
    return this.loaders.offers.load(offerId);
  }
}

function sellerOf(viewer: Viewer): string {
  if (!viewer.sellerId) throw new Forbidden("Create a seller first.");
  return viewer.sellerId;
}
