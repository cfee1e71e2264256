import type { PayoutBatchAction, WithdrawalStatus } from "@allyhut/schema";
import { Column, Entity, Generated, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { enumColumn, idColumn, timestampColumn, primaryIdColumn } from "../../db/column-types";
import { PayoutBatchReference } from "../payouts/payout-batch.entity";
import { User } from "../users/user.entity";
import { Withdrawal } from "./withdrawal.entity";

/** Append-only history of a withdrawal: the request (fromStatus null) and every later change. */
@Entity({ name: "withdrawal_events" })
@Index("ix_withdrawal_events_withdrawal", ["withdrawalId", "id"])
@Index("ix_withdrawal_events_payout_batch", ["payoutBatchId", "withdrawalId"])
export class WithdrawalEvent {
  @PrimaryColumn(primaryIdColumn("id"))
  @Generated("increment")
  id!: string;

  @Column(idColumn("withdrawal_id"))
  @ForeignKey(() => Withdrawal, {
    name: "fk_withdrawal_events_withdrawal",
    onDelete: "RESTRICT",
    onUpdate: "RESTRICT",
  })
  withdrawalId!: string;

  @Column(timestampColumn("at", { defaultNow: true }))
  at!: Date;

  @Column(idColumn("actor_user_id", { nullable: true }))
  @ForeignKey(() => User, {
    name: "fk_withdrawal_events_actor",
    onDelete: "RESTRICT",
    onUpdate: "RESTRICT",
  })
  actorUserId!: string | null;

  @Column(enumColumn("from_status", { nullable: true }))
  fromStatus!: WithdrawalStatus | null;

  @Column(enumColumn("to_status"))
  toStatus!: WithdrawalStatus;

  /** The batch the withdrawal entered or left (batchAction), or was paid in (an import's approval). */
  @PayoutBatchReference("fk_withdrawal_events_payout_batch")
  payoutBatchId!: string | null;

  @Column(enumColumn("batch_action", { nullable: true }))
  batchAction!: PayoutBatchAction | null;

  /** Why it left a batch: the provider's words for a failed payment, or the seller taking it out. */
  @Column({ type: "varchar", length: 500, name: "reason", nullable: true })
  reason!: string | null;

  @Column({ type: "varchar", length: 100, name: "receipt_number", nullable: true })
  receiptNumber!: string | null;

  @Column({ type: "date", name: "paid_on", nullable: true })
  paidOn!: string | null;

  @Column({ type: "text", name: "note", nullable: true })
  note!: string | null;
}
