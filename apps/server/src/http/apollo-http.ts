import { HeaderMap, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from "@apollo/server";
import type { Request, Response } from "express";

// Express request and response to and from Apollo's HTTP layer, as @as-integrations/express5 did it,
// with the answer written by node's own calls instead of Express's res.send (no ETag, no rewriting).

/** The request as Apollo takes it: header names lower-case (node's), repeated values joined. */
export function httpGraphQLRequestOf(req: Request): HTTPGraphQLRequest {
  const headers = new HeaderMap();
  for (const name in req.headers) {
    const value = req.headers[name];
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  return { method: req.method, headers, search: searchOf(req.url), body: req.body };
}

/** The query string with its "?", without a fragment: what url.parse(req.url).search gave. */
function searchOf(url: string): string {
  const query = url.indexOf("?");
  if (query === -1) return "";
  const fragment = url.indexOf("#");
  if (fragment === -1) return url.slice(query);
  return fragment < query ? "" : url.slice(query, fragment);
}

/** Writes Apollo's answer: its status and headers, then its body whole or part by part. */
export async function sendHttpGraphQLResponse(
  res: Response,
  answer: HTTPGraphQLResponse,
): Promise<void> {
  for (const [name, value] of answer.headers) res.setHeader(name, value);
  res.statusCode = answer.status || 200;
  const { body } = answer;
  if (body.kind === "complete") {
    // Its length up front, as res.send gave it: compression would send a small answer chunked without
    // it, and node a HEAD answer (whose body it leaves out) without any length.
    res.setHeader("Content-Length", Buffer.byteLength(body.string));
    res.end(body.string);
    return;
  }
  for await (const chunk of body.asyncIterator) {
    res.write(chunk);
    // compression holds what it is given: each part of an incremental answer goes out when ready.
    res.flush?.();
  }
  res.end();
}
