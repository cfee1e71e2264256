import { currentRequestScope, withRequestScope, type RequestScope } from "./request-scope";

/** The SQL statements sent on behalf of one HTTP request. */
export type StatementCount = Pick<RequestScope, "statements">;

/** Runs `work` with a fresh statement count; every query issued from its async chain is counted. */
export function countStatements<T>(work: (count: StatementCount) => T): T {
  return withRequestScope(work);
}

/** The count of the request being handled, if any. */
export const currentStatementCount = (): StatementCount | undefined => currentRequestScope();

/** Called before each statement: adds it to the current request's count, if any. */
export function countStatement(): void {
  const scope = currentRequestScope();
  if (scope) scope.statements++;
}
