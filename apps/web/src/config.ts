// Everything read from import.meta.env lives here, so jest can replace this one module.

/** Where the API answers: the same origin in production, proxied by Vite in development. */
export const GRAPHQL_URL = "/graphql";

/** True in `npm run dev`: lets the Apollo Client Devtools extension connect. */
export const IS_DEV: boolean = import.meta.env.DEV;
