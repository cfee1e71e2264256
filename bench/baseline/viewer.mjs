import { GraphQLFailure } from "./format.mjs";

/** The signed-in seller's id; UNAUTHENTICATED or FORBIDDEN as AllyHut answers them. */
export function sellerOf(viewer) {
  if (!viewer) throw new GraphQLFailure("UNAUTHENTICATED", "Sign in first.");
  if (viewer.sellerId === null) throw new GraphQLFailure("FORBIDDEN", "Create a seller first.");
  return viewer.sellerId;
}
