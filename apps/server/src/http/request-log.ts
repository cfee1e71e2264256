import type { RequestHandler, Response } from "express";
import type { Level, Logger } from "pino";
import { requestIdOf } from "./request-id";

declare module "http" {
  interface IncomingMessage {
    /** The request id (the caller's X-Request-Id or a new UUID). */
    id: string;
    /** The process's logger with the request id: every line about this request carries it. */
    log: Logger;
  }
}

const levelOf = (statusCode: number, error: Error | undefined): Level =>
  error || statusCode >= 500 ? "error" : statusCode >= 400 ? "warn" : "info";

/**
 * Request ids and the completion line, as pino-http wrote them (same fields, same messages), for a
 * fraction of its per-request work: one child logger, no request serializer, and the line is built
 * only when its level is on. /health is not logged (load balancers ask every few seconds).
 */
export function requestLogging(log: Logger): RequestHandler {
  return (req, res, next) => {
    const id = requestIdOf(req, res);
    req.id = id;
    req.log = log.child({ reqId: id });
    if (req.url !== "/health") {
      const startedAt = Date.now();
      // Read now: after a client's abort the socket no longer knows its peer.
      const remoteAddress = req.socket.remoteAddress;
      let logged = false;
      const complete = (error?: Error) => {
        if (logged) return;
        logged = true;
        logCompletion(req.log, res, error, {
          req: { id, method: req.method, url: req.originalUrl, remoteAddress },
          startedAt,
        });
      };
      res.once("close", () => complete());
      res.once("error", complete);
    }
    next();
  };
}

function logCompletion(
  log: Logger,
  res: Response,
  error: Error | undefined,
  { req, startedAt }: { req: object; startedAt: number },
): void {
  const level = levelOf(res.statusCode, error);
  if (!log.isLevelEnabled(level)) return;
  const responseTime = Date.now() - startedAt;
  const answer = { statusCode: res.statusCode };
  if (error || res.statusCode >= 500) {
    const err = error ?? new Error(`failed with status code ${res.statusCode}`);
    log[level]({ req, res: answer, err, responseTime }, "request errored");
  } else {
    log[level]({ req, res: answer, responseTime }, "request completed");
  }
}
