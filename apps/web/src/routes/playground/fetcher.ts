import { GRAPHQL_URL } from "../../config";

export interface GraphQLRequestParams {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/**
 * GraphiQL's fetcher: same-origin POST with the session cookie, and the non-simple header the
 * server's CSRF prevention asks for.
 */
export async function playgroundFetcher(
  params: GraphQLRequestParams,
  headers?: Record<string, unknown>,
) {
  const response = await fetch(GRAPHQL_URL, {
    method: "POST",
    credentials: "same-origin",
    headers: {
      ...Object.fromEntries(
        Object.entries(headers ?? {}).map(([name, value]) => [name, String(value)]),
      ),
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json",
      "apollo-require-preflight": "true",
    },
    body: JSON.stringify(params),
  });
  return response.json();
}
