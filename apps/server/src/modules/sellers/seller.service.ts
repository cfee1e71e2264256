import {
  AlreadyExists,
  Forbidden,
  type OfferModel,
  type PublicSellerModel,
  type SellerModel,
  type SellerService as SellerServiceApi,
  type Viewer,
} from "@allyhut/schema/domain";
import type DataLoader from "dataloader";
import { insertRow, UTC_NOW } from "../../db/insert-row";
import { isDuplicateKey } from "../../db/sql-values";
import { OfferLoaders } from "../offers/offer.loaders";
import { rowLoader } from "../paging";
import type { ServiceDeps } from "../service-deps";
import {
  checkSellerInput,
  checkSellerSettings,
  type SellerInput,
  type SellerSettingsInput,
} from "./seller-rules";
import { Seller } from "./seller.entity";
import { SELLER_COLUMNS, sellerFrom } from "./seller.row";

/** Sellers (a user owns at most one) and their catalogues; batched per request. */
export class SellerService implements SellerServiceApi {
  private readonly sellers: DataLoader<string, SellerModel>;

  // Built alone (as in tests), a service has offer loaders of its own.
  constructor(
    private readonly deps: ServiceDeps,
    private readonly offerLoaders = new OfferLoaders(deps.db),
  ) {
    this.sellers = rowLoader(
      deps.db,
      `SELECT ${SELLER_COLUMNS}, s.id AS loader_key FROM sellers s`,
      "s.id",
      sellerFrom,
      (sellerId) => new Error(`seller ${sellerId} does not exist`),
    );
  }

  async create(viewer: Viewer, input: SellerInput): Promise<SellerModel> {
    const seller = checkSellerInput(input);
    if (viewer.sellerId) throw alreadyASeller();
    try {
      // The unique keys decide: one seller per owner, one seller per slug, also under races.
      const sellerId = await insertRow(this.deps.db, Seller, {
        ownerUserId: viewer.userId,
        ...seller,
        createdAt: UTC_NOW,
      });
      const created = { id: sellerId, ...seller, minimumPayoutCents: 0 };
      this.deps.viewerChanged?.(viewer.userId);
      this.deps.log.info({ sellerId: created.id, userId: viewer.userId }, "seller created");
      return created;
    } catch (error) {
      if (isDuplicateKey(error, "uq_sellers_owner")) throw alreadyASeller();
      if (isDuplicateKey(error, "uq_sellers_slug")) {
        throw new AlreadyExists("This slug is taken; choose another one.", "slug");
      }
      throw error;
    }
  }

  /** The viewer's own seller only: the id comes from the session, never from the input. */
  async updateSettings(viewer: Viewer, input: SellerSettingsInput): Promise<SellerModel> {
    if (!viewer.sellerId) throw new Forbidden("Create a seller first.");
    const sellerId = viewer.sellerId;
    const changes = checkSellerSettings(input);
    if (Object.keys(changes).length > 0) {
      await this.deps.db.getRepository(Seller).update({ id: sellerId }, changes);
      this.deps.log.info({ sellerId, changed: Object.keys(changes) }, "seller settings updated");
    }
    // Committed: later aliases and fields of this request read the new settings.
    this.sellers.clear(sellerId);
    return this.sellers.load(sellerId);
  }

  async bySlug(slug: string): Promise<PublicSellerModel | null> {
    const seller = await this.deps.db.getRepository(Seller).findOne({
      select: { name: true, slug: true, currencyCode: true, minimumPayoutCents: true },
      where: { slug: String(slug ?? "").trim() },
    });
    if (!seller) return null;
    return {
      name: seller.name,
      slug: seller.slug,
      currencyCode: seller.currencyCode,
      minimumPayoutCents: seller.minimumPayoutCents,
    };
  }

  byId(sellerId: string): Promise<SellerModel> {
    return this.sellers.load(sellerId);
  }

  offersOf(sellerId: string): Promise<OfferModel[]> {
    return this.offerLoaders.offersOfSeller.load(sellerId);
  }
}

const alreadyASeller = (): AlreadyExists =>
  new AlreadyExists("You already have a seller; a user can own only one.");
