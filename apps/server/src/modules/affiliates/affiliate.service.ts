import {
  AlreadyExists,
  Forbidden,
  NotFound,
  Unauthenticated,
  type AffiliateListArgs,
  type AffiliateModel,
  type AffiliateService as AffiliateServiceApi,
  type ConnectionModel,
  type OfferPromotionModel,
  type OnHoldModel,
  type Viewer,
} from "@allyhut/schema/domain";
import { AffiliateStatus, type PaymentMethod } from "@allyhut/schema";
import { idFrom, isDuplicateKey, isRowId, type Queryable, type Row } from "../../db/sql-values";
import { inTransaction } from "../../db/transaction";
import { recordEvents } from "../notifications/outbox";
import { affiliateStatusChanged } from "../notifications/outbox-payloads";
import { readsOf, todayOf, type ServiceDeps } from "../service-deps";
import {
  ON_HOLD_OF_AFFILIATE_COLUMNS,
  ON_HOLD_OF_AFFILIATE_JOIN,
  onHoldFrom,
} from "./affiliate-hold";
import { pageOfAffiliates } from "./affiliate-list";
import { AffiliateLoaders } from "./affiliate.loaders";
import { AFFILIATE_COLUMNS, AFFILIATE_FROM } from "./affiliate.row";
import {
  PROMOTION_OF_AFFILIATE_COLUMNS,
  PROMOTIONS_OF_AFFILIATE_JOIN,
  PROMOTIONS_OF_AFFILIATE_ORDER,
  promotionOfAffiliateFrom,
} from "./offer-promotion.row";
import { promoteInTransaction } from "./affiliate-promotion";
import { checkPayoutDetails, checkStatus, newReferralCode } from "./affiliate-rules";

// A 50-bit code collides about never; a few fresh draws make "about" into "never".
const REFERRAL_CODE_ATTEMPTS = 5;

/** Memberships of sellers' programs: the My Affiliates list, joining, the Status toggle, promotions. */
export class AffiliateService implements AffiliateServiceApi {
  // Built alone (as in tests), a service has loaders of its own.
  constructor(
    private readonly deps: ServiceDeps,
    private readonly loaders = new AffiliateLoaders(deps.db, undefined, () => todayOf(deps)),
  ) {}

  async list(viewer: Viewer, args: AffiliateListArgs): Promise<ConnectionModel<AffiliateModel>> {
    if (!viewer.sellerId) throw new Forbidden("Only a seller has affiliates.");
    const page = await pageOfAffiliates(
      readsOf(this.deps),
      viewer.sellerId,
      args,
      this.loaders.affiliateOf,
    );
    for (const affiliate of page.nodes) this.loaders.remember(affiliate);
    return page;
  }

  async get(viewer: Viewer, affiliateId: string): Promise<AffiliateModel | null> {
    if (!isRowId(affiliateId)) return null;
    return this.findOne(readsOf(this.deps), "(a.seller_id = ? OR a.user_id = ?)", affiliateId, [
      viewer.sellerId,
      viewer.userId,
    ]);
  }

  async join(
    viewer: Viewer,
    input: { sellerSlug: string; paymentMethod: PaymentMethod; payoutAccount: string },
  ): Promise<AffiliateModel> {
    const payout = checkPayoutDetails(input);
    const [seller] = await this.deps.db.query("SELECT id FROM sellers WHERE slug = ?", [
      String(input.sellerSlug ?? "").trim(),
    ]);
    if (!seller) throw new NotFound("Seller");
    if (idFrom(seller.id) === viewer.sellerId) {
      throw new Forbidden(
        "This is your own affiliate program: a seller cannot be their own affiliate.",
      );
    }
    for (let attempt = 1; ; attempt++) {
      try {
        // Name and email are copied so the seller's list can search and sort them by index.
        const inserted = await this.deps.db.query(
          `INSERT INTO affiliates (seller_id, user_id, name, email, status, referral_code,
             payment_method, payout_account, joined_at)
           SELECT ?, u.id, u.name, u.email, ?, ?, ?, ?, UTC_TIMESTAMP(3) FROM users u WHERE u.id = ?`,
          [
            seller.id,
            AffiliateStatus.ACTIVE,
            newReferralCode(),
            payout.paymentMethod,
            payout.payoutAccount,
            viewer.userId,
          ],
        );
        if (inserted.affectedRows !== 1) throw new Unauthenticated();
        const affiliateId = idFrom(inserted.insertId);
        this.deps.log.info({ affiliateId, sellerId: idFrom(seller.id) }, "affiliate joined");
        return this.loaders.affiliates.load(affiliateId);
      } catch (error) {
        if (isDuplicateKey(error, "uq_affiliates_seller_user")) {
          throw new AlreadyExists("You are already an affiliate of this seller.");
        }
        const codeTaken = isDuplicateKey(error, "uq_affiliates_referral_code");
        if (!codeTaken || attempt >= REFERRAL_CODE_ATTEMPTS) throw error;
      }
    }
  }

