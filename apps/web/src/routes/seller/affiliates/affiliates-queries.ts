import type { ApolloClient } from "@apollo/client";
import { fetchForRoute } from "../../../app/route-data";
import { graphql } from "../../../gql";
import { DEFAULT_AFFILIATE_SORT, parseAffiliateSort, parseStatusFilter } from "./affiliate-order";

// My Affiliates' query and the variables its URL means: the route's loader fetches it with these
// very variables while the page's code loads, so this file stays free of components.

export const AFFILIATES_PAGE_SIZE = 20;

export const MyAffiliatesQuery = graphql(`
  query MyAffiliates(
    $first: Int!
    $after: String
    $search: String
    $status: AffiliateStatus
    $orderBy: AffiliateOrder
  ) {
    affiliates(first: $first, after: $after, search: $search, status: $status, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        ...AffiliatesTable_affiliate
      }
    }
  }
`);

/** ?q=, ?status= and ?sort= as typed (the search untrimmed, the sort unchecked). */
export function affiliateFilters(params: URLSearchParams) {
  return {
    search: params.get("q") ?? "",
    status: parseStatusFilter(params.get("status")),
    sort: params.get("sort") ?? DEFAULT_AFFILIATE_SORT,
  };
}

/** One page of the list for a search and those filters. */
export function myAffiliatesVariables(
  search: string,
  { status, sort }: ReturnType<typeof affiliateFilters>,
  after: string | null,
) {
  return {
    first: AFFILIATES_PAGE_SIZE,
    after,
    search: search.trim() || null,
    status,
    orderBy: parseAffiliateSort(sort),
  };
}

/** The route's data: the first page of the list the URL asks for. */
export function fetchAffiliates(client: ApolloClient, params: URLSearchParams) {
  const filters = affiliateFilters(params);
  return fetchForRoute(
    client,
    MyAffiliatesQuery,
    myAffiliatesVariables(filters.search, filters, null),
  );
}
