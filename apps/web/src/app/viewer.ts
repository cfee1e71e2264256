import type { ApolloClient } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { graphql } from "../gql";
import { fetchForRoute } from "./route-data";

/** Who is signed in, what they own and which programs they belong to. */
export const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      name
      email
      seller {
        id
        name
        slug
        currencyCode
      }
      affiliateAccounts {
        id
        status
        seller {
          id
          name
          slug
          currencyCode
        }
      }
    }
  }
`);

/** The signed-in user (null when signed out); cached, checked against the server once per page load. */
export function useViewer() {
  const { data, loading, error, refetch } = useQuery(ViewerQuery, {
    fetchPolicy: "cache-first",
  });
  return { viewer: data?.me ?? null, loading: loading && !data, error, refetch };
}

/** For the loaders of the screens that show it: the viewer in the cache before they render. */
export async function fetchViewer(client: ApolloClient): Promise<null> {
  await fetchForRoute(client, ViewerQuery, {}, "cache-first");
  return null;
}

/** Where a user lands after signing in: their seller screens, their first program, or onboarding. */
export function homePathFor(
  viewer: { seller?: { id: string } | null; affiliateAccounts: { id: string }[] } | null,
): string {
  if (!viewer) return "/login";
  if (viewer.seller) return "/seller/affiliates";
  const firstAccount = viewer.affiliateAccounts[0];
  return firstAccount ? `/affiliate/${firstAccount.id}` : "/welcome";
}
