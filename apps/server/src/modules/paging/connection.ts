import type { ConnectionModel } from "@allyhut/schema/domain";

/** A page without its total: the list decides how it counts. */
export type Page<T> = Omit<ConnectionModel<T>, "totalCount">;

/** The connection of a list that cannot hold anything (its owner's id names no row). */
export function emptyConnection<T>(): ConnectionModel<T> {
  return { nodes: [], hasNextPage: false, endCursor: null, totalCount: async () => 0 };
}
