import express, { type Request, type Response } from "express";
import { sessionTokenOf } from "../modules/auth/session";

const ANONYMOUS_LIMIT = 100 * 1024;
// A payout report (5 MiB of CSV, PAYOUT_REPORT_MAX_BYTES) JSON-escaped in a variable, with room:
// a larger file reaches the report parser, which refuses it on the csv field, not a bare 413.
const SIGNED_IN_LIMIT = 12 * 1024 * 1024;

// Everything the plain reader does not take (compressed bodies, other charsets, other types, no body).
const anonymousParser = express.json({ limit: ANONYMOUS_LIMIT });
const signedInParser = express.json({ limit: SIGNED_IN_LIMIT });

/** The Content-Type spellings of UTF-8 JSON that clients send; other spellings go to body-parser. */
const PLAIN_JSON_TYPES = new Set([
  "application/json",
  "application/json; charset=utf-8",
  "application/json;charset=utf-8",
  "application/json; charset=UTF-8",
]);

// body-parser's strict mode: a body is an object or an array, after JSON's own whitespace.
const OBJECT_OR_ARRAY = /^[ \t\n\r]*[{[]/;

/** A body refused before GraphQL runs, with body-parser's status and type (what jsonErrors words). */
export class BodyRefusal extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly limit?: number,
  ) {
    super(`request body refused: ${type}`);
    this.name = "BodyRefusal";
  }
}

/**
 * Sets req.body from the JSON body: up to 100 kB without a session cookie, 12 MB with one. Only the
 * cookie's form is checked here (no statement before the count starts); a forged one is answered
 * UNAUTHENTICATED after its parse, so the large limit costs at most one 12 MB parse per request.
 * `done` gets the refusal, if any, as body-parser's `next` would.
 */
export function readJsonBody(req: Request, res: Response, done: (error?: unknown) => void): void {
  const signedIn = sessionTokenOf(req) !== null;
  if (isPlainJson(req)) readPlainJson(req, signedIn ? SIGNED_IN_LIMIT : ANONYMOUS_LIMIT, done);
  else (signedIn ? signedInParser : anonymousParser)(req, res, done);
}

/** UTF-8 JSON as it comes off the wire (no Content-Encoding), with a body: what nearly every client sends. */
function isPlainJson(req: Request): boolean {
  const { headers } = req;
  const encoding = headers["content-encoding"];
  return (
    PLAIN_JSON_TYPES.has(headers["content-type"] ?? "") &&
    (encoding === undefined || encoding.toLowerCase() === "identity") &&
    (headers["content-length"] !== undefined || headers["transfer-encoding"] !== undefined)
  );
}

/** body-parser's reading (raw-body's limits and refusals, strict parsing) without its per-request setup. */
function readPlainJson(req: Request, limit: number, done: (error?: unknown) => void): void {
  const declared = req.headers["content-length"];
  // Refused on its word, without buffering a byte.
  if (declared !== undefined && Number(declared) > limit) {
    return discardRest(req, () => done(new BodyRefusal(413, "entity.too.large", limit)));
  }
  const chunks: Buffer[] = [];
  let received = 0;
  const finish = (refusal: BodyRefusal | undefined) => {
    req.off("data", onData);
    req.off("end", onEnd);
    req.off("error", onError);
    req.off("aborted", onAborted);
    if (refusal) return discardRest(req, () => done(refusal));
    try {
      req.body = parseStrictJson(
        chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, received),
      );
    } catch {
      return done(new BodyRefusal(400, "entity.parse.failed"));
    }
    done();
  };
  const onData = (chunk: Buffer) => {
    received += chunk.length;
    if (received > limit) finish(new BodyRefusal(413, "entity.too.large", limit));
    else chunks.push(chunk);
  };
  // Node's parser ends a body with a Content-Length only once all of it came: no size check here.
  const onEnd = () => finish(undefined);
  // A socket error gets raw-body's 400 without a type: "The request could not be read."
  const onError = () => finish(new BodyRefusal(400, "request.unreadable"));
  const onAborted = () => finish(new BodyRefusal(400, "request.aborted"));
  req.on("data", onData);
  req.on("end", onEnd);
  req.on("error", onError);
  req.on("aborted", onAborted);
}

/** The body as body-parser's strict JSON parser reads it; throws on what it would refuse. */
function parseStrictJson(body: Buffer): unknown {
  let text = body.toString("utf8");
  // iconv-lite, body-parser's decoder, drops a byte order mark.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // An empty body is {}: body-parser's allowance for a common client mistake.
  if (text.length === 0) return {};
  if (!OBJECT_OR_ARRAY.test(text)) throw new SyntaxError("not an object or an array");
  return JSON.parse(text);
}

/**
 * Reads off what is left of a refused body, then calls `then`, as body-parser does: the answer
 * comes once the client has sent it all, and the connection stays usable for its next request.
 */
function discardRest(req: Request, then: () => void): void {
  if (req.destroyed || req.readableEnded) return then();
  let called = false;
  const once = () => {
    if (called) return;
    called = true;
    then();
  };
  req.once("end", once);
  req.once("close", once);
  req.resume();
}
