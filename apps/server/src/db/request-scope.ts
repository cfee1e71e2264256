import { AsyncLocalStorage } from "node:async_hooks";

/** What the database layer knows of the HTTP request a statement is sent for. */
export interface RequestScope {
  /** SQL statements sent on its behalf. */
  statements: number;
  /** Set once its client has been answered without waiting for the work (its deadline passed). */
  abandoned: boolean;
}

// One AsyncLocalStorage for all of it: each store that is live adds to the cost of every async hop.
const currentScope = new AsyncLocalStorage<RequestScope>();

/** Runs `work` in a fresh scope; every statement issued from its async chain belongs to it. */
export function withRequestScope<T>(work: (scope: RequestScope) => T): T {
  const scope: RequestScope = { statements: 0, abandoned: false };
  return currentScope.run(scope, () => work(scope));
}

/** The scope of the request being handled, if any. */
export const currentRequestScope = (): RequestScope | undefined => currentScope.getStore();
