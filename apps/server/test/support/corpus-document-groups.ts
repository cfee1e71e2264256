// Bad GraphQL documents: syntax, unknown fields and arguments, wrong literals, limits, paging.
import { invalid, refused, type CorpusCase, type CorpusGroup, type Expected } from "./corpus-cases";

const deep = (levels: number) =>
  `query { affiliates(first: 1) { nodes { ${"withdrawals(first: 1) { nodes { affiliate { ".repeat(levels)} id ${"} } } ".repeat(levels)} } } }`;

// Validation refuses a document before it runs (400), naming the argument or input field when one is
// wrong; a page size that is an Int but out of range is the API's rule (200, on first).
const documents: Array<[string, string, Expected?]> = [
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
  ["first as a string", '{ affiliates(first: "10") { totalCount } }', invalid("first")],
  ["first as a float", "{ affiliates(first: 1.5) { totalCount } }", invalid("first")],
  ["first beyond 32 bits", "{ affiliates(first: 2147483648) { totalCount } }", invalid("first")],
  ["first: 99999999", "{ affiliates(first: 99999999) { totalCount } }", refused("first")],
  ["first: 0", "{ affiliates(first: 0) { totalCount } }", refused("first")],
  ["first: -1", "{ withdrawals(first: -1) { totalCount } }", refused("first")],
  [
    "an enum value that does not exist",
    "{ affiliates(orderBy: { field: PASSWORD_HASH, direction: ASC }) { totalCount } }",
    invalid("field"),
  ],
  [
    "an enum given as a string",
    '{ affiliates(orderBy: { field: "NAME", direction: ASC }) { totalCount } }',
    invalid("field"),
  ],
  [
    "SQL as an enum value",
    "{ withdrawals(orderBy: { field: AMOUNT, direction: DESC_NULLS }) { totalCount } }",
    invalid("direction"),
  ],
  [
    "a status that does not exist",
    "{ withdrawals(status: DELETED) { totalCount } }",
    invalid("status"),
  ],
  ["a status in lower case", "{ affiliates(status: active) { totalCount } }", invalid("status")],
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

/**
 * An order given as a variable, and the field each list's refusal names first: NAME is no
 * WithdrawalOrderField, so the withdrawals list names `field` where the affiliates list names
 * `direction`; a value that is no object names the variable.
 */
const orders: Array<[orderBy: unknown, affiliates: string, withdrawals: string]> = [
  [{ field: "NAME; DROP TABLE affiliates", direction: "ASC" }, "field", "field"],
  [{ field: "name", direction: "ASC" }, "field", "field"],
  [{ field: "NAME", direction: "SIDEWAYS" }, "direction", "field"],
  [{ field: "NAME" }, "direction", "field"],
  [{ field: ["NAME"], direction: "ASC" }, "field", "field"],
  ["NAME ASC", "o", "o"],
  [42, "o", "o"],
];

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
/** Cursors no list gave out: the API's cursor check refuses each (200, on `after`), never a page. */
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
      documents.map(([name, query, expect = invalid()]): CorpusCase => ({
        name,
        as: "seller",
        graphql: { query },
        expect,
      })),
  },
  {
    name: "orderBy and cursors",
    cases: () => [
      ...orders.flatMap(([orderBy, affiliatesField, withdrawalsField]): CorpusCase[] => [
        {
          name: `affiliates orderBy ${JSON.stringify(orderBy)}`,
          as: "seller",
          graphql: {
            query: "query Q($o: AffiliateOrder) { affiliates(orderBy: $o) { totalCount } }",
            variables: { o: orderBy },
          },
          expect: invalid(affiliatesField),
        },
        {
          name: `withdrawals orderBy ${JSON.stringify(orderBy)}`,
          as: "seller",
          graphql: {
            query: "query Q($o: WithdrawalOrder) { withdrawals(orderBy: $o) { totalCount } }",
            variables: { o: orderBy },
          },
          expect: invalid(withdrawalsField),
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
          expect: refused("after"),
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
        expect: refused("after"),
      })),
    ],
  },
];
