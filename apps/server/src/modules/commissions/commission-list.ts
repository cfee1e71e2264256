import type {
  CommissionModel,
  ConnectionModel,
  OfferModel,
  PageArgs,
} from "@allyhut/schema/domain";
import {
  decodeWholeKeyCursor,
  emptyConnection,
  encodeWholeKeyCursor,
  pageSizeOf,
} from "../../db/cursor";
import { isRowId, type Queryable } from "../../db/sql-values";
import type { Row } from "../rows";
import {
  COMMISSION_COLUMNS,
  COMMISSION_OFFER_COLUMNS,
  COMMISSION_WITH_OFFER_FROM,
  commissionWithOfferFrom,
  type CommissionRow,
} from "./commission.sql";

// The sort key travels as "OCCURRED_AT:epoch milliseconds".
const CURSOR_LABEL = "OCCURRED_AT";

/**
 * One page of an affiliate's commissions, the latest sale first (occurred_at DESC, id DESC): a sale
 * reported late with an earlier date takes its place by date. Keyset-paginated on
 * (occurred_at, id) along ix_commissions_affiliate_occurred.
 */
export async function pageOfCommissions(
  db: Queryable,
  affiliateId: string,
  page: PageArgs,
  rememberOffer: (offer: OfferModel) => void,
): Promise<ConnectionModel<CommissionModel>> {
  const first = pageSizeOf(page.first);
  const after = page.after ? decodeWholeKeyCursor(page.after, CURSOR_LABEL) : null;
  if (!isRowId(affiliateId)) return emptyConnection();
  const conditions = ["c.affiliate_id = ?"];
  const parameters: unknown[] = [affiliateId, affiliateId];
  if (after) {
    const [occurredAtMs, id] = after;
    const occurredAt = new Date(occurredAtMs);
    conditions.push("(c.occurred_at < ? OR (c.occurred_at = ? AND c.id < ?))");
    parameters.push(occurredAt, occurredAt, id);
  }
  // The page, each row's offer and the count in one statement (sales_count leaves reversed sales
  // out, so the count is of the rows, on the index's affiliate_id prefix).
  const rows: Array<CommissionRow & Row> = await db.query(
    `SELECT ${COMMISSION_COLUMNS}, ${COMMISSION_OFFER_COLUMNS},
       (SELECT COUNT(*) FROM commissions t WHERE t.affiliate_id = ?) AS total_count
     ${COMMISSION_WITH_OFFER_FROM}
     WHERE ${conditions.join(" AND ")}
     ORDER BY c.occurred_at DESC, c.id DESC LIMIT ${first + 1}`,
    parameters,
  );
  const nodes = rows.slice(0, first).map((row) => {
    const { commission, offer } = commissionWithOfferFrom(row);
    rememberOffer(offer);
    return commission;
  });
  const last = nodes[nodes.length - 1];
  const counted = rows[0] ? Number(rows[0].total_count) : after ? null : 0;
  return {
    nodes,
    hasNextPage: rows.length > first,
    endCursor: last ? encodeWholeKeyCursor(CURSOR_LABEL, last.occurredAt.getTime(), last.id) : null,
    totalCount: async () => counted ?? countOfAffiliate(db, affiliateId),
  };
}

/** For a page past the end, which has no row to carry the count. */
async function countOfAffiliate(db: Queryable, affiliateId: string): Promise<number> {
  const [row] = await db.query("SELECT COUNT(*) AS total FROM commissions WHERE affiliate_id = ?", [
    affiliateId,
  ]);
  return Number(row.total);
}
