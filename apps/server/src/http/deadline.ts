import type { Request, Response } from "express";
import { withRequestDeadline } from "../db/request-deadline";
import { currentStatementCount } from "../db/statement-counter";
import { RETRY_AFTER_SECONDS, unavailableError } from "./service-unavailable";

export const DEADLINE_MESSAGE =
  "The server could not finish this request in time (the database is not answering). Try again " +
  "shortly. A change you sent was not saved, unless it was being committed at that moment: repeat " +
  "it with the same orderId or idempotencyKey to be sure it is saved once.";

/**
 * Runs `work` (which answers the request) under a deadline of `ms`: answers 503 when the request is
 * not done by then, and marks it abandoned so that none of its further SQL statements runs (a frozen
 * database must not keep clients waiting, nor commit later what the client was told failed).
 */
export function answerByDeadline(req: Request, res: Response, ms: number, work: () => void): void {
  withRequestDeadline((deadline) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      deadline.abandoned = true;
      const statements = currentStatementCount()?.statements;
      req.log.warn({ deadlineMs: ms, statements }, "request deadline passed");
      res
        .status(503)
        .set("Retry-After", String(RETRY_AFTER_SECONDS))
        .json({ errors: [unavailableError(DEADLINE_MESSAGE)] });
      silenceLateAnswer(res);
    }, ms);
    res.on("close", () => clearTimeout(timer));
    work();
  });
}

// The handler answers too, when its work ends: there is no one left to hear it.
function silenceLateAnswer(res: Response): void {
  const ignore = () => res;
  Object.assign(res, { setHeader: ignore, send: ignore, write: () => true, end: ignore });
}
