import { Column, Entity, Generated, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { idColumn, primaryIdColumn, timestampColumn } from "../../db/column-types";
import { Seller } from "../sellers/seller.entity";
import { User } from "../users/user.entity";
import { PayoutBatch } from "./payout-batch.entity";

/** A provider's report imported into a batch (dry runs are not kept): what became of each line. */
@Entity({ name: "payout_imports" })
@Index("ix_payout_imports_batch", ["batchId", "id"])
export class PayoutImport {
  @PrimaryColumn(primaryIdColumn("id"))
  @Generated("increment")
  id!: string;

  @Column(idColumn("batch_id"))
  @ForeignKey(() => PayoutBatch, {
    name: "fk_payout_imports_batch",
    onDelete: "RESTRICT",
    onUpdate: "RESTRICT",
  })
  batchId!: string;

  @Column(idColumn("seller_id"))
  @ForeignKey(() => Seller, {
    name: "fk_payout_imports_seller",
    onDelete: "RESTRICT",
    onUpdate: "RESTRICT",
  })
  sellerId!: string;

  @Column(timestampColumn("imported_at", { defaultNow: true }))
  importedAt!: Date;

  @Column(idColumn("imported_by_user_id"))
  @ForeignKey(() => User, {
    name: "fk_payout_imports_imported_by",
    onDelete: "RESTRICT",
    onUpdate: "RESTRICT",
  })
  importedByUserId!: string;

  /** PayoutImportLineModel[] as JSON: counts are derived from it. */
  @Column({ type: "longtext", name: "lines_json" })
  linesJson!: string;
}
