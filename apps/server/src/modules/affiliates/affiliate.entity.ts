import type { AffiliateStatus, PaymentMethod } from "@allyhut/schema";
import { Column, Entity, Generated, ForeignKey, Index, PrimaryColumn } from "typeorm";
import {
  centsColumn,
  countColumn,
  enumColumn,
  idColumn,
  primaryIdColumn,
  timestampColumn,
} from "../../db/column-types";
import { Seller } from "../sellers/seller.entity";
import { User } from "../users/user.entity";

/**
 * A user's membership of one seller's affiliate program. The running totals (sales, earned, pending,
 * paid, withdrawal counts) change in the same transaction as the rows they summarise.
 */
@Entity({ name: "affiliates" })
@Index("uq_affiliates_seller_user", ["sellerId", "userId"], { unique: true })
@Index("uq_affiliates_referral_code", ["referralCode"], { unique: true })
@Index("ix_affiliates_user", ["userId"])
@Index("ix_affiliates_seller_name", ["sellerId", "name", "id"])
@Index("ix_affiliates_seller_joined", ["sellerId", "joinedAt", "id"])
@Index("ix_affiliates_seller_sales", ["sellerId", "salesCount", "id"])
@Index("ix_affiliates_seller_earned", ["sellerId", "earnedCents", "id"])
@Index("ix_affiliates_seller_pending", ["sellerId", "pendingCents", "id"])
@Index("ix_affiliates_payout_summary", [
  "sellerId",
  "pendingCount",
  "pendingCents",
  "approvedCount",
  "paidCents",
  "rejectedCount",
  "rejectedCents",
])
export class Affiliate {
  @PrimaryColumn(primaryIdColumn("id"))
  @Generated("increment")
  id!: string;

  @Column(idColumn("seller_id"))
  @ForeignKey(() => Seller, {
    name: "fk_affiliates_seller",
    onDelete: "RESTRICT",
    onUpdate: "RESTRICT",
  })
  sellerId!: string;

  @Column(idColumn("user_id"))
  @ForeignKey(() => User, {
    name: "fk_affiliates_user",
    onDelete: "RESTRICT",
    onUpdate: "RESTRICT",
  })
  userId!: string;

  /** Copied from the user at join time, so the seller's list sorts and searches by index. */
  @Column({ type: "varchar", length: 100, name: "name" })
  name!: string;

  @Column({ type: "varchar", length: 254, name: "email" })
  email!: string;

  @Column(enumColumn("status"))
  status!: AffiliateStatus;

  @Column({ type: "varchar", length: 32, name: "referral_code" })
  referralCode!: string;

  @Column(enumColumn("payment_method"))
  paymentMethod!: PaymentMethod;

  @Column({ type: "varchar", length: 254, name: "payout_account" })
  payoutAccount!: string;

  @Column(timestampColumn("joined_at", { defaultNow: true }))
  joinedAt!: Date;

  @Column(countColumn("sales_count"))
  salesCount!: number;

  /** Commissions not reversed. */
  @Column(centsColumn("earned_cents", { default: 0 }))
  earnedCents!: number;

  /** PENDING withdrawals. */
  @Column(centsColumn("pending_cents", { default: 0 }))
  pendingCents!: number;

  /** APPROVED withdrawals. */
  @Column(centsColumn("paid_cents", { default: 0 }))
  paidCents!: number;

  @Column(countColumn("pending_count"))
  pendingCount!: number;

  @Column(countColumn("approved_count"))
  approvedCount!: number;

  @Column(countColumn("rejected_count"))
  rejectedCount!: number;

  /** REJECTED withdrawals: given back to the balance, counted for the Payouts summary. */
  @Column(centsColumn("rejected_cents", { default: 0 }))
  rejectedCents!: number;
}
