import { Column, Entity, ForeignKey, Generated, Index, PrimaryColumn } from "typeorm";
import { idColumn, primaryIdColumn, timestampColumn } from "../../db/column-types";
import { Seller } from "../sellers/seller.entity";

/** A seller's webhook receiver. Deleted endpoints stay (soft) so their deliveries keep their history. */
@Entity({ name: "webhook_endpoints" })
@Index("ix_webhook_endpoints_seller", ["sellerId", "deletedAt", "id"])
export class WebhookEndpoint {
  @PrimaryColumn(primaryIdColumn("id"))
  @Generated("increment")
  id!: string;

  @Column(idColumn("seller_id"))
  @ForeignKey(() => Seller, {
    name: "fk_webhook_endpoints_seller",
    onDelete: "RESTRICT",
    onUpdate: "RESTRICT",
  })
  sellerId!: string;

  @Column({ type: "varchar", length: 2048, name: "url" })
  url!: string;

  /** The WebhookEventTypes it gets, comma-separated. */
  @Column({ type: "varchar", length: 255, name: "event_types" })
  eventTypes!: string;

  /** The Standard Webhooks signing secret, "whsec_…". */
  @Column({ type: "varchar", length: 100, name: "secret" })
  secret!: string;

  @Column(timestampColumn("created_at", { defaultNow: true }))
  createdAt!: Date;

  @Column(timestampColumn("deleted_at", { nullable: true }))
  deletedAt!: Date | null;
}
