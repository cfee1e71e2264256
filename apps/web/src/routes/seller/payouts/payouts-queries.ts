import type { ApolloClient } from "@apollo/client";
import { fetchForRoute } from "../../../app/route-data";
import { graphql } from "../../../gql";
import type { SortDirection, WithdrawalOrderField, WithdrawalStatus } from "../../../gql/graphql";

// The Payouts screen's queries and the variables its URL means: the route's loader fetches them
// with these very variables while the page's code loads, so this file stays free of components.
// Values are typed by the API's generated types, not @allyhut/schema's enums: importing those would
// bring all of that package's rules into the first screen's code.

export const PAYOUTS_PAGE_SIZE = 20;

export const SellerWithdrawalsQuery = graphql(`
  query SellerWithdrawals(
    $first: Int!
    $after: String
    $status: WithdrawalStatus
    $orderBy: WithdrawalOrder
  ) {
    withdrawals(first: $first, after: $after, status: $status, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        ...PayoutsTable_withdrawal
      }
    }
  }
`);

export const PayoutSummaryQuery = graphql(`
  query PayoutSummary {
    payoutSummary {
      pendingCount
      pendingTotal {
        amount
        currencyCode
      }
      approvedCount
      approvedTotal {
        amount
        currencyCode
      }
      rejectedCount
      rejectedTotal {
        amount
        currencyCode
      }
    }
  }
`);

export const PAYOUT_SORTS = [
  { value: "REQUESTED_AT:DESC", label: "Newest first" },
  { value: "REQUESTED_AT:ASC", label: "Oldest first" },
  { value: "AMOUNT:DESC", label: "Largest amount" },
  { value: "AMOUNT:ASC", label: "Smallest amount" },
];
/** The status filter's choices; "" is all of them. */
export const PAYOUT_STATUSES: ("" | WithdrawalStatus)[] = ["", "PENDING", "APPROVED", "REJECTED"];

/** ?status= and ?sort=, anything unknown read as the default. */
export function payoutFilters(params: URLSearchParams) {
  const status = PAYOUT_STATUSES.find((value) => value === params.get("status"));
  const sort = params.get("sort");
  return {
    status: status ?? "",
    sort: PAYOUT_SORTS.some((s) => s.value === sort) ? sort! : PAYOUT_SORTS[0]!.value,
  };
}

/** One page of the withdrawals list under those filters. */
export function sellerWithdrawalsVariables(
  { status, sort }: ReturnType<typeof payoutFilters>,
  after: string | null,
) {
  const [field, direction] = sort.split(":") as [WithdrawalOrderField, SortDirection];
  return {
    first: PAYOUTS_PAGE_SIZE,
    after,
    status: status || null,
    orderBy: { field, direction },
  };
}

/** The route's data: the summary and the first page of the list the URL asks for. */
export function fetchPayouts(client: ApolloClient, params: URLSearchParams) {
  return Promise.all([
    fetchForRoute(client, PayoutSummaryQuery, {}),
    fetchForRoute(
      client,
      SellerWithdrawalsQuery,
      sellerWithdrawalsVariables(payoutFilters(params), null),
    ),
  ]);
}
