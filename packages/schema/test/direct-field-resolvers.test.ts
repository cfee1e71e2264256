import type { GraphQLObjectType } from "graphql";
import { buildApiSchema } from "../src/graphql";
import { errorsOf, run } from "./support/execute";
import { affiliateViewer, sellerViewer } from "./support/fake-services";

const fieldsOf = (type: string) =>
  (buildApiSchema().getType(type) as GraphQLObjectType).getFields();

// type-graphql's handler takes (root, args, context, info); a direct call never needs info.
const runsDirectly = (type: string, field: string) => fieldsOf(type)[field]!.resolve!.length < 4;

describe("plain field resolvers called directly", () => {
  it("skips type-graphql's handler only where it has nothing to do", () => {
    // @Root() alone, and @Root() with @Ctx().
    expect(runsDirectly("Affiliate", "commissionTotal")).toBe(true);
    expect(runsDirectly("Affiliate", "balance")).toBe(true);
    // Inherited from the generic connection.
    expect(runsDirectly("AffiliateConnection", "pageInfo")).toBe(true);
    // Arguments to convert, and roles to check, keep the handler.
    expect(runsDirectly("Affiliate", "commissions")).toBe(false);
    expect(runsDirectly("Query", "affiliates")).toBe(false);
  });

  it("answers with root and context in the order each method declares them", async () => {
    const result = await run(
      sellerViewer,
      `{ affiliates(first: 1, search: "clark") { totalCount pageInfo { hasNextPage }
          nodes { commissionTotal { amount } balance { earned { amount } onHold { amount } }
            seller { name } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.affiliates).toEqual({
      totalCount: 1,
      pageInfo: { hasNextPage: false },
      nodes: [
        {
          commissionTotal: { amount: "10.00" },
          balance: { earned: { amount: "10.00" }, onHold: { amount: "1.00" } },
          seller: { name: "Demo Coaching" },
        },
      ],
    });
  });

  it("still refuses what the roles on a field refuse", async () => {
    const result = await run(affiliateViewer, "{ affiliates(first: 1) { totalCount } }");
    expect(errorsOf(result)).toEqual([expect.objectContaining({ code: "FORBIDDEN" })]);
  });
});
