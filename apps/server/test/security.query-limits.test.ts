import { buildApiSchema } from "@allyhut/schema/graphql";
import { getIntrospectionQuery, parse, print, specifiedRules, validate } from "graphql";
import { operationCost } from "../src/http/limits/query-cost";
import { QUERY_LIMITS, queryLimits } from "../src/http/limits/query-limits";
import { PRODUCTION_ENV, refusalProblems } from "./support/corpus";
import { sampleVariables, spaOperations } from "./support/corpus-spa-operations";
import { FIXTURE_PASSWORD, balanceOf, createProgram, earn } from "./support/fixtures";
import { startTestServer, type GraphQLTestClient, type TestServer } from "./support/http";

/** A query whose deepest path has exactly `depth` fields (an Affiliate → withdrawals → affiliate cycle). */
function queryOfDepth(depth: number): string {
  const cycle = ["withdrawals(first: 1)", "nodes", "affiliate"];
  const path = ["affiliates(first: 1)", "nodes"];
  while (path.length < depth - 1) path.push(cycle[(path.length - 2) % 3] ?? "");
  // The leaf must suit the last object type in the path.
  const last = path[path.length - 1];
  const leaf = last?.startsWith("withdrawals") ? "totalCount" : "id";
  return `query { ${path.join(" { ")} { ${leaf} ${" }".repeat(path.length)} }`;
}

const aliases = (count: number) =>
  `query { ${Array.from({ length: count }, (_, n) => `a${n}: me { id }`).join(" ")} }`;

