import type { PaymentMethod, PayoutBatchStatus } from "@allyhut/schema";
import { Column, Entity, Generated, ForeignKey, Index, PrimaryColumn } from "typeorm";
import {
  primaryIdColumn,
  idColumn,
  enumColumn,
  timestampColumn,
  countColumn,
  centsColumn,
} from "../../db/column-types";
import { Seller } from "../sellers/seller.entity";
import { User } from "../users/user.entity";

/**
 * Withdrawals of one payment method paid together through a provider. The running totals count the
 * withdrawals in it now (withdrawals.payout_batch_id), in the same transaction as they change.
 */
@Entity({ name: "payout_batches" })
@Index("ix_payout_batches_seller", ["sellerId", "id"])
@Index("ix_payout_batches_seller_status", ["sellerId", "status", "id"])
export class PayoutBatch {
  @PrimaryColumn(primaryIdColumn("id"))
  @Generated("increment")
  id!: string;

  @Column(idColumn("seller_id"))
  @ForeignKey(() => Seller, {
    name: "fk_payout_batches_seller",
    onDelete: "RESTRICT",
    onUpdate: "RESTRICT",
  })
  sellerId!: string;

  @Column(enumColumn("payment_method"))
  paymentMethod!: PaymentMethod;

  @Column(enumColumn("status"))
  status!: PayoutBatchStatus;

  @Column(timestampColumn("created_at", { defaultNow: true }))
  createdAt!: Date;

  @Column(idColumn("created_by_user_id"))
  @ForeignKey(() => User, {
    name: "fk_payout_batches_created_by",
    onDelete: "RESTRICT",
    onUpdate: "RESTRICT",
  })
  createdByUserId!: string;

  @Column(countColumn("item_count"))
  itemCount!: number;

  @Column(centsColumn("total_cents", { default: 0 }))
  totalCents!: number;

  @Column(timestampColumn("closed_at", { nullable: true }))
  closedAt!: Date | null;
}

/** A nullable payout_batch_id referencing payout_batches: a withdrawal's batch, or an event's. */
export function PayoutBatchReference(constraintName: string): PropertyDecorator {
  return (target, property) => {
    Column(idColumn("payout_batch_id", { nullable: true }))(target, property);
    ForeignKey(() => PayoutBatch, {
      name: constraintName,
      onDelete: "RESTRICT",
      onUpdate: "RESTRICT",
    })(target, property);
  };
}
