// Everything read from import.meta.env lives here, so jest can replace this one module.

/** Where the API answers: the same origin in production, proxied by Vite in development. */
export const GRAPHQL_URL = "/graphql";

/** True in `npm run dev`: enables Apollo's dev tools messages. */
export const IS_DEV: boolean = import.meta.env.DEV;
