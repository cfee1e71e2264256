// The matrix's webhook rows: a seller's endpoints and their deliveries are its own alone; another
// seller sees none (an empty list, NOT_FOUND), an affiliate or a user without a seller is FORBIDDEN.
import { WebhookEventType } from "@allyhut/schema";
import type { DataSource } from "typeorm";
import { idFrom } from "../../src/db/sql-values";
import { recordEvents } from "../../src/modules/notifications/outbox";
import { NOT_FOUND, ok, sees, sellerOnly, type MatrixRow } from "./matrix-outcomes";
import type { AnyData } from "./http";
import type { TenantRecords } from "./matrix-world";

interface TenantWebhooks {
  endpointId: string;
  deliveryId: string;
}

/** Seeded once per run (seedWebhookWorld): each tenant's endpoint with a delivery, and one of A's to delete. */
const world: { A?: TenantWebhooks; B?: TenantWebhooks; doomedOfA?: string } = {};
const of = (tenant: "A" | "B"): TenantWebhooks => {
  const records = world[tenant];
  if (!records) throw new Error("seedWebhookWorld has not run");
  return records;
};

async function insertEndpoint(db: DataSource, tenant: TenantRecords, name: string) {
  const inserted = await db.query(
    `INSERT INTO webhook_endpoints (seller_id, url, event_types, secret)
     VALUES (?, ?, 'WITHDRAWAL_PROCESSED,SALE_RECORDED', ?)`,
    [
      tenant.sellerId,
      `https://93.184.216.34/${tenant.slug}/${name}`,
      `whsec_${Buffer.alloc(24, 9).toString("base64")}`,
    ],
  );
  return idFrom(inserted.insertId);
}

async function seedTenant(db: DataSource, tenant: TenantRecords): Promise<TenantWebhooks> {
  const endpointId = await insertEndpoint(db, tenant, "hooks");
  await recordEvents(db, [
    { sellerId: tenant.sellerId, type: WebhookEventType.SALE_RECORDED, data: {} },
  ]);
  const [event] = await db.query(
    "SELECT id FROM outbox_events WHERE seller_id = ? ORDER BY id DESC LIMIT 1",
    [tenant.sellerId],
  );
  // Planned already: whatever runs the outbox leaves it alone.
  await db.query("UPDATE outbox_events SET planned_at = UTC_TIMESTAMP(3) WHERE id = ?", [event.id]);
  const delivery = await db.query(
    `INSERT INTO outbox_deliveries (event_id, seller_id, channel, endpoint_id, status, attempts,
       next_attempt_at, response_status, delivered_at)
     VALUES (?, ?, 'WEBHOOK', ?, 'DELIVERED', 1, UTC_TIMESTAMP(3), 204, UTC_TIMESTAMP(3))`,
    [event.id, tenant.sellerId, endpointId],
  );
  return { endpointId, deliveryId: idFrom(delivery.insertId) };
}

export async function seedWebhookWorld(
  db: DataSource,
  A: TenantRecords,
  B: TenantRecords,
): Promise<void> {
  world.A = await seedTenant(db, A);
  world.B = await seedTenant(db, B);
  world.doomedOfA = await insertEndpoint(db, A, "doomed");
}

const ENDPOINTS = (selection: string) => `query { webhookEndpoints { id ${selection} } }`;

export const WEBHOOK_QUERY_ROWS: Array<Omit<MatrixRow, "kind">> = [
  {
    operation: "Query.webhookEndpoints",
    label: "webhookEndpoints: the seller's own",
    document: ENDPOINTS("url createdAt"),
    expect: sellerOnly(
      sees(() => [of("A").endpointId]),
      sees(() => [of("B").endpointId]),
    ),
  },
  {
    operation: "WebhookEndpoint.eventTypes",
    label: "webhookEndpoints.eventTypes",
    document: ENDPOINTS("eventTypes"),
    expect: sellerOnly(
      sees(
        () => [of("A").endpointId],
        (d) =>
          d.webhookEndpoints.some(
            (e: { eventTypes: string[] }) =>
              e.eventTypes.join() === "WITHDRAWAL_PROCESSED,SALE_RECORDED",
          ),
      ),
      sees(() => [of("B").endpointId]),
    ),
  },
  {
    operation: "WebhookEndpoint.deliveries",
    label: "webhookEndpoints.deliveries",
    document: ENDPOINTS("deliveries(first: 5) { id eventType status attempts responseStatus }"),
    expect: sellerOnly(
      sees(() => [of("A").deliveryId]),
      sees(() => [of("B").deliveryId]),
    ),
  },
];

const secretShown = (d: AnyData): boolean =>
  String(d.createWebhookEndpoint.secret).startsWith("whsec_");

export const WEBHOOK_MUTATION_ROWS: Array<Omit<MatrixRow, "kind">> = [
  {
    operation: "Mutation.createWebhookEndpoint",
    label: "createWebhookEndpoint (for the caller's own seller)",
    document: `mutation Create($input: CreateWebhookEndpointInput!) {
      createWebhookEndpoint(input: $input) { secret endpoint { id url } }
    }`,
    // A public address needing no DNS; subscribed to nothing the other cells cause after it.
    variables: (s) => ({
      input: { url: `https://93.184.216.34/matrix/${s.fresh}`, eventTypes: ["SALE_REVERSED"] },
    }),
    expect: sellerOnly(ok(secretShown), ok(secretShown)),
  },
  {
    operation: "Mutation.deleteWebhookEndpoint",
    label: "deleteWebhookEndpoint of seller A",
    document: "mutation Delete($id: ID!) { deleteWebhookEndpoint(id: $id) }",
    variables: () => ({ id: world.doomedOfA }),
    expect: sellerOnly(
      ok((d) => d.deleteWebhookEndpoint === true),
      NOT_FOUND,
    ),
  },
];
