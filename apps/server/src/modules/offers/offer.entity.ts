import type { CommissionType } from "@allyhut/schema";
import { Column, Entity, Generated, ForeignKey, Index, PrimaryColumn } from "typeorm";
import {
  centsColumn,
  enumColumn,
  idColumn,
  timestampColumn,
  primaryIdColumn,
} from "../../db/column-types";
import { Seller } from "../sellers/seller.entity";

/** Something a seller sells, with the commission its affiliates earn per sale. */
@Entity({ name: "offers" })
@Index("ix_offers_seller", ["sellerId", "id"])
export class Offer {
  @PrimaryColumn(primaryIdColumn("id"))
  @Generated("increment")
  id!: string;

  @Column(idColumn("seller_id"))
  @ForeignKey(() => Seller, {
    name: "fk_offers_seller",
    onDelete: "RESTRICT",
    onUpdate: "RESTRICT",
  })
  sellerId!: string;

  @Column({ type: "varchar", length: 200, name: "name" })
  name!: string;

  @Column(centsColumn("price_cents"))
  priceCents!: number;

  @Column(enumColumn("commission_type"))
  commissionType!: CommissionType;

  /** Hundredths: percent × 100 for PERCENTAGE, cents for FLAT. */
  @Column(
    centsColumn("commission_value", {
      comment: "hundredths: percent x 100 for PERCENTAGE, cents for FLAT",
    }),
  )
  commissionValueHundredths!: number;

  @Column({ type: "boolean", name: "active", default: true })
  active!: boolean;

  /** The sales page referral links point to (https), or null. */
  @Column({ type: "varchar", length: 2000, name: "url", nullable: true })
  url!: string | null;

  /** Days each new commission stays on hold (the refund window), 0–365. */
  @Column({ type: "smallint", unsigned: true, name: "hold_days", default: 0 })
  holdDays!: number;

  @Column(timestampColumn("created_at", { defaultNow: true }))
  createdAt!: Date;
}
