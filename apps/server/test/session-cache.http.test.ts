import { SESSION_COOKIE } from "../src/modules/auth/session";
import { startTestServer, type TestServer } from "./support/http";

const ME = "{ me { id } }";
const PASSWORD = "session cache password";
let emails = 0;
const freshEmail = () => `cached-${++emails}@session-cache.test`;
const tokenIn = (cookieHeader: string) =>
  new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(cookieHeader)?.[1] ?? "";

describe("the session cache (SESSION_CACHE_MS) over HTTP", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ env: { SESSION_CACHE_MS: "10000" } });
  });
  afterAll(() => server.close());

  it("saves the session's statement on the requests after the first", async () => {
    const client = server.client();
    const userId = await client.signUp("Cached", freshEmail(), PASSWORD);
    expect((await client.request(ME)).body.data?.me?.id).toBe(userId);
    const first = client.lastStatements;
    expect((await client.request(ME)).body.data?.me?.id).toBe(userId);
    expect(client.lastStatements).toBe(first - 1);
  });

  it("answers `me` from the session's own statement, and from the cache with none", async () => {
    const client = server.client();
    const email = freshEmail();
    const userId = await client.signUp("Whole Me", email, PASSWORD);
    const ME_WHOLE = "{ me { id name email } }";
    const expected = { data: { me: { id: userId, name: "Whole Me", email } } };
    const other = server.client();
    await other.login(email, PASSWORD);
    expect((await other.request(ME_WHOLE)).body).toEqual(expected);
    expect(other.lastStatements).toBe(1);
    expect((await other.request(ME_WHOLE)).body).toEqual(expected);
    expect(other.lastStatements).toBe(0);
  });

  it("ends a session on logout at once, also for a replayed cookie", async () => {
    const client = server.client();
    await client.signUp("Leaving", freshEmail(), PASSWORD);
    const token = tokenIn(client.cookieHeader());
    await client.request(ME);
    await client.request(ME);
    expect((await client.request("mutation { logout }")).body).toEqual({ data: { logout: true } });
    const replayed = await client.request(ME, {}, { cookie: `${SESSION_COOKIE}=${token}` });
    expect(replayed.body.data?.me).toBeNull();
  });

  it("forgets the token that a sign-in replaces", async () => {
    const client = server.client();
    const email = freshEmail();
    await client.signUp("Rotating", email, PASSWORD);
    const before = tokenIn(client.cookieHeader());
    await client.request(ME);
    await client.login(email, PASSWORD);
    expect(tokenIn(client.cookieHeader())).not.toBe(before);
    const replayed = await client.request(ME, {}, { cookie: `${SESSION_COOKIE}=${before}` });
    expect(replayed.body.data?.me).toBeNull();
  });

  it("answers as a seller right after createSeller", async () => {
    const client = server.client();
    await client.signUp("Becoming", freshEmail(), PASSWORD);
    await client.request(ME);
    const created = await client.request(
      "mutation C($input: CreateSellerInput!) { createSeller(input: $input) { id } }",
      { input: { name: "Cached Coaching", slug: `cached-coaching-${emails}` } },
    );
    expect(created.body.errors).toBeUndefined();
    const summary = await client.request("{ payoutSummary { pendingCount } }");
    expect(summary.body).toEqual({ data: { payoutSummary: { pendingCount: 0 } } });
  });

  it("keeps the session cached across other writes: the request after one reads no session", async () => {
    const client = server.client();
    await client.signUp("Writing", freshEmail(), PASSWORD);
    await client.request(
      "mutation C($input: CreateSellerInput!) { createSeller(input: $input) { id } }",
      { input: { name: "Writing Coaching", slug: `writing-coaching-${emails}` } },
    );
    await client.request(ME);
    await client.request(ME);
    const cached = client.lastStatements;
    const updated = await client.request(
      "mutation U($input: UpdateSellerSettingsInput!) { updateSellerSettings(input: $input) { id } }",
      { input: { minimumPayout: "5.00" } },
    );
    expect(updated.body.errors).toBeUndefined();
    await client.request(ME);
    expect(client.lastStatements).toBe(cached);
  });
});
