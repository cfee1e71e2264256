import type { Request, Response } from "express";
import type { StatementCount } from "../db/statement-counter";
import { RETRY_AFTER_SECONDS, unavailableError } from "./service-unavailable";

export const DEADLINE_MESSAGE =
  "The server could not finish this request in time (the database is not answering). Try again " +
  "shortly. A change you sent was not saved, unless it was being committed at that moment: repeat " +
  "it with the same orderId or idempotencyKey to be sure it is saved once.";

/**
 * Answers 503 when the request is not done by `ms`, and marks it abandoned so that none of its
 * further SQL statements runs (a frozen database must not keep clients waiting, nor commit later
 * what the client was told failed).
 */
export function armDeadline(req: Request, res: Response, count: StatementCount, ms: number): void {
  const timer = setTimeout(() => {
    if (res.headersSent) return;
    count.abandoned = true;
    req.log.warn({ deadlineMs: ms, statements: count.statements }, "request deadline passed");
    res
      .status(503)
      .set("Retry-After", String(RETRY_AFTER_SECONDS))
      .json({ errors: [unavailableError(DEADLINE_MESSAGE)] });
    silenceLateAnswer(res);
  }, ms);
  res.on("close", () => clearTimeout(timer));
}

// The handler answers too, when its work ends: there is no one left to hear it.
function silenceLateAnswer(res: Response): void {
  const ignore = () => res;
  Object.assign(res, { setHeader: ignore, send: ignore, write: () => true, end: ignore });
}
