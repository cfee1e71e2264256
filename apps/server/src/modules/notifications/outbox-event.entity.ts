import { Column, Entity, ForeignKey, Generated, Index, PrimaryColumn } from "typeorm";
import { idColumn, primaryIdColumn, timestampColumn } from "../../db/column-types";
import { Seller } from "../sellers/seller.entity";

/**
 * Something someone must hear about, written in the transaction of the change (the outbox): it
 * exists if and only if the change committed. The dispatcher plans its deliveries from it.
 */
@Entity({ name: "outbox_events" })
@Index("uq_outbox_events_public_id", ["publicId"], { unique: true })
@Index("ix_outbox_events_unplanned", ["plannedAt", "id"])
@Index("ix_outbox_events_seller_type", ["sellerId", "type", "id"])
export class OutboxEvent {
  @PrimaryColumn(primaryIdColumn("id"))
  @Generated("increment")
  id!: string;

  /** The event id receivers deduplicate on ("msg_…", the Standard Webhooks webhook-id). */
  @Column({ type: "varchar", length: 40, name: "public_id" })
  publicId!: string;

  @Column(idColumn("seller_id"))
  @ForeignKey(() => Seller, {
    name: "fk_outbox_events_seller",
    onDelete: "RESTRICT",
    onUpdate: "RESTRICT",
  })
  sellerId!: string;

  /** A WebhookEventType. */
  @Column({ type: "varchar", length: 40, name: "type" })
  type!: string;

  @Column(timestampColumn("occurred_at"))
  occurredAt!: Date;

  /** The changed object as the API shows it, as it was at the change (JSON). */
  @Column({ type: "longtext", name: "payload_json" })
  payloadJson!: string;

  /** When its deliveries were planned; null until the dispatcher has. */
  @Column(timestampColumn("planned_at", { nullable: true }))
  plannedAt!: Date | null;
}
