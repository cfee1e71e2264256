import { Column, Entity, Generated, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { centsColumn, idColumn, timestampColumn, primaryIdColumn } from "../../db/column-types";
import { Affiliate } from "../affiliates/affiliate.entity";
import { Offer } from "../offers/offer.entity";
import { Seller } from "../sellers/seller.entity";

/** One referred sale and what it earned; a refund sets `reversedAt`. */
@Entity({ name: "commissions" })
@Index("uq_commissions_seller_order", ["sellerId", "orderId"], { unique: true })
@Index("ix_commissions_affiliate_occurred", ["affiliateId", "occurredAt", "id"])
@Index("ix_commissions_seller_occurred", ["sellerId", "occurredAt", "amountCents", "reversedAt"])
@Index("ix_commissions_affiliate_available", ["affiliateId", "availableOn"])
export class Commission {
  @PrimaryColumn(primaryIdColumn("id"))
  @Generated("increment")
  id!: string;

  @Column(idColumn("seller_id"))
  @ForeignKey(() => Seller, {
    name: "fk_commissions_seller",
    onDelete: "RESTRICT",
    onUpdate: "RESTRICT",
  })
  sellerId!: string;

  @Column(idColumn("affiliate_id"))
  @ForeignKey(() => Affiliate, {
    name: "fk_commissions_affiliate",
    onDelete: "RESTRICT",
    onUpdate: "RESTRICT",
  })
  affiliateId!: string;

  @Column(idColumn("offer_id"))
  @ForeignKey(() => Offer, {
    name: "fk_commissions_offer",
    onDelete: "RESTRICT",
    onUpdate: "RESTRICT",
  })
  offerId!: string;

  /** The seller's order id: a sale is recorded once per seller and order. */
  @Column({
    type: "varchar",
    length: 100,
    name: "order_id",
    charset: "utf8mb4",
    collation: "utf8mb4_nopad_bin",
  })
  orderId!: string;

  @Column(centsColumn("sale_cents"))
  saleCents!: number;

  @Column(centsColumn("amount_cents"))
  amountCents!: number;

  @Column(timestampColumn("occurred_at"))
  occurredAt!: Date;

  @Column(timestampColumn("reversed_at", { nullable: true }))
  reversedAt!: Date | null;

  /** YYYY-MM-DD (UTC): the sale's date plus the offer's hold days when it was recorded. */
  @Column({ type: "date", name: "available_on" })
  availableOn!: string;

  @Column(timestampColumn("created_at", { defaultNow: true }))
  createdAt!: Date;
}
