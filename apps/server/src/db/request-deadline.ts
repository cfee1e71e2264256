import { AsyncLocalStorage } from "node:async_hooks";

/** One request's deadline, as its SQL statements see it. */
export interface RequestDeadline {
  /** Set once the client has been answered without waiting for the work (its deadline passed). */
  abandoned: boolean;
}

/** Thrown instead of sending a statement for a request whose client has already been answered. */
export class RequestAbandonedError extends Error {
  constructor() {
    super("the request's deadline passed: no further statement is sent for it");
    this.name = "RequestAbandonedError";
  }
}

// A rollback must still go out, or the connection would return to the pool inside a transaction.
const ROLLBACK = /^\s*ROLLBACK\b/i;

const currentDeadline = new AsyncLocalStorage<RequestDeadline>();

/** Runs `work` under a deadline; every statement issued from its async chain is held to it. */
export function withRequestDeadline<T>(work: (deadline: RequestDeadline) => T): T {
  const deadline: RequestDeadline = { abandoned: false };
  return currentDeadline.run(deadline, () => work(deadline));
}

/**
 * Called before each statement: refuses one of an abandoned request, so a transaction whose client
 * got a 503 rolls back instead of committing later.
 */
export function refuseIfAbandoned(query: string): void {
  if (currentDeadline.getStore()?.abandoned && !ROLLBACK.test(query)) {
    throw new RequestAbandonedError();
  }
}
