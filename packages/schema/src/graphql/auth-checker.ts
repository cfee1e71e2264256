import type { AuthCheckerFn } from "type-graphql";
import { Forbidden, Unauthenticated, type Viewer } from "../domain";
import type { ApiContext } from "./context";

/** The roles `@Authorized(...)` accepts. No role means: signed in. */
export type ApiRole = "SELLER";

/**
 * `@Authorized()`: signed in, else UNAUTHENTICATED. `@Authorized("SELLER")`: the viewer owns a seller,
 * else FORBIDDEN. Ownership of a record is checked by the services. An arrow function on purpose:
 * type-graphql treats a function with a prototype as a class to instantiate.
 */
export const authChecker: AuthCheckerFn<ApiContext, ApiRole> = ({ context }, roles) => {
  const viewer = context.viewer;
  if (!viewer) throw new Unauthenticated();
  if (roles.includes("SELLER") && viewer.sellerId === null) {
    throw new Forbidden("Create a seller first.");
  }
  return true;
};

/** The signed-in viewer, for resolvers behind `@Authorized` (throws UNAUTHENTICATED otherwise). */
export function viewerOf(context: ApiContext): Viewer {
  if (!context.viewer) throw new Unauthenticated();
  return context.viewer;
}
