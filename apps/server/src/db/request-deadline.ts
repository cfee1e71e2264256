import { currentRequestScope, withRequestScope, type RequestScope } from "./request-scope";

/** One request's deadline, as its SQL statements see it. */
export type RequestDeadline = Pick<RequestScope, "abandoned">;

/** Thrown instead of sending a statement for a request whose client has already been answered. */
export class RequestAbandonedError extends Error {
  constructor() {
    super("the request's deadline passed: no further statement is sent for it");
    this.name = "RequestAbandonedError";
  }
}

// A rollback must still go out, or the connection would return to the pool inside a transaction.
const ROLLBACK = /^\s*ROLLBACK\b/i;

/**
 * Runs `work` under a deadline; every statement issued from its async chain is held to it. Inside a
 * request's scope (the statement count's) it is that scope, so no second context is carried.
 */
export function withRequestDeadline<T>(work: (deadline: RequestDeadline) => T): T {
  const scope = currentRequestScope();
  return scope ? work(scope) : withRequestScope(work);
}

/**
 * Called before each statement: refuses one of an abandoned request, so a transaction whose client
 * got a 503 rolls back instead of committing later.
 */
export function refuseIfAbandoned(query: string): void {
  if (currentRequestScope()?.abandoned && !ROLLBACK.test(query)) {
    throw new RequestAbandonedError();
  }
}
