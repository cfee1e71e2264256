import type { CommissionModel } from "@allyhut/schema/graphql";
import { centsFrom, idFrom, type Queryable } from "../../db/sql-values";
import { offerFrom, type Row } from "../rows";

/**
 * The columns of a CommissionModel; use with COMMISSION_FROM (commission `c`). The currency is a
 * subquery, not a join, so the optimizer always drives from the commissions index of the list.
 */
export const COMMISSION_COLUMNS = `c.id, c.affiliate_id, c.offer_id, c.order_id, c.sale_cents,
  c.amount_cents, c.occurred_at, c.reversed_at,
  (SELECT s.currency_code FROM sellers s WHERE s.id = c.seller_id) AS currency_code`;

export const COMMISSION_FROM = "FROM commissions c";

/** With COMMISSION_WITH_OFFER_FROM: the offer sold, so a page needs no offer lookup. */
export const COMMISSION_OFFER_COLUMNS = `o.seller_id AS offer_seller_id, o.name AS offer_name,
  o.price_cents AS offer_price_cents, o.commission_type AS offer_commission_type,
  o.commission_value AS offer_commission_value, o.active AS offer_active`;

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
    currencyCode: row.currency_code,
  };
}

export function commissionWithOfferFrom(row: CommissionRow & Row): CommissionModel {
  return {
    ...commissionFrom(row),
    offer: offerFrom({
      id: row.offer_id,
      seller_id: row.offer_seller_id,
      name: row.offer_name,
      price_cents: row.offer_price_cents,
      commission_type: row.offer_commission_type,
      commission_value: row.offer_commission_value,
      active: row.offer_active,
      currency_code: row.currency_code,
    }),
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
