import { startTestServer, type TestServer } from "./support/http";

// Refusals made before GraphQL runs (the body parser's) still answer with a contract code and words.
describe("HTTP-level refusals", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const post = (body: string | Buffer, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
    });

  it.each([
    [
      "malformed JSON",
      () => post('{"query": "{ me { id } }"'),
      400,
      "The request body is not valid JSON.",
    ],
    [
      "a body over 100 kB",
      () => post(JSON.stringify({ query: `{ me { id } } #${"x".repeat(200_000)}` })),
      413,
      "The request body is larger than 100 kB.",
    ],
    [
      "an unsupported charset",
      () => post("{}", { "content-type": "application/json; charset=latin-9" }),
      415,
      "The request body's charset is not supported; send UTF-8.",
    ],
  ])("%s: BAD_USER_INPUT with a plain message", async (_, send, status, message) => {
    const answer = await send();
    expect(answer.status).toBe(status);
    expect(await answer.json()).toEqual({
      errors: [{ message, extensions: { code: "BAD_USER_INPUT" } }],
    });
  });
});
