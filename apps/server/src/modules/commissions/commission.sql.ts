import type { CommissionModel } from "@allyhut/schema/graphql";
import { centsFrom, idFrom, type Queryable } from "../../db/sql-values";

/**
 * The columns of a CommissionModel; use with COMMISSION_FROM (commission `c`). The currency is a
 * subquery, not a join, so the optimizer always drives from the commissions index of the list.
 */
export const COMMISSION_COLUMNS = `c.id, c.affiliate_id, c.offer_id, c.order_id, c.sale_cents,
  c.amount_cents, c.occurred_at, c.reversed_at,
  (SELECT s.currency_code FROM sellers s WHERE s.id = c.seller_id) AS currency_code`;

export const COMMISSION_FROM = "FROM commissions c";

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
