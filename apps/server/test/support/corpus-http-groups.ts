// Bad requests at the HTTP and document level: bodies, content types, batches, sizes, documents.
import { ErrorCode } from "@allyhut/schema";
import {
  answered,
  httpRefusal,
  invalid,
  refused,
  type CorpusCase,
  type CorpusGroup,
  type CorpusTargets,
  type Expected,
} from "./corpus-cases";

const JSON_TYPE = { "content-type": "application/json" };

/** A mutation that would change the database if it were ever run. */
const disable = (t: CorpusTargets) =>
  `mutation { setAffiliateStatus(input: { affiliateId: "${t.affiliateId}", status: DISABLED }) { id } }`;

// Every one is refused as a bad request (400), but a persisted query, which the server does not keep:
// Apollo runs that far (200).
const malformedBodies: Array<[string, Expected]> = [
  ...[
    "{",
    '{"query": ',
    '{"query": "{ me { id } }"',
    "[",
    "{'query': 1}",
    '{"query": "x",}',
    '{"query":"{ me { id } }"} trailing',
    "\u0000",
    "\ufeff{}",
    "null",
    "42",
    '"a string"',
    "true",
    "",
    "{}",
    '{"query": null}',
    '{"query": 42}',
    '{"query": ["{ me { id } }"]}',
    '{"query": {"a": 1}}',
    '{"variables": {}}',
    '{"query": "{ me { id } }", "variables": "x"}',
    '{"query": "{ me { id } }", "variables": [1, 2]}',
    '{"query": "{ me { id } }", "operationName": 42}',
    '{"query": "{ me { id } }", "extensions": "x"}',
  ].map((body): [string, Expected] => [body, invalid()]),
  [
    '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}',
    answered(ErrorCode.BAD_USER_INPUT),
  ],
];

// Apollo's CSRF prevention refuses what a form could send (400); a JSON charset body-parser cannot
// read is 415 Unsupported Media Type.
const contentTypes: Array<[string, Expected]> = [
  ["text/plain", invalid()],
  ["text/html", invalid()],
  ["application/xml", invalid()],
  ["application/x-www-form-urlencoded", invalid()],
  ["multipart/form-data; boundary=x", invalid()],
  ["application/graphql", invalid()],
  ["application/json; charset=latin1", httpRefusal(415)],
  ["application/json; charset=utf-16", invalid()],
  ["image/png", invalid()],
  ["application/javascript", invalid()],
];

/** 5,000 nested arrays: a variable that is one long descent. */
const deepJson = `${"[".repeat(5_000)}1${"]".repeat(5_000)}`;

