import { AsyncLocalStorage } from "node:async_hooks";

/** What the database layer knows of the HTTP request a statement is sent for. */
export interface RequestScope {
  /** SQL statements sent on its behalf. */
  statements: number;
  /** Set once its client has been answered without waiting for the work (its deadline passed). */
  abandoned: boolean;
  /** Where this request's own commits are in the primary's binlog (MariaDB GTIDs), if it wrote. */
  writtenGtid: string | undefined;
  /** What replicas must have applied before they may answer its reads (its session's writes). */
  readAfterGtid: string | undefined;
  /** Every read goes to the primary: a mutation, or no replica caught up in time. */
  readsPrimary: boolean;
  /** Replicas seen to have applied `readAfterGtid`, which need no second wait in this request. */
  caughtUpReplicas: Set<number> | undefined;
}

// One AsyncLocalStorage for all of it: each store that is live adds to the cost of every async hop.
const currentScope = new AsyncLocalStorage<RequestScope>();

/** Runs `work` in a fresh scope; every statement issued from its async chain belongs to it. */
export function withRequestScope<T>(work: (scope: RequestScope) => T): T {
  const scope: RequestScope = {
    statements: 0,
    abandoned: false,
    writtenGtid: undefined,
    readAfterGtid: undefined,
    readsPrimary: false,
    caughtUpReplicas: undefined,
  };
  return currentScope.run(scope, () => work(scope));
}

/** The scope of the request being handled, if any. */
export const currentRequestScope = (): RequestScope | undefined => currentScope.getStore();
