import { idFrom, type Row, type Queryable } from "../../../db/sql-values";
import {
  DeliveryChannel,
  type DeliveryPlanner,
  type OutboxEventRecord,
  type PlannedDelivery,
} from "../delivery";

/** One post per live endpoint of the event's seller subscribed to its type, in one SELECT. */
export const webhookPlanner: DeliveryPlanner = {
  async plan(m: Queryable, event: OutboxEventRecord): Promise<PlannedDelivery[]> {
    const endpoints: Row[] = await m.query(
      `SELECT id FROM webhook_endpoints
       WHERE seller_id = ? AND deleted_at IS NULL AND FIND_IN_SET(?, event_types) > 0
       ORDER BY id`,
      [event.sellerId, event.type],
    );
    return endpoints.map((endpoint) => ({
      channel: DeliveryChannel.WEBHOOK,
      endpointId: idFrom(endpoint.id),
    }));
  },
};
