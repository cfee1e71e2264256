import {
  forbidden,
  notFound,
  type OfferModel,
  type OfferService as OfferServiceApi,
  type Viewer,
} from "@allyhut/schema/graphql";
import type DataLoader from "dataloader";
import { idFrom } from "../../db/sql-values";
import { OFFER_COLUMNS, OFFER_FROM, offerFrom, rowLoader } from "../rows";
import type { ServiceDeps } from "../service-deps";
import { checkOfferInput, type OfferInput } from "./offer-rules";

/** A seller's offers. Reads are by id only: callers reach an offer through a record they may see. */
export class OfferService implements OfferServiceApi {
  private readonly offers: DataLoader<string, OfferModel>;

  constructor(private readonly deps: ServiceDeps) {
    this.offers = rowLoader(
      deps.db,
      `SELECT ${OFFER_COLUMNS}, o.id AS loader_key ${OFFER_FROM}`,
      "o.id",
      offerFrom,
      () => notFound("Offer"),
    );
  }

  async create(viewer: Viewer, input: OfferInput): Promise<OfferModel> {
    if (!viewer.sellerId) throw forbidden("Create a seller first.");
    const offer = checkOfferInput(input);
    // The seller comes from the session, never from the input; the load adds its currency.
    const inserted = await this.deps.db.query(
      `INSERT INTO offers (seller_id, name, price_cents, commission_type, commission_value, active,
         created_at)
       VALUES (?, ?, ?, ?, ?, 1, UTC_TIMESTAMP(3))`,
      [
        viewer.sellerId,
        offer.name,
        offer.priceCents,
        offer.commissionType,
        offer.commissionValueHundredths,
      ],
    );
    const offerId = idFrom(inserted.insertId);
    this.deps.log.info({ offerId, sellerId: viewer.sellerId }, "offer created");
    return this.offers.load(offerId);
  }

  byId(offerId: string): Promise<OfferModel> {
    return this.offers.load(offerId);
  }
}