export const HTTP_GROUPS: CorpusGroup[] = [
  {
    name: "malformed JSON bodies",
    cases: () =>
      malformedBodies.map(([body, expect]): CorpusCase => ({
        name: `body ${JSON.stringify(body).slice(0, 40)}`,
        as: "anonymous",
        raw: { headers: JSON_TYPE, body },
        expect,
      })),
  },
  {
    name: "content types a form or a script could send",
    cases: (t) => [
      ...contentTypes.map(([type, expect]): CorpusCase => ({
        name: `content-type ${type}`,
        as: "seller",
        raw: { headers: { "content-type": type }, body: JSON.stringify({ query: disable(t) }) },
        expect,
      })),
      {
        name: "no content type",
        as: "seller",
        raw: { body: JSON.stringify({ query: disable(t) }) },
        expect: invalid(),
      },
      // A body that does not decode as it says is a bad request; an encoding nobody knows is 415.
      ...(
        [
          ["gzip", invalid()],
          ["deflate", invalid()],
          ["br", invalid()],
          ["x-zip", httpRefusal(415)],
        ] as const
      ).map(([encoding, expect]): CorpusCase => ({
        name: `content-encoding ${encoding} (a lie)`,
        as: "seller",
        raw: {
          headers: { ...JSON_TYPE, "content-encoding": encoding },
          body: JSON.stringify({ query: disable(t) }),
        },
        expect,
      })),
    ],
  },
  {
    name: "batched arrays and other methods",
    cases: (t) => [
      ...[1, 2, 100].map((count): CorpusCase => ({
        name: `a batch of ${count}`,
        as: "seller",
        raw: { headers: JSON_TYPE, body: JSON.stringify(Array(count).fill({ query: disable(t) })) },
        expect: invalid(),
      })),
      {
        name: "an empty batch",
        as: "seller",
        raw: { headers: JSON_TYPE, body: "[]" },
        expect: invalid(),
      },
      {
        name: "a batch of numbers",
        as: "seller",
        raw: { headers: JSON_TYPE, body: "[1, 2]" },
        expect: invalid(),
      },
      ...["PUT", "PATCH", "DELETE"].map((method): CorpusCase => ({
        name: `${method} with a JSON body`,
        as: "seller",
        raw: { method, headers: JSON_TYPE, body: JSON.stringify({ query: disable(t) }) },
        expect: httpRefusal(405),
      })),
      {
        name: "a mutation by GET",
        as: "seller",
        raw: {
          method: "GET",
          search: `?query=${encodeURIComponent(disable(t))}`,
          headers: { "apollo-require-preflight": "true" },
        },
        // Queries only by GET: a mutation there is 405 Method Not Allowed.
        expect: httpRefusal(405),
      },
      {
        name: "GET with a broken query",
        as: "anonymous",
        raw: { method: "GET", search: "?query=%7B", headers: { "apollo-require-preflight": "1" } },
        expect: invalid(),
      },
      {
        name: "GET with variables that are not JSON",
        as: "anonymous",
        raw: {
          method: "GET",
          search: "?query=%7Bme%7Bid%7D%7D&variables=%7Bx",
          headers: { "apollo-require-preflight": "1" },
        },
        expect: invalid(),
      },
    ],
  },
  {
    name: "sizes",
    cases: (t) => [
      {
        name: "a 1 MB string in a variable, signed out",
        as: "anonymous",
        graphql: {
          query: "mutation R($orderId: String!) { reverseSale(orderId: $orderId) { id } }",
          variables: { orderId: "x".repeat(1_000_000) },
        },
        // Over the body limit: 413 Payload Too Large.
        expect: httpRefusal(413),
      },
      {
        name: "a 13 MB string in a variable, signed in (the limit is 12 MB for a payout report)",
        as: "seller",
        graphql: {
          query: "mutation R($orderId: String!) { reverseSale(orderId: $orderId) { id } }",
          variables: { orderId: "x".repeat(13 * 1024 * 1024) },
        },
        expect: httpRefusal(413),
      },
      {
        name: "a 150 kB query, signed out",
        as: "anonymous",
        graphql: { query: `query { me { id } } # ${"x".repeat(150_000)}` },
        expect: httpRefusal(413),
      },
      {
        name: "a 90 kB note (under the body limit, over the note's)",
        as: "seller",
        graphql: {
          query:
            "mutation P($input: ProcessWithdrawalInput!) { processWithdrawal(input: $input) { id } }",
          variables: {
            input: { withdrawalId: t.withdrawalId, status: "PENDING", note: "n".repeat(90_000) },
          },
        },
        expect: refused("note"),
      },
      {
        name: "5,000 nested arrays as a String variable",
        as: "seller",
        raw: {
          headers: JSON_TYPE,
          body: `{"query":"mutation R($o: String!) { reverseSale(orderId: $o) { id } }","variables":{"o":${deepJson}}}`,
        },
        expect: invalid("o"),
      },
      {
        name: "an 8 kB session cookie",
        as: "anonymous",
        raw: {
          headers: { ...JSON_TYPE, cookie: `allyhut_session=${"a".repeat(8_000)}` },
          body: JSON.stringify({ query: disable(t) }),
        },
        expect: answered(ErrorCode.UNAUTHENTICATED),
      },
      {
        name: "a session cookie with SQL in it",
        as: "anonymous",
        raw: {
          headers: { ...JSON_TYPE, cookie: "allyhut_session=' OR 1=1 --" },
          body: JSON.stringify({ query: disable(t) }),
        },
        expect: answered(ErrorCode.UNAUTHENTICATED),
      },
    ],
  },
];
