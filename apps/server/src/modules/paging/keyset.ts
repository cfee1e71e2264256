import { SortDirection } from "@allyhut/schema";
import { BadInput } from "@allyhut/schema/domain";
import type { Queryable } from "../../db/sql-values";
import type { Page } from "./connection";
import { cursorOf, positionOf, type SortValue, type SortValueKind } from "./cursor";

/** A column a list can be ordered by: an index must end in (…, column, id) for each one. */
export interface SortKey<T> {
  /** Names the order in its cursors, unique among every list's orders (sortKeys checks). */
  label: string;
  column: string;
  kind: SortValueKind;
  valueOf: (node: T) => SortValue;
}

/** A sort key as a list declares it: its column, how its value travels, the node's value of it. */
export type SortColumn<T> = [column: string, kind: SortValueKind, valueOf: (node: T) => SortValue];

// Every label of every list: a cursor names one list's order, never two.
const labelsInUse = new Set<string>();

/** A list's orders by field, each labelled with its field's name (unique among all lists). */
export function sortKeys<F extends string, T>(
  columns: Record<F, SortColumn<T>>,
): Record<F, SortKey<T>> {
  const entries = Object.entries<SortColumn<T>>(columns);
  for (const [label] of entries) {
    if (labelsInUse.has(label)) throw new Error(`two lists order by the label ${label}`);
    labelsInUse.add(label);
  }
  return Object.fromEntries(
    entries.map(([label, [column, kind, valueOf]]) => [label, { label, column, kind, valueOf }]),
  ) as Record<F, SortKey<T>>;
}

export interface KeysetOrder<T> {
  sort: SortKey<T>;
  descending: boolean;
}

/** The order asked for; BAD_USER_INPUT on `orderBy` (`refusal` for a field the list lacks). */
export function keysetOrder<F extends string, T>(
  sorts: Record<F, SortKey<T>>,
  orderBy: { field: F; direction: SortDirection },
  refusal: string,
): KeysetOrder<T> {
  if (!Object.hasOwn(sorts, orderBy.field)) throw new BadInput("orderBy", refusal);
  if (orderBy.direction !== SortDirection.ASC && orderBy.direction !== SortDirection.DESC) {
    throw new BadInput("orderBy", "The direction must be ASC or DESC.");
  }
  return { sort: sorts[orderBy.field], descending: orderBy.direction === SortDirection.DESC };
}

/** Where a page starts: the sort key and id of the last row of the page before. */
export type KeysetPosition = [value: SortValue, id: string];

/** The position of `after` in this order, or null for the first page; BAD_USER_INPUT on `after`. */
export function positionAfter<T>(
  sort: SortKey<T>,
  after: string | null | undefined,
): KeysetPosition | null {
  return after ? positionOf(after, sort.label, sort.kind) : null;
}

export interface KeysetQuery<T> extends KeysetOrder<T> {
  /** `SELECT … FROM …`; the values of its `?` come first in `parameters`. */
  select: string;
  /** Joined with AND; each `?` has its value in `parameters`, after those of `select`. */
  conditions: string[];
  parameters: unknown[];
  /** The id column, the tie-break that makes the order total. */
  idColumn: string;
  /** Checked by pageSizeOf. */
  first: number;
  after: KeysetPosition | null;
}

/**
 * One keyset page in one statement: the rows past `after` in (sort key, id) order, first + 1 of
 * them to tell hasNextPage, so a page is one index range scan, stable under inserts. `rows` are
 * the rows read (one more than the nodes when there is a next page).
 */
export async function keysetPage<T extends { id: string }, R>(
  db: Queryable,
  query: KeysetQuery<T>,
  nodeOf: (row: R) => T,
): Promise<{ page: Page<T>; rows: R[] }> {
  const { sort, idColumn, first, after } = query;
  const column = sort.column;
  const order = query.descending ? "DESC" : "ASC";
  const conditions = [...query.conditions];
  const parameters = [...query.parameters];
  if (after) {
    const beyond = query.descending ? "<" : ">";
    conditions.push(`(${column} ${beyond} ? OR (${column} = ? AND ${idColumn} ${beyond} ?))`);
    parameters.push(after[0], after[0], after[1]);
  }
  const rows: R[] = await db.query(
    `${query.select} WHERE ${conditions.join(" AND ")}
     ORDER BY ${column} ${order}, ${idColumn} ${order} LIMIT ${first + 1}`,
    parameters,
  );
  // The extra row only tells hasNextPage: it is never mapped.
  const nodes: T[] = [];
  for (const row of rows) {
    if (nodes.length === first) break;
    nodes.push(nodeOf(row));
  }
  const last = nodes[nodes.length - 1];
  const endCursor = last ? cursorOf(sort.label, sort.valueOf(last), last.id) : null;
  return { page: { nodes, hasNextPage: rows.length > first, endCursor }, rows };
}
