// Typed by the API's generated types, not @allyhut/schema's enums: the route's loader imports this
// file, and those would bring all of that package's rules into the first screen's code.
import type { AffiliateOrderField, AffiliateStatus, SortDirection } from "../../../gql/graphql";

/** Every order the API offers, as the choices of the Sort menu. */
export const AFFILIATE_SORTS = [
  { value: "JOINED_AT:DESC", label: "Newest first" },
  { value: "JOINED_AT:ASC", label: "Oldest first" },
  { value: "NAME:ASC", label: "Name A–Z" },
  { value: "NAME:DESC", label: "Name Z–A" },
  { value: "SALES_COUNT:DESC", label: "Most sales" },
  { value: "SALES_COUNT:ASC", label: "Fewest sales" },
  { value: "COMMISSION_TOTAL:DESC", label: "Highest commissions" },
  { value: "COMMISSION_TOTAL:ASC", label: "Lowest commissions" },
  { value: "PENDING_TOTAL:DESC", label: "Most pending withdrawals" },
  { value: "PENDING_TOTAL:ASC", label: "Least pending withdrawals" },
] as const;

export const DEFAULT_AFFILIATE_SORT = "JOINED_AT:DESC";

/** "NAME:ASC" → { field: NAME, direction: ASC }; anything unknown falls back to the default. */
export function parseAffiliateSort(value: string | null) {
  const known = AFFILIATE_SORTS.some((sort) => sort.value === value) ? value : null;
  const [field, direction] = (known ?? DEFAULT_AFFILIATE_SORT).split(":");
  return {
    field: field as AffiliateOrderField,
    direction: direction as SortDirection,
  };
}

const STATUSES: AffiliateStatus[] = ["ACTIVE", "DISABLED"];

export const STATUS_FILTERS = [
  { value: "", label: "All statuses" },
  { value: "ACTIVE", label: "Active" },
  { value: "DISABLED", label: "Disabled" },
] satisfies { value: "" | AffiliateStatus; label: string }[];

export function parseStatusFilter(value: string | null): AffiliateStatus | null {
  return STATUSES.find((status) => status === value) ?? null;
}
