import { Column, Entity, ForeignKey, PrimaryColumn } from "typeorm";
import { primaryIdColumn } from "../../db/column-types";
import { Seller } from "../sellers/seller.entity";

/**
 * A receipt number some withdrawal of the seller carries (or a write of it claimed): its row is the
 * lock every writer of that receipt takes first (withdrawal-receipt-claims.ts).
 */
@Entity({ name: "withdrawal_receipt_claims" })
export class WithdrawalReceiptClaim {
  @PrimaryColumn(primaryIdColumn("seller_id"))
  @ForeignKey(() => Seller, {
    name: "fk_withdrawal_receipt_claims_seller",
    onDelete: "RESTRICT",
    onUpdate: "RESTRICT",
  })
  sellerId!: string;

  /** As withdrawals.receipt_number: trimmed, the table's case-insensitive collation. */
  @PrimaryColumn({ type: "varchar", length: 100, name: "receipt_number" })
  receiptNumber!: string;

  /** How many writes claimed it; each claim changes the row, so the upsert reports 2 for an existing one. */
  @Column({ type: "int", unsigned: true, name: "claims", default: 1 })
  claims!: number;
}
