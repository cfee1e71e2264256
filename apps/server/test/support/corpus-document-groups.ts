// Bad GraphQL documents: syntax, unknown fields and arguments, wrong literals, limits, paging.
import { BAD_INPUT, type CorpusCase, type CorpusGroup } from "./corpus-cases";

const deep = (levels: number) =>
  `query { affiliates(first: 1) { nodes { ${"withdrawals(first: 1) { nodes { affiliate { ".repeat(levels)} id ${"} } } ".repeat(levels)} } } }`;

const documents: Array<[string, string]> = [
  ["an unclosed brace", "{"],
  ["an unclosed selection", "query { me { id }"],
  ["a bare keyword", "mutation"],
  ["a subscription", "subscription { me { id } }"],
  ["two anonymous operations", "{ me { id } } { me { id } }"],
  ["two operations of one name", "query A { me { id } } query A { me { id } }"],
  [
    "a fragment cycle",
    "query { me { ...A } } fragment A on User { ...B } fragment B on User { ...A }",
  ],
  ["an unknown root field", "{ users { id email } }"],
  ["a field the API hides", "{ me { passwordHash } }"],
  ["an unknown argument", "{ affiliates(limit: 5) { totalCount } }"],
  ["an unknown directive", "{ me @admin { id } }"],
  ["an undeclared variable", "query { affiliate(id: $id) { id } }"],
  ["a variable of the wrong type", "query Q($id: Int!) { affiliate(id: $id) { id } }"],
  ["a selection on a leaf", "{ me { id { value } } }"],
  ["an object without a selection", "{ me }"],
  ["first as a string", '{ affiliates(first: "10") { totalCount } }'],
  ["first as a float", "{ affiliates(first: 1.5) { totalCount } }"],
  ["first beyond 32 bits", "{ affiliates(first: 2147483648) { totalCount } }"],
  ["first: 99999999", "{ affiliates(first: 99999999) { totalCount } }"],
  ["first: 0", "{ affiliates(first: 0) { totalCount } }"],
  ["first: -1", "{ withdrawals(first: -1) { totalCount } }"],
  [
    "an enum value that does not exist",
    "{ affiliates(orderBy: { field: PASSWORD_HASH, direction: ASC }) { totalCount } }",
  ],
  [
    "an enum given as a string",
    '{ affiliates(orderBy: { field: "NAME", direction: ASC }) { totalCount } }',
  ],
  [
    "SQL as an enum value",
    "{ withdrawals(orderBy: { field: AMOUNT, direction: DESC_NULLS }) { totalCount } }",
  ],
  ["a status that does not exist", "{ withdrawals(status: DELETED) { totalCount } }"],
  ["a status in lower case", "{ affiliates(status: active) { totalCount } }"],
  [
    "an unknown input field",
    '{ affiliates(orderBy: { field: NAME, direction: ASC, raw: "1" }) { totalCount } }',
  ],
  ["depth 50", deep(16)],
  ["1,000 aliases", `{ ${Array.from({ length: 1_000 }, (_, n) => `a${n}: me { id }`).join(" ")} }`],
  ["31 aliases", `{ ${Array.from({ length: 31 }, (_, n) => `a${n}: me { id }`).join(" ")} }`],
  [
    "31 aliased logins (a brute force in one request)",
    `mutation { ${Array.from({ length: 31 }, (_, n) => `a${n}: login(input: { email: "coach@allyhut.test", password: "guess-${n}" }) { id }`).join(" ")} }`,
  ],
  [
    "an introspection bomb",
    "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }",
  ],
];

/** An order or a cursor given as a variable: a value the enum or the cursor format does not know. */
const orders: unknown[] = [
  { field: "NAME; DROP TABLE affiliates", direction: "ASC" },
  { field: "name", direction: "ASC" },
  { field: "NAME", direction: "SIDEWAYS" },
  { field: "NAME" },
  { field: ["NAME"], direction: "ASC" },
  "NAME ASC",
  42,
];

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const cursors: string[] = [
  "x",
  "' OR 1=1 --",
  "a".repeat(5_000),
  base64url(["' OR 1=1 --", "1"]),
  base64url(["x".repeat(5_000), "1"]),
  base64url([1e308, "1"]),
  base64url(["2026-13-45", "99999999999999999999"]),
  base64url([-1, "0 OR 1=1"]),
  base64url({ id: "1" }),
  base64url(null),
];

export const DOCUMENT_GROUPS: CorpusGroup[] = [
  {
    name: "documents",
    cases: () =>
      documents.map(([name, query]): CorpusCase => ({ name, as: "seller", graphql: { query } })),
  },
  {
    name: "orderBy and cursors",
    cases: () => [
      ...orders.flatMap((orderBy): CorpusCase[] => [
        {
          name: `affiliates orderBy ${JSON.stringify(orderBy)}`,
          as: "seller",
          graphql: {
            query: "query Q($o: AffiliateOrder) { affiliates(orderBy: $o) { totalCount } }",
            variables: { o: orderBy },
          },
          codes: BAD_INPUT,
        },
        {
          name: `withdrawals orderBy ${JSON.stringify(orderBy)}`,
          as: "seller",
          graphql: {
            query: "query Q($o: WithdrawalOrder) { withdrawals(orderBy: $o) { totalCount } }",
            variables: { o: orderBy },
          },
          codes: BAD_INPUT,
        },
      ]),
      ...cursors.flatMap((after): CorpusCase[] =>
        ["NAME", "JOINED_AT", "SALES_COUNT", "PENDING_TOTAL"].map((field) => ({
          name: `affiliates after ${after.slice(0, 24)} by ${field}`,
          as: "seller",
          graphql: {
            query: `query Q($after: String) {
              affiliates(after: $after, orderBy: { field: ${field}, direction: ASC }) { totalCount nodes { id } }
            }`,
            variables: { after },
          },
          answers: "either",
        })),
      ),
      ...cursors.map((after): CorpusCase => ({
        name: `withdrawals after ${after.slice(0, 24)}`,
        as: "seller",
        graphql: {
          query: `query Q($after: String) {
              withdrawals(after: $after, orderBy: { field: AMOUNT, direction: DESC }) { nodes { id } }
            }`,
          variables: { after },
        },
        answers: "either",
      })),
    ],
  },
];
