import DataLoader from "dataloader";
import type { WebhookDeliveryModel } from "@allyhut/schema/domain";
import { canonicalId, idFrom, isRowId, type Queryable, type Row } from "../../../db/sql-values";
import { DELIVERY_COLUMNS, deliveryFrom } from "./webhook-endpoint.row";

/** An endpoint and how many of its newest deliveries are asked for. */
export interface DeliveriesKey {
  endpointId: string;
  first: number;
}

/**
 * The newest deliveries of every endpoint asked for in a tick, in one statement: a UNION ALL of one
 * index-ordered LIMIT branch per endpoint (a seller has at most a few), so no endpoint's whole
 * history is read.
 */
export function deliveriesLoader(db: Queryable): DataLoader<DeliveriesKey, WebhookDeliveryModel[]> {
  return new DataLoader<DeliveriesKey, WebhookDeliveryModel[], string>(
    async (keys) => {
      const limit = Math.max(...keys.map((key) => key.first));
      const ids = [
        ...new Set(
          keys
            .map((key) => key.endpointId)
            .filter(isRowId)
            .map(canonicalId),
        ),
      ];
      const branch = `(SELECT ${DELIVERY_COLUMNS} FROM outbox_deliveries d
        JOIN outbox_events e ON e.id = d.event_id
        WHERE d.endpoint_id = ? ORDER BY d.id DESC LIMIT ?)`;
      const rows: Row[] = ids.length
        ? await db.query(
            ids.map(() => branch).join(" UNION ALL "),
            ids.flatMap((id) => [id, limit]),
          )
        : [];
      const byEndpoint = new Map<string, WebhookDeliveryModel[]>();
      for (const row of rows) {
        const endpointId = idFrom(row.endpoint_id);
        byEndpoint.set(endpointId, [...(byEndpoint.get(endpointId) ?? []), deliveryFrom(row)]);
      }
      // A UNION's rows come in no promised order: newest first again, by id.
      const newestFirst = (a: WebhookDeliveryModel, b: WebhookDeliveryModel) =>
        BigInt(b.id) > BigInt(a.id) ? 1 : -1;
      return keys.map((key) =>
        (byEndpoint.get(canonicalId(key.endpointId)) ?? []).sort(newestFirst).slice(0, key.first),
      );
    },
    { cacheKeyFn: (key) => `${canonicalId(key.endpointId)}:${key.first}` },
  );
}
