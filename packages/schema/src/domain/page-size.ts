import { BadInput } from "./errors";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/**
 * The one check of a connection's `first`: 1 to MAX_PAGE_SIZE nodes, null meaning the default;
 * BAD_USER_INPUT on `first` otherwise.
 */
export function pageSizeOf(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new BadInput("first", `first must be between 1 and ${MAX_PAGE_SIZE}.`);
  }
  return size;
}
