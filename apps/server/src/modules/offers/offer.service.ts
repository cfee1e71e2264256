import {
  Forbidden,
  NotFound,
  type OfferModel,
  type OfferService as OfferServiceApi,
  type Viewer,
} from "@allyhut/schema/domain";
import { insertRow, UTC_NOW } from "../../db/insert-row";
import { isRowId } from "../../db/sql-values";
import { inEntityTransaction } from "../../db/transaction";
import { AffiliateLoaders } from "../affiliates/affiliate.loaders";
import type { ServiceDeps } from "../service-deps";
import { changedOffer, checkOfferInput, type OfferInput } from "./offer-rules";
import { Offer } from "./offer.entity";
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
    const offerId = await insertRow(this.deps.db, Offer, {
      sellerId,
      ...offer,
      active: true,
      createdAt: UTC_NOW,
    });
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
    const offerId = await inEntityTransaction(this.deps.db, async (m) => {
      // Locked: two changes at once would each judge the commission against the other's old price.
      // The offer row only (no join): a sale locks the seller row before its insert reads the offer.
      const current = await m.getRepository(Offer).findOne({
        where: { id: input.offerId, sellerId },
        lock: { mode: "pessimistic_write" },
      });
      if (!current) throw new NotFound("Offer");
      // Recorded commissions keep their amounts: a new commission counts from the next sale on.
      await m.getRepository(Offer).update({ id: current.id }, changedOffer(current, input));
      return current.id;
    });
    this.deps.log.info({ offerId, sellerId }, "offer updated");
    // Committed: later aliases read the offer, the catalogue and the promotions (with their offer) again.
    this.loaders.forgetOffer(sellerId, offerId);
    this.affiliateLoaders.promotions.clearAll();
    return this.loaders.offers.load(offerId);
  }

  byId(offerId: string): OfferModel | Promise<OfferModel> {
    return this.loaders.byId(offerId);
  }
}

function sellerOf(viewer: Viewer): string {
  if (!viewer.sellerId) throw new Forbidden("Create a seller first.");
  return viewer.sellerId;
}
