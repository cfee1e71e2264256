import type { ApolloCache } from "@apollo/client";

/**
 * After a change to money (a withdrawal requested or processed, a status toggled, a sale), drops the
 * lists and summaries that might now be wrong. Screens showing them are refetched by the mutation's
 * `refetchQueries: "active"`; screens not on display load afresh when they open instead of showing
 * old figures. `broadcast: false` keeps the visible screen steady until its refetch lands.
 * Balances and counts are not dropped: mutations return the affiliate's fresh ones.
 */
export function evictMoneyViews(cache: ApolloCache, affiliateId?: string): void {
  for (const fieldName of ["withdrawals", "payoutSummary", "affiliates"]) {
    cache.evict({ id: "ROOT_QUERY", fieldName, broadcast: false });
  }
  if (affiliateId) {
    const id = cache.identify({ __typename: "Affiliate", id: affiliateId });
    for (const fieldName of ["withdrawals", "commissions"]) {
      cache.evict({ id, fieldName, broadcast: false });
    }
  }
}
