import type {
  CommissionModel,
  ConnectionModel,
  OfferModel,
  PageArgs,
} from "@allyhut/schema/domain";
import { isRowId, type Queryable, type Row } from "../../db/sql-values";
import { emptyConnection, keysetPage, pageSizeOf, positionAfter, sortKeys } from "../paging";
import {
  COMMISSION_COLUMNS,
  COMMISSION_OFFER_COLUMNS,
  COMMISSION_WITH_OFFER_FROM,
  commissionFrom,
  type CommissionRow,
} from "./commission.sql";
import { offerPartFrom } from "../offers/offer.row";

// One order: the latest sale first, along ix_commissions_affiliate_occurred.
const { OCCURRED_AT } = sortKeys<"OCCURRED_AT", CommissionModel>({
  OCCURRED_AT: ["c.occurred_at", "instant", (c) => c.occurredAt],
});

/**
 * One page of an affiliate's commissions, the latest sale first (occurred_at DESC, id DESC): a sale
 * reported late with an earlier date takes its place by date.
 */
export async function pageOfCommissions(
  db: Queryable,
  affiliateId: string,
  args: PageArgs,
  rememberOffer: (offer: OfferModel) => void,
): Promise<ConnectionModel<CommissionModel>> {
  const first = pageSizeOf(args.first);
  const after = positionAfter(OCCURRED_AT, args.after);
  if (!isRowId(affiliateId)) return emptyConnection();
  const offersRead = new Set<unknown>();
  // The page, each row's offer and the count in one statement (sales_count leaves reversed sales
  // out, so the count is of the rows, on the index's affiliate_id prefix).
  const { page, rows } = await keysetPage<CommissionModel, CommissionRow & Row>(
    db,
    {
      sort: OCCURRED_AT,
      descending: true,
      select: `SELECT ${COMMISSION_COLUMNS}, ${COMMISSION_OFFER_COLUMNS},
         (SELECT COUNT(*) FROM commissions t WHERE t.affiliate_id = ?) AS total_count
       ${COMMISSION_WITH_OFFER_FROM}`,
      conditions: ["c.affiliate_id = ?"],
      parameters: [affiliateId, affiliateId],
      idColumn: "c.id",
      first,
      after,
    },
    (row) => {
      // Each offer of the page is built and remembered once, however many of its sales it shows.
      if (!offersRead.has(row.offer_id)) {
        offersRead.add(row.offer_id);
        rememberOffer(offerPartFrom(row, row.offer_id, row.currency_code));
      }
      return commissionFrom(row);
    },
  );
  const counted = rows[0] ? Number(rows[0].total_count) : after ? null : 0;
  return { ...page, totalCount: async () => counted ?? countOfAffiliate(db, affiliateId) };
}

/** For a page past the end, which has no row to carry the count. */
async function countOfAffiliate(db: Queryable, affiliateId: string): Promise<number> {
  const [row] = await db.query("SELECT COUNT(*) AS total FROM commissions WHERE affiliate_id = ?", [
    affiliateId,
  ]);
  return Number(row.total);
}
