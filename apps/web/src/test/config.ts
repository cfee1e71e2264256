// Stands in for src/config.ts under jest, which cannot parse import.meta.env.
export const GRAPHQL_URL = "/graphql";
export const IS_DEV = false;
