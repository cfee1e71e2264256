import { AsyncLocalStorage } from "node:async_hooks";

/** The SQL statements sent on behalf of one HTTP request. */
export interface StatementCount {
  statements: number;
}

const currentCount = new AsyncLocalStorage<StatementCount>();

/** Runs `work` with a fresh statement count; every query issued from its async chain is counted. */
export function countStatements<T>(work: (count: StatementCount) => T): T {
  const count: StatementCount = { statements: 0 };
  return currentCount.run(count, () => work(count));
}

/** The count of the request being handled, if any. */
export const currentStatementCount = (): StatementCount | undefined => currentCount.getStore();

/** Called before each statement: adds it to the current request's count, if any. */
export function countStatement(): void {
  const count = currentCount.getStore();
  if (count) count.statements++;
}
