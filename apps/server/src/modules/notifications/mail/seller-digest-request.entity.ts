import { Column, Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { idColumn, primaryIdColumn } from "../../../db/column-types";
import { Seller } from "../../sellers/seller.entity";
import { OutboxDelivery } from "../outbox-delivery.entity";
import { OutboxEvent } from "../outbox-event.entity";

/** A withdrawal request (its WITHDRAWAL_REQUESTED event) a seller's digest must tell of. */
@Entity({ name: "seller_digest_requests" })
@Index("ix_seller_digest_requests_digest", ["sellerId", "digestDeliveryId"])
export class SellerDigestRequest {
  @PrimaryColumn(primaryIdColumn("event_id"))
  @ForeignKey(() => OutboxEvent, {
    name: "fk_seller_digest_requests_event",
    onDelete: "RESTRICT",
    onUpdate: "RESTRICT",
  })
  eventId!: string;

  @Column(idColumn("seller_id"))
  @ForeignKey(() => Seller, {
    name: "fk_seller_digest_requests_seller",
    onDelete: "RESTRICT",
    onUpdate: "RESTRICT",
  })
  sellerId!: string;

  /** The digest e-mail that covers it; null until a digest gathers it. */
  @Column(idColumn("digest_delivery_id", { nullable: true }))
  @ForeignKey(() => OutboxDelivery, {
    name: "fk_seller_digest_requests_delivery",
    onDelete: "RESTRICT",
    onUpdate: "RESTRICT",
  })
  digestDeliveryId!: string | null;
}
