import type { DataSource } from "typeorm";
import { inTransaction } from "../../../db/transaction";
import { DeliveryChannel, type OutboxEventRecord, type PlannedDelivery } from "../delivery";
import { EmailKind } from "./email-kind";
import type { MoneyPayload } from "../outbox-payloads";
import type { Queryable } from "../../../db/sql-values";

// The seller hears of withdrawal requests at most once an hour. Every request is recorded as a
// seller_digest_requests row; a digest delivery is planned only when the seller has none unsent
// (digest_pending), for an hour after the last one went. The digest, when sent, takes every request
// not yet taken. Both steps lock the seller's seller_mail_digests row, so with any number of
// dispatchers a request is either seen by an unsent digest or plans the next one.

const DIGEST_INTERVAL_MS = 60 * 60 * 1000;

/** Plans the seller's digest for a WITHDRAWAL_REQUESTED event, in the planning transaction. */
export async function planSellerDigest(
  m: Queryable,
  event: OutboxEventRecord,
): Promise<PlannedDelivery[]> {
  const [owner] = await m.query(
    `SELECT u.email, o.user_id AS opted_out FROM sellers s
     JOIN users u ON u.id = s.owner_user_id
     LEFT JOIN email_opt_outs o ON o.user_id = u.id
     WHERE s.id = ?`,
    [event.sellerId],
  );
  if (!owner || owner.opted_out !== null) return [];
  // Creates the row or, if it is there, locks it (an X lock at once: INSERT IGNORE's S lock would
  // deadlock two planners upgrading it).
  await m.query(
    `INSERT INTO seller_mail_digests (seller_id) VALUES (?)
     ON DUPLICATE KEY UPDATE seller_id = seller_id`,
    [event.sellerId],
  );
  const [digest] = await m.query(
    "SELECT digest_pending, last_sent_at FROM seller_mail_digests WHERE seller_id = ? FOR UPDATE",
    [event.sellerId],
  );
  // IGNORE: an event planned again (after a rolled-back planning) is one request still.
  await m.query("INSERT IGNORE INTO seller_digest_requests (event_id, seller_id) VALUES (?, ?)", [
    event.id,
    event.sellerId,
  ]);
  if (Number(digest.digest_pending) === 1) return [];
  await m.query("UPDATE seller_mail_digests SET digest_pending = 1 WHERE seller_id = ?", [
    event.sellerId,
  ]);
  const lastSentAt = digest.last_sent_at as Date | null;
  const notBefore = new Date(
    Math.max(Date.now(), lastSentAt ? lastSentAt.getTime() + DIGEST_INTERVAL_MS : 0),
  );
  return [
    {
      channel: DeliveryChannel.EMAIL,
      emailTo: String(owner.email),
      emailKind: EmailKind.SELLER_DIGEST,
      notBefore,
    },
  ];
}

/** A withdrawal request as a digest lists it. */
export interface GatheredRequest {
  affiliateId: string;
  amount: MoneyPayload;
  requestedAt: string;
}

/**
 * The requests a digest delivery tells of. Its first attempt takes every request no digest has
 * taken (and starts the hour till the next digest); a retry gets the same ones. A short transaction
 * of its own, committed before anything is sent.
 */
export function gatherDigestRequests(
  db: DataSource,
  deliveryId: string,
  sellerId: string,
): Promise<GatheredRequest[]> {
  return inTransaction(db, async (m) => {
    await m.query("SELECT seller_id FROM seller_mail_digests WHERE seller_id = ? FOR UPDATE", [
      sellerId,
    ]);
    const taken = async () =>
      (await m.query(
        `SELECT e.payload_json FROM seller_digest_requests r
         JOIN outbox_events e ON e.id = r.event_id
         WHERE r.seller_id = ? AND r.digest_delivery_id = ? ORDER BY r.event_id`,
        [sellerId, deliveryId],
      )) as Array<{ payload_json: string }>;
    const rows = await taken();
    if (rows.length > 0) return rows.map(requestOf);
    const took = await m.query(
      `UPDATE seller_digest_requests SET digest_delivery_id = ?
       WHERE seller_id = ? AND digest_delivery_id IS NULL`,
      [deliveryId, sellerId],
    );
    // A digest that finds nothing (a duplicate) must not end the pending one or restart the hour.
    if (took.affectedRows > 0) {
      await m.query(
        `UPDATE seller_mail_digests SET digest_pending = 0, last_sent_at = UTC_TIMESTAMP(3)
         WHERE seller_id = ?`,
        [sellerId],
      );
    }
    return (await taken()).map(requestOf);
  });
}

function requestOf(row: { payload_json: string }): GatheredRequest {
  const { withdrawal } = JSON.parse(row.payload_json);
  return {
    affiliateId: String(withdrawal.affiliate.id),
    amount: {
      amount: String(withdrawal.amount.amount),
      currencyCode: String(withdrawal.amount.currencyCode),
    },
    requestedAt: String(withdrawal.requestedAt),
  };
}
