import { MAX_PAGE_SIZE, badInput } from "@allyhut/schema/graphql";

/** A page holds 1 to MAX_PAGE_SIZE nodes; BAD_USER_INPUT on `first` otherwise. */
export function pageSizeOf(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput("first", `first must be between 1 and ${MAX_PAGE_SIZE}.`);
  }
  return first;
}
