import type { PaymentMethod, WithdrawalStatus } from "@allyhut/schema";
import { Column, Entity, Generated, ForeignKey, Index, PrimaryColumn } from "typeorm";
import {
  centsColumn,
  enumColumn,
  idColumn,
  timestampColumn,
  primaryIdColumn,
} from "../../db/column-types";
import { Affiliate } from "../affiliates/affiliate.entity";
import { PayoutBatchReference } from "../payouts/payout-batch.entity";
import { Seller } from "../sellers/seller.entity";
import { User } from "../users/user.entity";

/** An affiliate's request to be paid out, with a snapshot of the payment method at request time. */
@Entity({ name: "withdrawals" })
@Index("uq_withdrawals_idempotency", ["affiliateId", "idempotencyKey"], { unique: true })
@Index("ix_withdrawals_seller_requested", ["sellerId", "requestedAt", "id"])
@Index("ix_withdrawals_seller_amount", ["sellerId", "amountCents", "id"])
@Index("ix_withdrawals_seller_status_requested", ["sellerId", "status", "requestedAt", "id"])
@Index("ix_withdrawals_seller_status_amount", ["sellerId", "status", "amountCents", "id"])
@Index("ix_withdrawals_affiliate_requested", ["affiliateId", "requestedAt", "id"])
@Index("ix_withdrawals_affiliate_status_requested", ["affiliateId", "status", "requestedAt", "id"])
@Index("ix_withdrawals_payout_batch_requested", ["payoutBatchId", "requestedAt", "id"])
@Index("ix_withdrawals_seller_receipt", ["sellerId", "receiptNumber"])
@Index("ix_withdrawals_seller_status_paid", ["sellerId", "status", "paidOn", "amountCents"])
export class Withdrawal {
  @PrimaryColumn(primaryIdColumn("id"))
  @Generated("increment")
  id!: string;

  @Column(idColumn("seller_id"))
  @ForeignKey(() => Seller, {
    name: "fk_withdrawals_seller",
    onDelete: "RESTRICT",
    onUpdate: "RESTRICT",
  })
  sellerId!: string;

  @Column(idColumn("affiliate_id"))
  @ForeignKey(() => Affiliate, {
    name: "fk_withdrawals_affiliate",
    onDelete: "RESTRICT",
    onUpdate: "RESTRICT",
  })
  affiliateId!: string;

  @Column(centsColumn("amount_cents"))
  amountCents!: number;

  @Column(enumColumn("status"))
  status!: WithdrawalStatus;

  @Column(enumColumn("payment_method"))
  paymentMethod!: PaymentMethod;

  @Column({ type: "varchar", length: 254, name: "payout_account" })
  payoutAccount!: string;

  @Column(timestampColumn("requested_at", { defaultNow: true }))
  requestedAt!: Date;

  @Column({ type: "varchar", length: 100, name: "receipt_number", nullable: true })
  receiptNumber!: string | null;

  /** YYYY-MM-DD. */
  @Column({ type: "date", name: "paid_on", nullable: true })
  paidOn!: string | null;

  @Column({ type: "text", name: "note", nullable: true })
  note!: string | null;

  @Column(timestampColumn("processed_at", { nullable: true }))
  processedAt!: Date | null;

  @Column(idColumn("processed_by_user_id", { nullable: true }))
  @ForeignKey(() => User, {
    name: "fk_withdrawals_processed_by",
    onDelete: "RESTRICT",
    onUpdate: "RESTRICT",
  })
  processedByUserId!: string | null;

  /** The client's key for a retried request: the same key answers the same withdrawal. */
  @Column({
    type: "varchar",
    length: 100,
    name: "idempotency_key",
    nullable: true,
    charset: "utf8mb4",
    collation: "utf8mb4_nopad_bin",
  })
  idempotencyKey!: string | null;

  /** The batch it is in (PENDING: only while that batch is OPEN) or was paid in. */
  @PayoutBatchReference("fk_withdrawals_payout_batch")
  payoutBatchId!: string | null;
}
