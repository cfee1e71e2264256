import { INTERNAL_ERROR_MESSAGE } from "@allyhut/schema/graphql";
import { startTestServer, type TestServer } from "./support/http";

// Stack traces reach a client only when EXPOSE_ERROR_DETAILS asks for them, development or not.
describe("error details of an internal error", () => {
  const servers: TestServer[] = [];
  afterAll(() => Promise.all(servers.map((server) => server.close())));

  /** A server whose sellers table lost a column: sellerBySlug then fails inside, not for the client. */
  async function brokenServer(env: NodeJS.ProcessEnv): Promise<TestServer> {
    const server = await startTestServer({ env });
    servers.push(server);
    await server.db.dataSource.query("ALTER TABLE sellers RENAME COLUMN slug TO slug_gone");
    return server;
  }

  const internalErrorOf = async (server: TestServer) => {
    const answer = await server.client().request('{ sellerBySlug(slug: "any") { name } }');
    expect(answer.body.errors).toHaveLength(1);
    const [error] = answer.body.errors ?? [];
    expect(error?.message).toBe(INTERNAL_ERROR_MESSAGE);
    expect(error?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    return error!;
  };

  it("NODE_ENV=development: no stacktrace by default", async () => {
    const error = await internalErrorOf(await brokenServer({ NODE_ENV: "development" }));
    expect(error.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR" });
  });

  it("NODE_ENV=development with EXPOSE_ERROR_DETAILS=1: the stacktrace, for debugging", async () => {
    const server = await brokenServer({ NODE_ENV: "development", EXPOSE_ERROR_DETAILS: "1" });
    const error = await internalErrorOf(server);
    expect(error.extensions?.stacktrace).toEqual(expect.arrayContaining([expect.any(String)]));
    expect(error.extensions?.stacktrace.join("\n")).toMatch(/slug/);
  });
});
