import type { DataSource } from "typeorm";
import type { Logger } from "pino";
import { inTransaction, isRetryable } from "../../../db/transaction";
import type { Row, Queryable } from "../../../db/sql-values";
import type { DeliveryPlanner, OutboxEventRecord, PlannedDelivery } from "../delivery";
import { EVENT_COLUMNS, eventRecordOf, errorText } from "./event-records";

export interface PlanningResult {
  /** Events claimed and planned (with or without deliveries). */
  events: number;
  deliveries: number;
  /** Events a planner threw on: left unplanned, tried again next round. */
  failed: number;
}

const DELIVERY_VALUES = "(?, ?, ?, ?, ?, ?, ?)";

/** The planners' deliveries of one event; a planner that throws rolls back this event's share only. */
async function planOne(
  m: Queryable,
  planners: DeliveryPlanner[],
  event: OutboxEventRecord,
  log: Logger,
): Promise<PlannedDelivery[] | null> {
  await m.query("SAVEPOINT plan_event");
  try {
    const planned: PlannedDelivery[] = [];
    for (const planner of planners) planned.push(...(await planner.plan(m, event)));
    await m.query("RELEASE SAVEPOINT plan_event");
    return planned;
  } catch (error) {
    // A deadlock (on Galera also a BF abort) already rolled back the whole transaction, savepoint
    // included: let inTransaction run the round again.
    if (isRetryable(error)) throw error;
    await m.query("ROLLBACK TO SAVEPOINT plan_event");
    log.error(
      { err: error, eventId: event.id, type: event.type },
      `planning outbox event failed: ${errorText(error)}`,
    );
    return null;
  }
}

/**
 * Claims up to `limit` unplanned events (SKIP LOCKED: other dispatchers take the next ones), asks
 * every planner which deliveries each needs, inserts them and marks the events planned — one
 * transaction, so an event is planned exactly once even with many dispatchers.
 */
export async function planEvents(
  db: DataSource,
  planners: DeliveryPlanner[],
  options: { limit: number; now: Date; log: Logger },
): Promise<PlanningResult> {
  return inTransaction(db, async (m) => {
    const rows: Row[] = await m.query(
      `SELECT ${EVENT_COLUMNS} FROM outbox_events e
       WHERE e.planned_at IS NULL ORDER BY e.id LIMIT ? FOR UPDATE SKIP LOCKED`,
      [options.limit],
    );
    const result: PlanningResult = { events: 0, deliveries: 0, failed: 0 };
    if (rows.length === 0) return result;
    const plannedIds: string[] = [];
    const values: unknown[] = [];
    for (const row of rows) {
      const event = eventRecordOf(row);
      const deliveries = await planOne(m, planners, event, options.log);
      if (!deliveries) {
        result.failed++;
        continue;
      }
      plannedIds.push(event.id);
      for (const d of deliveries) {
        values.push(event.id, event.sellerId, d.channel, d.endpointId ?? null);
        values.push(d.emailTo ?? null, d.emailKind ?? null, d.notBefore ?? options.now);
      }
    }
    const deliveryCount = values.length / 7;
    if (deliveryCount > 0) {
      await m.query(
        `INSERT INTO outbox_deliveries
           (event_id, seller_id, channel, endpoint_id, email_to, email_kind, next_attempt_at)
         VALUES ${Array.from({ length: deliveryCount }, () => DELIVERY_VALUES).join(", ")}`,
        values,
      );
    }
    if (plannedIds.length > 0) {
      await m.query("UPDATE outbox_events SET planned_at = ? WHERE id IN (?)", [
        options.now,
        plannedIds,
      ]);
    }
    return { ...result, events: plannedIds.length, deliveries: deliveryCount };
  });
}
