import { useApolloClient } from "@apollo/client/react";
import { useCallback } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { homePathFor, ViewerQuery } from "../../app/viewer";
import { safeNextPath } from "./next-path";

/** After sign in or sign up: forget any previous user's data, load the new viewer, go on. */
export function useSignedIn() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  return useCallback(async () => {
    await client.clearStore();
    const { data } = await client.query({ query: ViewerQuery, fetchPolicy: "network-only" });
    await navigate(safeNextPath(search) ?? homePathFor(data?.me ?? null), { replace: true });
  }, [client, navigate, search]);
}
