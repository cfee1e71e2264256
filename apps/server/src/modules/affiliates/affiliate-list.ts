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
import { decodeCursor, encodeCursor } from "../../db/cursor";
import { AFFILIATE_COLUMNS, AFFILIATE_FROM, type Row } from "../rows";
import { type Queryable } from "../../db/sql-values";

export const SEARCH_MAX_LENGTH = 100;
/** The contract's documented default: the newest members first. */
export const DEFAULT_AFFILIATE_ORDER = {
  field: AffiliateOrderField.JOINED_AT,
  direction: SortDirection.DESC,
};

// Every order has an index (seller_id, <column>, id), so a page is one index range scan.
const SORT_COLUMNS: Record<AffiliateOrderField, string> = {
  [AffiliateOrderField.NAME]: "a.name",
  [AffiliateOrderField.JOINED_AT]: "a.joined_at",
  [AffiliateOrderField.SALES_COUNT]: "a.sales_count",
  [AffiliateOrderField.COMMISSION_TOTAL]: "a.earned_cents",
  [AffiliateOrderField.PENDING_TOTAL]: "a.pending_cents",
};

const FOREIGN_CURSOR = "This cursor is not one this list gave out; start again without `after`.";

/** One keyset page of a seller's affiliates (first + 1 rows tell hasNextPage) and its total count. */
export async function pageOfAffiliates(
  db: Queryable,
  sellerId: string,
  args: AffiliateListArgs,
  affiliateOf: (row: Row) => AffiliateModel,
): Promise<ConnectionModel<AffiliateModel>> {
  const first = args.first;
  if (!Number.isInteger(first) || first < 1 || first > 100) {
    throw new BadInput("first", "first must be between 1 and 100.");
  }
  const { field, direction } = args.orderBy ?? DEFAULT_AFFILIATE_ORDER;
  const column = SORT_COLUMNS[field];
  if (!column) throw new BadInput("orderBy", "Affiliates cannot be ordered that way.");
  if (direction !== SortDirection.ASC && direction !== SortDirection.DESC) {
    throw new BadInput("orderBy", "The direction must be ASC or DESC.");
  }
  const filter = filterOf(sellerId, args);
  const conditions = [...filter.conditions];
  const parameters = [...filter.parameters];
  const order = direction === SortDirection.ASC ? "ASC" : "DESC";
  if (args.after) {
    const [value, id] = cursorKeyOf(args.after, field);
    const beyond = order === "ASC" ? ">" : "<";
    conditions.push(`(${column} ${beyond} ? OR (${column} = ? AND a.id ${beyond} ?))`);
    parameters.push(value, value, id);
  }
  const rows = await db.query(
    `SELECT ${AFFILIATE_COLUMNS} ${AFFILIATE_FROM} WHERE ${conditions.join(" AND ")}
     ORDER BY ${column} ${order}, a.id ${order} LIMIT ${first + 1}`,
    parameters,
  );
  const nodes: AffiliateModel[] = rows.slice(0, first).map(affiliateOf);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    hasNextPage: rows.length > first,
    endCursor: last ? cursorOf(last, field) : null,
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

// The sort key travels as "FIELD:value": a cursor of another order is refused, not misread.
function cursorOf(affiliate: AffiliateModel, field: AffiliateOrderField): string {
  const values: Record<AffiliateOrderField, string | number> = {
    [AffiliateOrderField.NAME]: affiliate.name,
    [AffiliateOrderField.JOINED_AT]: affiliate.joinedAt.getTime(),
    [AffiliateOrderField.SALES_COUNT]: affiliate.salesCount,
    [AffiliateOrderField.COMMISSION_TOTAL]: affiliate.earnedCents,
    [AffiliateOrderField.PENDING_TOTAL]: affiliate.pendingCents,
  };
  return encodeCursor([`${field}:${values[field]}`, affiliate.id]);
}

function cursorKeyOf(cursor: string, field: AffiliateOrderField): [string | number | Date, string] {
  const [key, id] = decodeCursor(cursor);
  const prefix = `${field}:`;
  if (typeof key !== "string" || !key.startsWith(prefix))
    throw new BadInput("after", FOREIGN_CURSOR);
  const value = key.slice(prefix.length);
  if (field === AffiliateOrderField.NAME) {
    if (codePointLength(value) > 100) throw new BadInput("after", FOREIGN_CURSOR);
    return [value, id];
  }
  const number = /^-?\d{1,16}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(number)) throw new BadInput("after", FOREIGN_CURSOR);
  if (field !== AffiliateOrderField.JOINED_AT) return [number, id];
  const joinedAt = new Date(number);
  if (Number.isNaN(joinedAt.getTime())) throw new BadInput("after", FOREIGN_CURSOR);
  return [joinedAt, id];
}
