// Keyset paging and batched loading, the same for every list: see keyset.ts for a new list.
export { emptyConnection, type Page } from "./connection";
export { cursorOf, encodeCursor, type CursorKey, type SortValue } from "./cursor";
export {
  keysetOrder,
  keysetPage,
  positionAfter,
  sortKeys,
  type KeysetOrder,
  type KeysetPosition,
  type SortKey,
} from "./keyset";
export { groupLoader, loaderKeyOf, rowLoader } from "./loaders";
// The page-size rule is the API's, defined once in the domain entry the resolvers check it with too.
export { pageSizeOf } from "@allyhut/schema/domain";
