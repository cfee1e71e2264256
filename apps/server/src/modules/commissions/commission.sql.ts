import type { CommissionModel } from "@allyhut/schema/domain";
import { centsFrom, idFrom, type Queryable } from "../../db/sql-values";
import { OFFER_PART_COLUMNS } from "../offers/offer.row";

/**
 * The columns of a CommissionModel; use with COMMISSION_FROM (commission `c`). The currency is a
 * subquery, not a join, so the optimizer always drives from the commissions index of the list.
 */
export const COMMISSION_COLUMNS = `c.id, c.affiliate_id, c.offer_id, c.order_id, c.sale_cents,
  c.amount_cents, c.occurred_at, c.reversed_at, c.available_on,
  (SELECT s.currency_code FROM sellers s WHERE s.id = c.seller_id) AS currency_code`;

export const COMMISSION_FROM = "FROM commissions c";

/** With COMMISSION_WITH_OFFER_FROM: the offer sold, so a page needs no offer lookup. */
export const COMMISSION_OFFER_COLUMNS = OFFER_PART_COLUMNS;

// STRAIGHT_JOIN: read the commissions index of the list first, then each row's offer by key.
export const COMMISSION_WITH_OFFER_FROM =
  "FROM commissions c STRAIGHT_JOIN offers o ON o.id = c.offer_id";

export interface CommissionRow {
  id: unknown;
  affiliate_id: unknown;
  offer_id: unknown;
  order_id: string;
  sale_cents: unknown;
  amount_cents: unknown;
  occurred_at: Date;
  reversed_at: Date | null;
  /** "YYYY-MM-DD": DATE columns are read as strings. */
  available_on: string;
  currency_code: string;
}

export function commissionFrom(row: CommissionRow): CommissionModel {
  return {
    id: idFrom(row.id),
    affiliateId: idFrom(row.affiliate_id),
    offerId: idFrom(row.offer_id),
    orderId: row.order_id,
    saleCents: centsFrom(row.sale_cents),
    amountCents: centsFrom(row.amount_cents),
    occurredAt: row.occurred_at,
    reversedAt: row.reversed_at,
    availableOn: row.available_on,
    currencyCode: row.currency_code,
  };
}

export async function commissionById(
  db: Queryable,
  commissionId: string,
): Promise<CommissionModel> {
  const [row] = await db.query(`SELECT ${COMMISSION_COLUMNS} ${COMMISSION_FROM} WHERE c.id = ?`, [
    commissionId,
  ]);
  if (!row) throw new Error(`commission ${commissionId} vanished inside its transaction`);
  return commissionFrom(row);
}