describe("query limits", () => {
  let server: TestServer;
  let program: Awaited<ReturnType<typeof createProgram>>;
  let seller: GraphQLTestClient;
  let affiliate: GraphQLTestClient;

  beforeAll(async () => {
    // Production settings: what a real client sees, stack traces off.
    server = await startTestServer({ env: PRODUCTION_ENV });
    program = await createProgram(server.db.dataSource, { loginPassword: true });
    await earn(server.db.dataSource, program, 500);
    seller = server.client();
    await seller.login(program.seller.owner.email, FIXTURE_PASSWORD);
    affiliate = server.client();
    await affiliate.login(program.affiliate.user.email, FIXTURE_PASSWORD);
  });
  afterAll(() => server.close());

  /** Sends as the seller; expects a refusal before any resolver: only the viewer lookup ran. */
  async function expectRefusedUnrun(query: string, variables?: Record<string, unknown>) {
    const response = await seller.request(query, variables);
    expect(response.body.data ?? null).toBeNull();
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT" });
    expect(seller.lastStatements).toBe(1);
    const bodyText = JSON.stringify(response.body);
    expect(
      refusalProblems(
        { status: response.status, bodyText },
        { status: 400, code: "BAD_USER_INPUT" },
      ),
    ).toEqual([]);
    return response;
  }

  it("limits depth to 12 fields", async () => {
    const deepest = await seller.request(queryOfDepth(QUERY_LIMITS.maxDepth));
    expect(deepest.body.errors).toBeUndefined();
    expect(deepest.body.data?.affiliates.nodes).toHaveLength(1);
    const refused = await expectRefusedUnrun(queryOfDepth(QUERY_LIMITS.maxDepth + 1));
    expect(refused.body.errors?.[0]?.message).toMatch(/depth limit of 12/);
    await expectRefusedUnrun(queryOfDepth(50));
  });

  it("limits aliases to 30 and directives to 10", async () => {
    const most = await seller.request(aliases(QUERY_LIMITS.maxAliases));
    expect(most.body.errors).toBeUndefined();
    expect(Object.keys(most.body.data ?? {})).toHaveLength(30);
    const refused = await expectRefusedUnrun(aliases(QUERY_LIMITS.maxAliases + 1));
    expect(refused.body.errors?.[0]?.message).toMatch(/aliases/i);
    const directives = Array.from(
      { length: QUERY_LIMITS.maxDirectives + 1 },
      () => "@include(if: true)",
    );
    await expectRefusedUnrun(`query { me ${directives.join(" ")} { id } }`);
  });

  it("refuses more than 1,000 tokens while parsing (1,000 aliases never reach validation)", async () => {
    const refused = await expectRefusedUnrun(aliases(1_000));
    expect(refused.body.errors?.[0]?.message).toMatch(/contains more tha[nt] 1000 tokens/);
  });

  it("limits cost: pages multiply what they select, variables included", async () => {
    const nested = `query Nested($inner: Int!) {
      affiliates(first: 100) { nodes { withdrawals(first: $inner) { nodes { id } } } }
    }`;
    const refused = await expectRefusedUnrun(nested, { inner: 100 });
    expect(refused.body.errors?.[0]?.message).toMatch(/would cost 10201, more than the 10000/);
    const accepted = await seller.request(nested, { inner: 50 });
    expect(accepted.body.errors).toBeUndefined();
    expect(seller.lastStatements).toBeGreaterThan(1);
    // Costs are remembered per document and Int variables: the same answers the second time.
    const refusedAgain = await expectRefusedUnrun(nested, { inner: 100 });
    expect(refusedAgain.body.errors?.[0]?.message).toMatch(/would cost 10201/);
    expect((await seller.request(nested, { inner: 50 })).body.errors).toBeUndefined();
    // Variables that do not fit are still refused by name, not remembered as cheap.
    const wrong = await seller.request(nested, { inner: "many" });
    expect(wrong.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
  });

  it("lets the resolver refuse first: 99999999 by name, still before any SQL of its own", async () => {
    const response = await seller.request(
      "query { affiliates(first: 99999999) { nodes { withdrawals(first: 99999999) { totalCount } } } }",
    );
    expect(response.body.errors?.[0]?.extensions).toEqual({
      code: "BAD_USER_INPUT",
      field: "first",
    });
    expect(seller.lastStatements).toBe(1);
  });

  it("refuses a mutation over a limit without changing anything", async () => {
    const before = await balanceOf(server.db.dataSource, program.affiliate.affiliateId);
    const deepSelection = `id affiliate { withdrawals(first: 1) { nodes { affiliate { withdrawals(first: 1) {
      nodes { affiliate { withdrawals(first: 1) { nodes { affiliate { withdrawals(first: 1) { nodes { id } } } } } } } } } } }`;
    const response = await affiliate.request(
      `mutation Ask($input: RequestWithdrawalInput!) { requestWithdrawal(input: $input) { ${deepSelection} } }`,
      { input: { affiliateId: program.affiliate.affiliateId, amount: "1.00" } },
    );
    expect(response.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(affiliate.lastStatements).toBe(1);
    expect(await balanceOf(server.db.dataSource, program.affiliate.affiliateId)).toEqual(before);
  });

  it("refuses a subscription while validating: this API has none", async () => {
    const refused = await expectRefusedUnrun("subscription { me { id } }");
    expect(refused.body.errors?.[0]?.message).toBe("This API has no subscription operations.");
  });

  it("refuses batched arrays: one operation per request", async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: seller.cookieHeader() },
      body: JSON.stringify([{ query: "{ me { id } }" }, { query: "{ me { id } }" }]),
    });
    expect(response.status).toBe(400);
    const bodyText = await response.text();
    expect(JSON.parse(bodyText).errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(response.headers.get("x-sql-statements")).toBeNull();
    expect(
      refusalProblems(
        { status: response.status, bodyText },
        { status: 400, code: "BAD_USER_INPUT" },
      ),
    ).toEqual([]);
  });

  it("answers the playground's full introspection query", async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    const response = await server.client().request(query);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.__schema.queryType.name).toBe("Query");
  });

  it("never refuses one of the SPA's own operations, even at 100 a page", () => {
    const schema = buildApiSchema();
    const limits = queryLimits();
    const operations = spaOperations();
    expect(operations.length).toBeGreaterThanOrEqual(15);
    for (const { name, operation, document } of operations) {
      // Printed and parsed again, so the token limit applies to the text the SPA sends.
      const reparsed = parse(print(document), limits.parseOptions);
      const errors = validate(schema, reparsed, [...specifiedRules, ...limits.validationRules]);
      expect({ name, errors: errors.map((error) => error.message) }).toEqual({ name, errors: [] });
      const cost = operationCost(schema, document, operation, sampleVariables(schema, operation));
      expect({ name, withinCost: cost !== null && cost <= QUERY_LIMITS.maxCost / 4 }).toEqual({
        name,
        withinCost: true,
      });
    }
  });
});
