import { request } from "node:http";
import { gunzipSync, gzipSync } from "node:zlib";
import { getIntrospectionQuery } from "graphql";
import { startTestServer, type TestServer } from "./support/http";

// /graphql as one handler: the plain body reader's refusals worded as body-parser's were, bodies it
// leaves to body-parser, and answers written without Express's res.send (compressed, no ETag).

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

describe("the /graphql endpoint", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  /** A request over node:http: headers exactly as given (fetch adds its own), the body in parts. */
  const send = (
    headers: Record<string, string>,
    parts: Array<string | Buffer>,
    method = "POST",
  ): Promise<RawAnswer> =>
    new Promise((resolve, reject) => {
      const req = request(`${server.url}/graphql`, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on("error", reject);
      });
      req.on("error", reject);
      for (const part of parts) req.write(part);
      req.end();
    });

  const postJson = (body: string | Buffer, headers: Record<string, string> = {}) =>
    send({ "content-type": "application/json", ...headers }, [body]);

  const refusalOf = (message: string) => ({
    errors: [{ message, extensions: { code: "BAD_USER_INPUT" } }],
  });
  const jsonOf = (answer: RawAnswer): unknown => JSON.parse(answer.body.toString("utf8"));

  it("refuses a declared length over 100 kB as too large, its bytes unread (not JSON, yet not a 400)", async () => {
    const length = 100 * 1024 + 1;
    const answer = await send(
      { "content-type": "application/json", "content-length": String(length) },
      [Buffer.alloc(length, "!")],
    );
    expect(answer.status).toBe(413);
    expect(jsonOf(answer)).toEqual(refusalOf("The request body is larger than 100 kB."));
  });

  it("refuses a chunked body that grows past 100 kB", async () => {
    const parts = ['{"query":"{ me { id } } #', ...Array(11).fill("x".repeat(10_000)), '"}'];
    const answer = await send({ "content-type": "application/json" }, parts);
    expect(answer.status).toBe(413);
    expect(jsonOf(answer)).toEqual(refusalOf("The request body is larger than 100 kB."));
  });

  it.each([
    ["malformed JSON", '{"query": "{ me { id } }"'],
    ["a JSON string", '"{ me { id } }"'],
    ["a JSON number", "42"],
  ])("answers %s with 400 and body-parser's words", async (_, body) => {
    const answer = await postJson(body);
    expect(answer.status).toBe(400);
    expect(jsonOf(answer)).toEqual(refusalOf("The request body is not valid JSON."));
  });

  it("reads a gzip-encoded JSON body (through body-parser)", async () => {
    const answer = await postJson(gzipSync('{"query":"{ __typename }"}'), {
      "content-encoding": "gzip",
    });
    expect(answer.status).toBe(200);
    expect(jsonOf(answer)).toEqual({ data: { __typename: "Query" } });
  });

  it("sends a large answer gzip-compressed to a client that accepts it, a small one as it is", async () => {
    const large = await postJson(JSON.stringify({ query: getIntrospectionQuery() }), {
      "accept-encoding": "gzip",
    });
    expect(large.status).toBe(200);
    expect(large.headers["content-encoding"]).toBe("gzip");
    expect(large.headers["vary"]).toBe("Accept-Encoding");
    expect(large.headers["content-length"]).toBeUndefined();
    const schema = JSON.parse(gunzipSync(large.body).toString("utf8"));
    expect(schema.data.__schema.queryType).toEqual({ name: "Query", kind: "OBJECT" });

    const small = await postJson('{"query":"{ __typename }"}', { "accept-encoding": "gzip" });
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(small.headers["vary"]).toBe("Accept-Encoding");
    expect(small.headers["content-length"]).toBe(String(small.body.length));
    expect(jsonOf(small)).toEqual({ data: { __typename: "Query" } });
  });

  it("answers with Content-Type and Content-Length, and no ETag", async () => {
    const posted = await postJson('{"query":"{ __typename }"}');
    const got = await send({ "apollo-require-preflight": "true" }, [], "GET");
    const refused = await postJson("{");
    for (const answer of [posted, got, refused]) {
      expect(answer.headers["content-type"]).toBe("application/json; charset=utf-8");
      expect(answer.headers["content-length"]).toBe(String(answer.body.length));
      expect(answer.headers["etag"]).toBeUndefined();
    }
  });

  it("answers HEAD as Apollo does (405), with the length of the body it leaves out", async () => {
    const answer = await send({ "apollo-require-preflight": "true" }, [], "HEAD");
    expect(answer.status).toBe(405);
    expect(answer.headers["allow"]).toBe("GET, POST");
    expect(Number(answer.headers["content-length"])).toBeGreaterThan(0);
    expect(answer.body.length).toBe(0);
  });
});
