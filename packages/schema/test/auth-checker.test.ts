import type { GraphQLResolveInfo } from "graphql";
// The auth checker throws the domain's errors (the base of Unauthenticated and Forbidden).
import { DomainError as ApiError, type Viewer } from "../src/domain";
import { authChecker, type ApiContext } from "../src/graphql";

function check(viewer: Viewer | null, roles: Array<"SELLER">): unknown {
  const context = { viewer } as ApiContext;
  try {
    return authChecker({ context, root: {}, args: {}, info: {} as GraphQLResolveInfo }, roles);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return { code: error.extensions.code, message: error.message };
  }
}

describe("authChecker", () => {
  const user: Viewer = { userId: "u1", sellerId: null };
  const sellerOwner: Viewer = { userId: "u2", sellerId: "s1" };

  it("lets any signed-in user through @Authorized()", () => {
    expect(check(user, [])).toBe(true);
    expect(check(sellerOwner, [])).toBe(true);
  });

  it("answers UNAUTHENTICATED to anonymous requests, whatever the role", () => {
    expect(check(null, [])).toEqual({ code: "UNAUTHENTICATED", message: "Sign in first." });
    expect(check(null, ["SELLER"])).toEqual({ code: "UNAUTHENTICATED", message: "Sign in first." });
  });

  it('lets only seller owners through @Authorized("SELLER")', () => {
    expect(check(sellerOwner, ["SELLER"])).toBe(true);
    expect(check(user, ["SELLER"])).toEqual({
      code: "FORBIDDEN",
      message: "Create a seller first.",
    });
  });

  it("is an arrow function, which type-graphql calls instead of instantiating", () => {
    expect(authChecker.prototype).toBeUndefined();
  });
});
