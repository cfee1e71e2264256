import type {
  ApolloClient,
  FetchPolicy,
  OperationVariables,
  TypedDocumentNode,
} from "@apollo/client";
import type { LoaderFunction, ShouldRevalidateFunction } from "react-router";

/**
 * Fetches one of a screen's queries for its route's loader; by default each time the screen opens
 * (as the screens' `cache-and-network` did). A failure is left to the page's own query to show.
 */
export async function fetchForRoute<TData, TVariables extends OperationVariables>(
  client: ApolloClient,
  query: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  fetchPolicy: FetchPolicy = "network-only",
): Promise<void> {
  // Apollo's preparation of a query (transforming, printing) waits for the next task: the requests
  // for the page's code, sent in this one, leave first, as they are the longer download.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await client.query({ query, variables, fetchPolicy }).catch(() => undefined);
}

/**
 * The fetch policy of a query its route has fetched: the first render reads that answer (no second
 * request); new variables (a filter, a page) ask the server again.
 */
export const FETCHED_BY_ROUTE = {
  fetchPolicy: "cache-first",
  initialFetchPolicy: "cache-and-network",
} as const;

/**
 * A route whose screen renders once `load` has put its data in the cache, fetched alongside the
 * page's code: one render, inside the router's transition (which React can interrupt), instead of
 * a loading render and then a synchronous one when the data arrives.
 */
export function rendersWithData(
  client: ApolloClient,
  load: (client: ApolloClient, search: URLSearchParams) => Promise<unknown>,
): { loader: LoaderFunction; shouldRevalidate: ShouldRevalidateFunction } {
  return {
    loader: async ({ request }) => {
      await load(client, new URL(request.url).searchParams);
      return null;
    },
    // Once per opening, not again for each change of its search (a keystroke in a search box).
    shouldRevalidate: ({ currentUrl, nextUrl }) => currentUrl.pathname !== nextUrl.pathname,
  };
}
