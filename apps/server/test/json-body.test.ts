import { PassThrough } from "node:stream";
import type { Request, Response } from "express";
import { readJsonBody } from "../src/http/json-body";
import { SESSION_COOKIE } from "../src/modules/auth/session";

// The plain reader on a stand-in request (a stream with headers): what it reads, what it refuses, when.

const ANONYMOUS_LIMIT = 100 * 1024;
const SIGNED_IN_LIMIT = 12 * 1024 * 1024;
const WELL_FORMED_TOKEN = "a".repeat(43);

type StandIn = PassThrough & { headers: Record<string, string>; body?: unknown };

function standIn(headers: Record<string, string>): StandIn {
  return Object.assign(new PassThrough(), {
    headers: { "content-type": "application/json", ...headers },
  });
}

/** Reads `req`'s body; resolves with the refusal (undefined when read) once `done` is called. */
function read(req: StandIn): { settled: Promise<unknown>; isSettled: () => boolean } {
  let settled = false;
  const promise = new Promise<unknown>((resolve) =>
    readJsonBody(req as unknown as Request, {} as Response, (refusal) => {
      settled = true;
      resolve(refusal);
    }),
  );
  return { settled: promise, isSettled: () => settled };
}

const refusal = (status: number, type: string, limit?: number) =>
  expect.objectContaining({ status, type, ...(limit === undefined ? {} : { limit }) });

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("the plain JSON body reader", () => {
  it("reads a body sent in several chunks, UTF-8 split across them", async () => {
    const req = standIn({ "content-length": String(Buffer.byteLength('{"a":"é"}')) });
    const { settled } = read(req);
    const bytes = Buffer.from('{"a":"é"}');
    req.write(bytes.subarray(0, 7));
    req.end(bytes.subarray(7));
    expect(await settled).toBeUndefined();
    expect(req.body).toEqual({ a: "é" });
  });

  it("drops a byte order mark and reads an empty body as {}, as body-parser does", async () => {
    const withMark = standIn({ "transfer-encoding": "chunked" });
    const first = read(withMark);
    withMark.end("\ufeff \n{}");
    expect(await first.settled).toBeUndefined();
    expect(withMark.body).toEqual({});
    const empty = standIn({ "content-length": "0" });
    const second = read(empty);
    empty.end();
    expect(await second.settled).toBeUndefined();
    expect(empty.body).toEqual({});
  });

  it("refuses a declared length over the limit without reading a byte, answering once the rest is sent", async () => {
    const req = standIn({ "content-length": String(ANONYMOUS_LIMIT + 1) });
    const { settled, isSettled } = read(req);
    // Nothing listens for the body's bytes: they are discarded, not buffered.
    expect(req.listenerCount("data")).toBe(0);
    req.write(Buffer.alloc(ANONYMOUS_LIMIT));
    await tick();
    expect(isSettled()).toBe(false);
    req.end(Buffer.alloc(1));
    expect(await settled).toEqual(refusal(413, "entity.too.large", ANONYMOUS_LIMIT));
    expect(req.body).toBeUndefined();
  });

  it("takes up to 12 MB with a well-formed session cookie", async () => {
    const cookie = `${SESSION_COOKIE}=${WELL_FORMED_TOKEN}`;
    const body = JSON.stringify({ query: `{ me { id } } #${"x".repeat(2 * ANONYMOUS_LIMIT)}` });
    const large = standIn({ cookie, "content-length": String(body.length) });
    const taken = read(large);
    large.end(body);
    expect(await taken.settled).toBeUndefined();
    expect(large.body).toEqual(JSON.parse(body));
    const tooLarge = standIn({ cookie, "content-length": String(SIGNED_IN_LIMIT + 1) });
    const refused = read(tooLarge);
    tooLarge.end(Buffer.alloc(SIGNED_IN_LIMIT + 1));
    expect(await refused.settled).toEqual(refusal(413, "entity.too.large", SIGNED_IN_LIMIT));
  });

  it("refuses a chunked body once it grows past the limit, after reading off the rest", async () => {
    const req = standIn({ "transfer-encoding": "chunked" });
    const { settled, isSettled } = read(req);
    req.write('{"query":"');
    req.write(Buffer.alloc(ANONYMOUS_LIMIT, "x"));
    await tick();
    expect(isSettled()).toBe(false);
    req.end('"}');
    expect(await settled).toEqual(refusal(413, "entity.too.large", ANONYMOUS_LIMIT));
  });

  it.each([
    ["malformed JSON", '{"query": '],
    ["a string", '"{ me { id } }"'],
    ["a number", "42"],
    ["null", "null"],
    ["only whitespace", " \t\r\n"],
  ])("refuses %s as body-parser's strict mode does", async (_, body) => {
    const req = standIn({ "content-length": String(Buffer.byteLength(body)) });
    const { settled } = read(req);
    req.end(body);
    expect(await settled).toEqual(refusal(400, "entity.parse.failed"));
  });

  it("reports a request aborted mid-body", async () => {
    const req = standIn({ "content-length": "100" });
    const { settled } = read(req);
    req.write('{"query":');
    req.emit("aborted");
    req.destroy();
    expect(await settled).toEqual(refusal(400, "request.aborted"));
  });
});
