import { Column, Entity, ForeignKey, PrimaryColumn } from "typeorm";
import { primaryIdColumn, timestampColumn } from "../../../db/column-types";
import { Seller } from "../../sellers/seller.entity";

/**
 * A seller's hourly digest of withdrawal requests. Its row is locked while a digest is planned or
 * gathered, so several dispatchers plan at most one unsent digest per seller.
 */
@Entity({ name: "seller_mail_digests" })
export class SellerMailDigest {
  @PrimaryColumn(primaryIdColumn("seller_id"))
  @ForeignKey(() => Seller, {
    name: "fk_seller_mail_digests_seller",
    onDelete: "RESTRICT",
    onUpdate: "RESTRICT",
  })
  sellerId!: string;

  /** Whether a digest is planned that has not yet gathered its requests. */
  @Column({ type: "boolean", name: "digest_pending", default: false })
  digestPending!: boolean;

  /** When the last digest gathered its requests and went out: the next waits an hour from then. */
  @Column(timestampColumn("last_sent_at", { nullable: true }))
  lastSentAt!: Date | null;
}
