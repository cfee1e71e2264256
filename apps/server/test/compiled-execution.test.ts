import { ApolloServer } from "@apollo/server";
import { buildApiSchema } from "@allyhut/schema/graphql";
import { loadConfig } from "../src/config";
import { compiledGateway } from "../src/http/execution/compiled-executor";
import type { RequestContext } from "../src/http/graphql";
import { PRODUCTION_ENV } from "./support/corpus";
import { createProgram } from "./support/fixtures";
import { startTestServer, type AnyData, type TestServer } from "./support/http";
import { sessionCookieFor } from "./support/matrix-world";

describe("compiled execution (graphql-jit behind Apollo's gateway hook)", () => {
  it("compiles an operation once and serves it compiled from then on", async () => {
    const { gateway, operations } = compiledGateway(buildApiSchema());
    const apollo = new ApolloServer<RequestContext>({ gateway });
    await apollo.start();
    const contextValue = { viewer: null } as unknown as RequestContext;
    try {
      for (let i = 0; i < 3; i++) {
        const answer = await apollo.executeOperation({ query: "{ me { id } }" }, { contextValue });
        expect(answer.body).toEqual({ kind: "single", singleResult: { data: { me: null } } });
      }
      expect(operations.compiled).toBe(1);
      expect(operations.runs).toBe(3);
      // Introspection stays with graphql-js.
      await apollo.executeOperation(
        { query: "{ __schema { queryType { name } } }" },
        { contextValue },
      );
      expect(operations.compiled).toBe(1);
      // An input object without defaults compiles; one with a default (allowReusedReceipt) does not.
      for (const query of [
        "mutation R($input: RequestWithdrawalInput!) { requestWithdrawal(input: $input) { id } }",
        "mutation P($input: ProcessWithdrawalInput!) { processWithdrawal(input: $input) { id } }",
      ]) {
        await apollo.executeOperation({ query, variables: { input: {} } }, { contextValue });
      }
      expect(operations.compiled).toBe(2);
    } finally {
      await apollo.stop();
    }
  });
});

describe("the compiled path answers exactly as graphql-js does", () => {
  const servers: Record<"jit" | "graphqlJs", TestServer | undefined> = {
    jit: undefined,
    graphqlJs: undefined,
  };
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    servers.jit = await startTestServer({ env: PRODUCTION_ENV });
    servers.graphqlJs = await startTestServer({
      env: { ...PRODUCTION_ENV, GRAPHQL_JIT: "off" },
    });
    for (const [key, server] of Object.entries(servers)) {
      const program = await createProgram(server!.db.dataSource);
      cookies[key] = await sessionCookieFor(server!.db.dataSource, program.seller.owner.userId);
    }
    expect(loadConfig({ GRAPHQL_JIT: "off" }).compiledExecution).toBe(false);
  });
  afterAll(async () => {
    await servers.jit?.close();
    await servers.graphqlJs?.close();
  });

  const CREATE_OFFER =
    "mutation C($input: CreateOfferInput!) { createOffer(input: $input) { id name price { amount } } }";
  const offer = (changes: AnyData) => ({
    input: {
      name: "Course",
      price: "49.00",
      commissionType: "PERCENTAGE",
      commissionValue: "10",
      ...changes,
    },
  });
  const cases: Array<[string, string, AnyData | undefined, boolean]> = [
    // An input object without defaults in it runs compiled: each of these once on each path.
    ["an input object variable", CREATE_OFFER, offer({}), true],
    [
      "an optional input field given as null",
      CREATE_OFFER,
      offer({ url: null, holdDays: null }),
      true,
    ],
    [
      "an optional input field given",
      CREATE_OFFER,
      offer({ url: "https://x.test/c", holdDays: 7 }),
      true,
    ],
    ["a bad Decimal variable", CREATE_OFFER, offer({ price: "4.9.9" }), true],
    ["a Decimal of the wrong type", CREATE_OFFER, offer({ commissionValue: 12 }), true],
    ["an unknown input field", CREATE_OFFER, offer({ colour: "red" }), true],
    ["a wrong enum value", CREATE_OFFER, offer({ commissionType: "HALF" }), true],
    ["a missing required variable", CREATE_OFFER, {}, true],
    [
      "a bad Int variable",
      "query P($first: Int!) { affiliates(first: $first) { totalCount } }",
      { first: "ten" },
      true,
    ],
    [
      "a domain error from a resolver",
      "query P($first: Int!) { affiliates(first: $first) { totalCount } }",
      { first: 5000 },
      true,
    ],
    ["signed out", "{ affiliates(first: 5) { totalCount } }", undefined, false],
    [
      "a list with nested fields",
      "{ me { id email } affiliates(first: 5) { totalCount nodes { id name balance { available { amount currencyCode } } } } }",
      undefined,
      true,
    ],
    ["a validation error", "{ me { nope } }", undefined, true],
  ];

  const IMPORT =
    "mutation I($input: ImportSalesInput!) { importSales(input: $input) { dryRun recordedCount } }";
  const ROW =
    '{ line: 1, offer: "Nope", orderId: "O-1", referralCode: "NOPE", saleAmount: "1.00" }';
  cases.push(
    ["an input field's default value (dryRun)", IMPORT, { input: { rows: [] } }, true],
    [
      "an input field's default value in a literal",
      `mutation { importSales(input: { rows: [${ROW}] }) { dryRun problemCount } }`,
      undefined,
      true,
    ],
    [
      "a scalar variable inside a literal input",
      `mutation I($amount: String!) { importSales(input: { dryRun: true, rows: [{ line: 1, offer: "Nope", orderId: "O-2", referralCode: "NOPE", saleAmount: $amount }] }) { dryRun problemCount } }`,
      { amount: 5 },
      true,
    ],
  );

  // A Decimal variable in a literal input: the operation is compiled (its variables are scalars).
  const PRICED = `mutation C($price: Decimal!) {
    createOffer(input: { name: "Course", price: $price, commissionType: PERCENTAGE, commissionValue: "10" }) { id }
  }`;
  cases.push(["a bad Decimal variable of a compiled operation", PRICED, { price: "4.9.9" }, true]);

  it.each(cases)("%s", async (_label, query, variables, signedIn) => {
    const answers = [];
    for (const [key, server] of Object.entries(servers)) {
      const headers: Record<string, string> = signedIn ? { cookie: cookies[key]! } : {};
      const { status, body } = await server!.client().request(query, variables, headers);
      // Each server has its own fixture: its ids and e-mail addresses differ, nothing else may.
      const text = JSON.stringify(body).replace(/"(id|email)":"[^"]*"/g, '"$1":"…"');
      answers.push({ status, body: text });
    }
    expect(answers[0]).toEqual(answers[1]);
  });

  it("keeps a variable error BAD_USER_INPUT with the Decimal scalar's own message", async () => {
    const answer = await servers.jit!.client().request(
      PRICED,
      { price: "4.9.9" },
      {
        cookie: cookies.jit!,
      },
    );
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(answer.body.errors?.[0]?.message).toMatch(
      /^Variable "\$price" got invalid value "4\.9\.9"; /,
    );
    expect(answer.body.errors?.[0]?.message).not.toMatch(/Expected type Decimal\.$/);
  });
});