  async setStatus(
    viewer: Viewer,
    input: { affiliateId: string; status: AffiliateStatus },
  ): Promise<AffiliateModel> {
    if (!viewer.sellerId) throw new Forbidden("Only the seller can switch an affiliate on or off.");
    const status = checkStatus(input.status);
    if (!isRowId(input.affiliateId)) throw new NotFound("Affiliate");
    const sellerId = viewer.sellerId;
    const affiliate = await inTransaction(this.deps.db, async (m) => {
      const update = await m.query(
        "UPDATE affiliates SET status = ? WHERE id = ? AND seller_id = ?",
        [status, input.affiliateId, sellerId],
      );
      const found = await this.findOne(m, "a.seller_id = ?", input.affiliateId, [sellerId]);
      if (!found) throw new NotFound("Affiliate");
      // Only a real switch is news: setting the status it already has tells no one anything.
      if (update.changedRows > 0) await recordEvents(m, [affiliateStatusChanged(found)]);
      return found;
    });
    this.deps.log.info({ affiliateId: affiliate.id, status }, "affiliate status set");
    return affiliate;
  }

  async updatePayoutDetails(
    viewer: Viewer,
    input: { affiliateId: string; paymentMethod: PaymentMethod; payoutAccount: string },
  ): Promise<AffiliateModel> {
    const payout = checkPayoutDetails(input);
    if (!isRowId(input.affiliateId)) throw new NotFound("Affiliate");
    // Only the affiliate's own user: the seller pays, it does not choose where to.
    await this.deps.db.query(
      "UPDATE affiliates SET payment_method = ?, payout_account = ? WHERE id = ? AND user_id = ?",
      [payout.paymentMethod, payout.payoutAccount, input.affiliateId, viewer.userId],
    );
    const affiliate = await this.findOne(this.deps.db, "a.user_id = ?", input.affiliateId, [
      viewer.userId,
    ]);
    if (!affiliate) throw new NotFound("Affiliate");
    this.deps.log.info({ affiliateId: affiliate.id }, "payout details updated");
    return affiliate;
  }

  async promoteOffer(
    viewer: Viewer,
    input: { affiliateId: string; offerId: string },
  ): Promise<OfferPromotionModel> {
    if (!isRowId(input.affiliateId)) throw new NotFound("Affiliate");
    const promotion = await inTransaction(this.deps.db, (m) =>
      promoteInTransaction(m, viewer, input),
    );
    this.loaders.forgetPromotions(promotion.affiliateId);
    return promotion;
  }

  promotionsOf(affiliateId: string): Promise<OfferPromotionModel[]> {
    return this.loaders.promotions.load(affiliateId);
  }

  byId(affiliateId: string): Promise<AffiliateModel> {
    return this.loaders.byId(affiliateId);
  }

  onHoldOf(affiliateId: string): Promise<OnHoldModel> {
    return this.loaders.onHold.load(affiliateId);
  }

  /** The affiliate with this id if it also meets `scope` (SQL on `a`), fresh from the database. */
  private async findOne(
    db: Queryable,
    scope: string,
    affiliateId: string,
    scopeParameters: unknown[],
  ): Promise<AffiliateModel | null> {
    // With its promotions and their offers, and what is on hold: an overview then needs no
    // statement for them.
    const rows: Row[] = await db.query(
      `SELECT ${AFFILIATE_COLUMNS}, ${PROMOTION_OF_AFFILIATE_COLUMNS}, ${ON_HOLD_OF_AFFILIATE_COLUMNS}
       ${AFFILIATE_FROM} ${ON_HOLD_OF_AFFILIATE_JOIN} ${PROMOTIONS_OF_AFFILIATE_JOIN}
       WHERE a.id = ? AND ${scope} ORDER BY ${PROMOTIONS_OF_AFFILIATE_ORDER}`,
      [affiliateId, this.loaders.today(), affiliateId, ...scopeParameters],
    );
    if (!rows[0]) return null;
    const affiliate = this.loaders.affiliateOf(rows[0]);
    const promotions = rows.map(promotionOfAffiliateFrom).filter((p) => p !== null);
    this.loaders.remember(affiliate, promotions, onHoldFrom(rows[0], "hold_"));
    return affiliate;
  }
}
