import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { GRAPHQL_URL, IS_DEV } from "../config";

/** The cache: entities by id; connections, money and balances are values inside their parent. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // Each page, filter and order is its own cache entry: paging is page by page.
          affiliates: { keyArgs: ["first", "after", "search", "status", "orderBy"] },
          withdrawals: {
            keyArgs: [
              "first",
              "after",
              "status",
              "affiliateId",
              "paymentMethod",
              "inOpenBatch",
              "orderBy",
            ],
          },
          payoutBatches: { keyArgs: ["first", "after", "status"] },
        },
      },
      PayoutBatch: { fields: { withdrawals: { keyArgs: ["first", "after"] } } },
      Affiliate: {
        fields: {
          commissions: { keyArgs: ["first", "after"] },
          withdrawals: { keyArgs: ["first", "after", "status"] },
        },
      },
      AffiliateConnection: { keyFields: false },
      WithdrawalConnection: { keyFields: false },
      CommissionConnection: { keyFields: false },
      PayoutBatchConnection: { keyFields: false },
      PayoutBatchEdge: { keyFields: false },
      PayoutImportLine: { keyFields: false },
      PageInfo: { keyFields: false, merge: true },
      Money: { keyFields: false, merge: true },
      AffiliateBalance: { keyFields: false, merge: true },
      PayoutSummary: { keyFields: false, merge: true },
      OfferPromotion: { keyFields: false },
      WithdrawalEvent: { keyFields: false },
    },
  });
}

/** The app's client: same-origin /graphql with the session cookie. */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({
      uri: GRAPHQL_URL,
      credentials: "same-origin",
      // The server's CSRF prevention accepts requests that carry a non-simple header.
      headers: { "apollo-require-preflight": "true" },
    }),
    cache: createCache(),
    devtools: { enabled: IS_DEV, name: "AllyHut" },
    defaultOptions: {
      // Money screens check the server each time they open; the cache only fills the first paint.
      watchQuery: { fetchPolicy: "cache-and-network", nextFetchPolicy: "cache-first" },
    },
  });
}
