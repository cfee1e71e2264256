import { Column, Entity, Generated, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { centsColumn, idColumn, timestampColumn, primaryIdColumn } from "../../db/column-types";
import { User } from "../users/user.entity";

/** A seller (course creator) and its affiliate center; owned by one user. */
@Entity({ name: "sellers" })
@Index("uq_sellers_owner", ["ownerUserId"], { unique: true })
@Index("uq_sellers_slug", ["slug"], { unique: true })
export class Seller {
  @PrimaryColumn(primaryIdColumn("id"))
  @Generated("increment")
  id!: string;

  @Column(idColumn("owner_user_id"))
  @ForeignKey(() => User, { name: "fk_sellers_owner", onDelete: "RESTRICT", onUpdate: "RESTRICT" })
  ownerUserId!: string;

  @Column({ type: "varchar", length: 100, name: "name" })
  name!: string;

  @Column({ type: "varchar", length: 60, name: "slug" })
  slug!: string;

  /** ISO 4217, two minor digits. */
  @Column({ type: "char", length: 3, name: "currency_code" })
  currencyCode!: string;

  @Column(timestampColumn("created_at", { defaultNow: true }))
  createdAt!: Date;

  /** Every commission recorded for the seller's affiliates, reversed ones included: only grows. */
  @Column(centsColumn("recorded_commission_cents", { default: 0 }))
  recordedCommissionCents!: number;

  /** The smallest withdrawal an affiliate may request; 0 is no minimum. */
  @Column(centsColumn("minimum_payout_cents", { default: 0 }))
  minimumPayoutCents!: number;
}
