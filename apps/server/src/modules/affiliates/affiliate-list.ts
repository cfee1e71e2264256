import {
  BadInput,
  type AffiliateListArgs,
  type AffiliateModel,
  type ConnectionModel,
} from "@allyhut/schema/domain";
import {
  AffiliateOrderField,
  AffiliateStatus,
  SortDirection,
  codePointLength,
} from "@allyhut/schema";
import { AFFILIATE_COLUMNS, AFFILIATE_FROM } from "./affiliate.row";
import type { Queryable, Row } from "../../db/sql-values";
import { keysetOrder, keysetPage, pageSizeOf, positionAfter, sortKeys } from "../paging";

export const SEARCH_MAX_LENGTH = 100;
/** The contract's documented default: the newest members first. */
export const DEFAULT_AFFILIATE_ORDER = {
  field: AffiliateOrderField.JOINED_AT,
  direction: SortDirection.DESC,
};

// Every order has an index (seller_id, <column>, id), so a page is one index range scan.
const SORTS = sortKeys<AffiliateOrderField, AffiliateModel>({
  [AffiliateOrderField.NAME]: ["a.name", "text", (a) => a.name],
  [AffiliateOrderField.JOINED_AT]: ["a.joined_at", "instant", (a) => a.joinedAt],
  [AffiliateOrderField.SALES_COUNT]: ["a.sales_count", "integer", (a) => a.salesCount],
  [AffiliateOrderField.COMMISSION_TOTAL]: ["a.earned_cents", "integer", (a) => a.earnedCents],
  [AffiliateOrderField.PENDING_TOTAL]: ["a.pending_cents", "integer", (a) => a.pendingCents],
});

/** One keyset page of a seller's affiliates and its total count. */
export async function pageOfAffiliates(
  db: Queryable,
  sellerId: string,
  args: AffiliateListArgs,
  affiliateOf: (row: Row) => AffiliateModel,
): Promise<ConnectionModel<AffiliateModel>> {
  const first = pageSizeOf(args.first);
  const order = keysetOrder(
    SORTS,
    args.orderBy ?? DEFAULT_AFFILIATE_ORDER,
    "Affiliates cannot be ordered that way.",
  );
  const filter = filterOf(sellerId, args);
  const { page } = await keysetPage(
    db,
    {
      ...order,
      select: `SELECT ${AFFILIATE_COLUMNS} ${AFFILIATE_FROM}`,
      conditions: filter.conditions,
      parameters: filter.parameters,
      idColumn: "a.id",
      first,
      after: positionAfter(order.sort, args.after),
    },
    affiliateOf,
  );
  return {
    ...page,
    totalCount: async () => {
      const [row] = await db.query(
        `SELECT COUNT(*) AS total FROM affiliates a WHERE ${filter.conditions.join(" AND ")}`,
        filter.parameters,
      );
      return Number(row.total);
    },
  };
}

/** The seller, and the search and status filters, as SQL conditions on `a`. */
function filterOf(
  sellerId: string,
  args: AffiliateListArgs,
): { conditions: string[]; parameters: unknown[] } {
  const conditions = ["a.seller_id = ?"];
  const parameters: unknown[] = [sellerId];
  if (args.status != null) {
    if (!Object.values(AffiliateStatus).includes(args.status)) {
      throw new BadInput("status", "The status must be ACTIVE or DISABLED.");
    }
    conditions.push("a.status = ?");
    parameters.push(args.status);
  }
  const search = String(args.search ?? "").trim();
  if (codePointLength(search) > SEARCH_MAX_LENGTH) {
    throw new BadInput("search", `Search for at most ${SEARCH_MAX_LENGTH} characters.`);
  }
  if (search) {
    // The columns' collation is case-insensitive; % and _ in the text are matched literally.
    const pattern = `%${search.replace(/[!%_]/g, (character) => `!${character}`)}%`;
    conditions.push("(a.name LIKE ? ESCAPE '!' OR a.email LIKE ? ESCAPE '!')");
    parameters.push(pattern, pattern);
  }
  return { conditions, parameters };
}
