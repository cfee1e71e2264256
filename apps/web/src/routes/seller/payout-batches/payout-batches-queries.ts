import type { ApolloClient } from "@apollo/client";
import { fetchForRoute } from "../../../app/route-data";
import { graphql } from "../../../gql";
import type { PayoutBatchStatus } from "../../../gql/graphql";

// The Payout batches screen's list and the variables its URL means (fetched by the route's loader
// with the page's code), free of components and of @allyhut/schema like payouts-queries.ts.

export const PAYOUT_BATCHES_PAGE_SIZE = 20;

export const PayoutBatchesQuery = graphql(`
  query PayoutBatches($first: Int!, $after: String, $status: PayoutBatchStatus) {
    payoutBatches(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        status
        paymentMethod
        createdAt
        itemCount
        total {
          amount
          currencyCode
        }
      }
    }
  }
`);

/** The status filter's choices; "" is both. */
export const BATCH_STATUSES: ("" | PayoutBatchStatus)[] = ["", "OPEN", "CLOSED"];

/** ?status=, anything unknown read as both. */
export const batchStatusOf = (params: URLSearchParams) =>
  BATCH_STATUSES.find((value) => value === params.get("status")) ?? "";

export const payoutBatchesVariables = (status: "" | PayoutBatchStatus, after: string | null) => ({
  first: PAYOUT_BATCHES_PAGE_SIZE,
  after,
  status: status || null,
});

/** The route's data: the first page of the list the URL asks for. */
export const fetchPayoutBatches = (client: ApolloClient, params: URLSearchParams) =>
  fetchForRoute(client, PayoutBatchesQuery, payoutBatchesVariables(batchStatusOf(params), null));
