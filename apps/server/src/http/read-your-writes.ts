import type { CookieOptions, Request, Response } from "express";
import { laterGtids } from "../db/gtid";
import type { RequestScope } from "../db/request-scope";
import { cookieValues } from "../modules/auth/cookie-values";

/**
 * Where the primary's binlog holds the session's last writes. Kept by the browser, so any instance
 * behind the load balancer knows it with no shared store and no extra write; a forged value can
 * only make its own reads wait (bounded) or go to the primary.
 */
export const READ_AFTER_COOKIE = "allyhut_read_after";
// Longer than any replica lag we would still read from; after it the session reads like any other.
const READ_AFTER_SECONDS = 300;

/** Marks the request with its session's read-after position (from the cookie), if it has one. */
export function readAfterOf(req: Pick<Request, "headers">, scope: RequestScope): void {
  let position: string | undefined;
  for (const value of cookieValues(req.headers.cookie, READ_AFTER_COOKIE)) {
    position = laterGtids(position, safeDecode(value));
  }
  scope.readAfterGtid = position;
}

/** After a request that wrote: the session's reads must wait for its writes from now on. */
export function rememberWrites(res: Response, scope: RequestScope, secure: boolean): void {
  if (!scope.writtenGtid || res.headersSent) return;
  const options: CookieOptions = {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure,
    maxAge: READ_AFTER_SECONDS * 1000,
  };
  res.cookie(READ_AFTER_COOKIE, laterGtids(scope.readAfterGtid, scope.writtenGtid), options);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return "";
  }
}
