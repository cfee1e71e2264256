import { Column, Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { centsColumn, countColumn, timestampColumn, primaryIdColumn } from "../../db/column-types";
import { Offer } from "../offers/offer.entity";
import { Affiliate } from "./affiliate.entity";

/** An offer an affiliate promotes, with that offer's running sales count and commission total. */
@Entity({ name: "offer_promotions" })
@Index("ix_offer_promotions_offer", ["offerId"])
export class OfferPromotion {
  @PrimaryColumn(primaryIdColumn("affiliate_id"))
  @ForeignKey(() => Affiliate, {
    name: "fk_offer_promotions_affiliate",
    onDelete: "RESTRICT",
    onUpdate: "RESTRICT",
  })
  affiliateId!: string;

  @PrimaryColumn(primaryIdColumn("offer_id"))
  @ForeignKey(() => Offer, {
    name: "fk_offer_promotions_offer",
    onDelete: "RESTRICT",
    onUpdate: "RESTRICT",
  })
  offerId!: string;

  @Column(timestampColumn("promoted_since", { defaultNow: true }))
  promotedSince!: Date;

  @Column(countColumn("sales_count"))
  salesCount!: number;

  /** Commissions not reversed on this offer. */
  @Column(centsColumn("commission_cents", { default: 0 }))
  commissionCents!: number;
}
