import {
  AffiliateDisabled,
  BadInput,
  NotFound,
  type OfferPromotionModel,
  type Viewer,
} from "@allyhut/schema/domain";
import { AffiliateStatus } from "@allyhut/schema";
import { PROMOTION_COLUMNS, PROMOTION_FROM, promotionFrom } from "./offer-promotion.row";
import { isRowId, type Queryable } from "../../db/sql-values";

/**
 * promoteOffer inside its transaction: the affiliate's own user, an ACTIVE affiliate, an active offer
 * of the same seller. Promoting again answers the existing promotion.
 */
export async function promoteInTransaction(
  m: Queryable,
  viewer: Viewer,
  input: { affiliateId: string; offerId: string },
): Promise<OfferPromotionModel> {
  // Locked like recordSale does, so a concurrent Status toggle is seen before or after, not during.
  const [affiliate] = await m.query(
    "SELECT id, seller_id, status FROM affiliates WHERE id = ? AND user_id = ? FOR UPDATE",
    [input.affiliateId, viewer.userId],
  );
  if (!affiliate) throw new NotFound("Affiliate");
  if (affiliate.status !== AffiliateStatus.ACTIVE) {
    throw new AffiliateDisabled(
      "The seller has switched this affiliate off: it cannot promote offers.",
    );
  }
  const [offer] = isRowId(input.offerId)
    ? await m.query("SELECT id, active FROM offers WHERE id = ? AND seller_id = ?", [
        input.offerId,
        affiliate.seller_id,
      ])
    : [];
  if (!offer) throw new NotFound("Offer");
  if (Number(offer.active) !== 1) throw new BadInput("offerId", "This offer is not active.");
  // Promoting again keeps the first promotion, its date and its totals.
  await m.query(
    `INSERT INTO offer_promotions (affiliate_id, offer_id, promoted_since)
     VALUES (?, ?, UTC_TIMESTAMP(3)) ON DUPLICATE KEY UPDATE affiliate_id = affiliate_id`,
    [affiliate.id, offer.id],
  );
  const [row] = await m.query(
    `SELECT ${PROMOTION_COLUMNS} ${PROMOTION_FROM} WHERE p.affiliate_id = ? AND p.offer_id = ?`,
    [affiliate.id, offer.id],
  );
  return promotionFrom(row);
}
