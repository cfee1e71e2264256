import type { AuthCheckerFn } from "type-graphql";
import { forbidden, unauthenticated } from "./errors";
import type { ApiContext, Viewer } from "./services";

/** The roles `@Authorized(...)` accepts. No role means: signed in. */
export type ApiRole = "SELLER";

/**
 * `@Authorized()`: signed in, else UNAUTHENTICATED. `@Authorized("SELLER")`: the viewer owns a seller,
 * else FORBIDDEN. Ownership of a record is checked by the services. An arrow function on purpose:
 * type-graphql treats a function with a prototype as a class to instantiate.
 */
export const authChecker: AuthCheckerFn<ApiContext, ApiRole> = ({ context }, roles) => {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated();
  if (roles.includes("SELLER") && viewer.sellerId === null) {
    throw forbidden("Create a seller first.");
  }
  return true;
};

/** The signed-in viewer, for resolvers behind `@Authorized` (throws UNAUTHENTICATED otherwise). */
export function viewerOf(context: ApiContext): Viewer {
  if (!context.viewer) throw unauthenticated();
  return context.viewer;
}
