import { Column, Entity, ForeignKey, Generated, Index, PrimaryColumn } from "typeorm";
import {
  countColumn,
  enumColumn,
  idColumn,
  primaryIdColumn,
  timestampColumn,
} from "../../db/column-types";
import { Seller } from "../sellers/seller.entity";
import { OutboxEvent } from "./outbox-event.entity";
import { WebhookEndpoint } from "./webhook-endpoint.entity";

/**
 * One message to send for an event: an e-mail to one address or a post to one webhook endpoint.
 * PENDING until sent (DELIVERED) or out of attempts (FAILED); a claim pushes next_attempt_at ahead.
 */
@Entity({ name: "outbox_deliveries" })
@Index("ix_outbox_deliveries_due", ["status", "nextAttemptAt", "id"])
@Index("ix_outbox_deliveries_endpoint", ["endpointId", "id"])
@Index("ix_outbox_deliveries_event", ["eventId"])
export class OutboxDelivery {
  @PrimaryColumn(primaryIdColumn("id"))
  @Generated("increment")
  id!: string;

  @Column(idColumn("event_id"))
  @ForeignKey(() => OutboxEvent, {
    name: "fk_outbox_deliveries_event",
    onDelete: "RESTRICT",
    onUpdate: "RESTRICT",
  })
  eventId!: string;

  @Column(idColumn("seller_id"))
  @ForeignKey(() => Seller, {
    name: "fk_outbox_deliveries_seller",
    onDelete: "RESTRICT",
    onUpdate: "RESTRICT",
  })
  sellerId!: string;

  /** EMAIL or WEBHOOK. */
  @Column(enumColumn("channel"))
  channel!: string;

  @Column(idColumn("endpoint_id", { nullable: true }))
  @ForeignKey(() => WebhookEndpoint, {
    name: "fk_outbox_deliveries_endpoint",
    onDelete: "RESTRICT",
    onUpdate: "RESTRICT",
  })
  endpointId!: string | null;

  @Column({ type: "varchar", length: 320, name: "email_to", nullable: true })
  emailTo!: string | null;

  /** Which e-mail (template) it is. */
  @Column({ type: "varchar", length: 40, name: "email_kind", nullable: true })
  emailKind!: string | null;

  /** PENDING, DELIVERED or FAILED. */
  @Column(enumColumn("status", { default: "PENDING" }))
  status!: string;

  @Column(countColumn("attempts"))
  attempts!: number;

  @Column(timestampColumn("next_attempt_at"))
  nextAttemptAt!: Date;

  /** Whose claim the current attempt is: only that dispatcher may record its outcome. */
  @Column({ type: "varchar", length: 40, name: "claim_token", nullable: true })
  claimToken!: string | null;

  @Column({ type: "smallint", unsigned: true, name: "response_status", nullable: true })
  responseStatus!: number | null;

  @Column({ type: "varchar", length: 500, name: "last_error", nullable: true })
  lastError!: string | null;

  @Column(timestampColumn("created_at", { defaultNow: true }))
  createdAt!: Date;

  @Column(timestampColumn("delivered_at", { nullable: true }))
  deliveredAt!: Date | null;
}
