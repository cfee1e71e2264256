import { createHash } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { LOGIN_FAILED_MESSAGE } from "../src/modules/auth/auth.service";
import { MAX_ACCOUNT_FAILURES } from "../src/modules/auth/login-throttle";
import { SESSION_COOKIE, createSessionControl } from "../src/modules/auth/session";
import { createTestDatabase } from "./support/database";
import { FIXTURE_PASSWORD, createAffiliate, createSeller } from "./support/fixtures";
import { startTestServer, type GraphQLResponse, type TestServer } from "./support/http";

const ME =
  "query { me { id name email seller { id slug } affiliateAccounts { id sellerId: seller { id } } } }";
const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { id name email } }`;
const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { id email } }`;
const LOGOUT = "mutation { logout }";

const PASSWORD = "a good long password";
let counter = 0;
const freshEmail = (): string => `http-${process.pid}-${++counter}@auth.test`;

function errorOf(
  response: GraphQLResponse,
): { code: string; field?: string; message: string } | null {
  const error = response.body.errors?.[0];
  if (!error) return null;
  const { code, field } = error.extensions ?? {};
  return field === undefined
    ? { code, message: error.message }
    : { code, field, message: error.message };
}

/** The session cookie's Set-Cookie header of a response, split into its attributes. */
function sessionCookieOf(
  response: GraphQLResponse,
): { value: string; attributes: string[] } | null {
  const header = response.headers
    .getSetCookie()
    .find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`));
  if (!header) return null;
  const [pair = "", ...attributes] = header.split(";").map((part) => part.trim());
  return { value: pair.slice(SESSION_COOKIE.length + 1), attributes };
}

const tokenIn = (cookieHeader: string): string =>
  new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(cookieHeader)?.[1] ?? "";

describe("signUp, login, logout and me over HTTP", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it("signs up, sets an HttpOnly SameSite=Lax session cookie, and me answers the new user", async () => {
    const client = server.client();
    expect((await client.request(ME)).body).toEqual({ data: { me: null } });
    const email = freshEmail();
    const response = await client.request(SIGN_UP, {
      input: { name: " Lois Lane ", email, password: PASSWORD },
    });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.signUp).toEqual({
      id: expect.any(String),
      name: "Lois Lane",
      email,
    });
    const cookie = sessionCookieOf(response);
    expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const attributes = cookie!.attributes.map((attribute) => attribute.toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(["httponly", "samesite=lax", "path=/"]));
    expect(attributes).toContain(`max-age=${14 * 24 * 60 * 60}`);
    // Tests run without TLS, like development: no Secure flag (production sets it, tested below).
    expect(attributes).not.toContain("secure");
    const me = await client.request(ME);
    expect(me.body.data?.me).toEqual({
      id: response.body.data?.signUp.id,
      name: "Lois Lane",
      email,
      seller: null,
      affiliateAccounts: [],
    });
    // Only the token's SHA-256 is stored, never the token itself.
    const rows = await server.db.dataSource.query("SELECT HEX(token_hash) AS hash FROM sessions");
    const hashes = rows.map((row: { hash: string }) => row.hash);
    expect(hashes).toContain(
      createHash("sha256").update(cookie!.value).digest("hex").toUpperCase(),
    );
    expect(hashes).not.toContain(Buffer.from(cookie!.value).toString("hex").toUpperCase());
  });

  it("answers every signUp error with its code and field", async () => {
    const client = server.client();
    const taken = freshEmail();
    await server.client().signUp("Taken", taken, PASSWORD);
    const cases: Array<[Record<string, string>, string, string?]> = [
      [{ name: "" }, "BAD_USER_INPUT", "name"],
      [{ email: "not-an-email" }, "BAD_USER_INPUT", "email"],
      [{ password: "short" }, "BAD_USER_INPUT", "password"],
      [{ email: taken.toUpperCase() }, "ALREADY_EXISTS", "email"],
    ];
    for (const [change, code, field] of cases) {
      const input = { name: "Someone", email: freshEmail(), password: PASSWORD, ...change };
      const response = await client.request(SIGN_UP, { input });
      expect(errorOf(response)).toMatchObject({ code, field });
      expect(response.body.data).toBeNull();
      expect(sessionCookieOf(response)).toBeNull();
    }
    expect((await client.request(ME)).body.data?.me).toBeNull();
  });

  it("login rotates the session: the cookie from before no longer signs anyone in", async () => {
    const email = freshEmail();
    const client = server.client();
    const userId = await client.signUp("Rotating", email, PASSWORD);
    const before = tokenIn(client.cookieHeader());
    const login = await client.request(LOGIN, {
      input: { email: email.toUpperCase(), password: PASSWORD },
    });
    expect(login.body.data?.login).toEqual({ id: userId, email });
    const after = tokenIn(client.cookieHeader());
    expect(after).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(after).not.toBe(before);
    expect((await client.request(ME)).body.data?.me?.id).toBe(userId);
    const stale = await client.request(ME, {}, { cookie: `${SESSION_COOKIE}=${before}` });
    expect(stale.body.data?.me).toBeNull();
  });

  it("answers an unknown email and a wrong password with the same UNAUTHENTICATED error", async () => {
    const email = freshEmail();
    await server.client().signUp("Known", email, PASSWORD);
    const client = server.client();
    const wrongPassword = await client.request(LOGIN, {
      input: { email, password: "wrong password!" },
    });
    const unknownEmail = await client.request(LOGIN, {
      input: { email: freshEmail(), password: PASSWORD },
    });
    expect(errorOf(wrongPassword)).toEqual({
      code: "UNAUTHENTICATED",
      message: LOGIN_FAILED_MESSAGE,
    });
    expect(errorOf(unknownEmail)).toEqual(errorOf(wrongPassword));
    expect(wrongPassword.body.data).toEqual(unknownEmail.body.data);
    expect(sessionCookieOf(wrongPassword)).toBeNull();
    expect((await client.request(ME)).body.data?.me).toBeNull();
  });

  it("rate-limits an account after repeated failures, even with the right password", async () => {
    const email = freshEmail();
    await server.client().signUp("Guarded", email, PASSWORD);
    const client = server.client();
    for (let attempt = 0; attempt < MAX_ACCOUNT_FAILURES; attempt++) {
      const failed = await client.request(LOGIN, {
        input: { email, password: `guess ${attempt}` },
      });
      expect(errorOf(failed)?.code).toBe("UNAUTHENTICATED");
    }
    const blocked = await client.request(LOGIN, { input: { email, password: PASSWORD } });
    expect(errorOf(blocked)).toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringMatching(/Try again in 15 minutes/),
    });
    expect(sessionCookieOf(blocked)).toBeNull();
  });

  it("logout ends the session for good and clears the cookie; it is true also when signed out", async () => {
    const client = server.client();
    const userId = await client.signUp("Leaving", freshEmail(), PASSWORD);
    const token = tokenIn(client.cookieHeader());
    expect((await client.request(ME)).body.data?.me?.id).toBe(userId);
    const logout = await client.request(LOGOUT);
    expect(logout.body).toEqual({ data: { logout: true } });
    const cleared = sessionCookieOf(logout);
    expect(cleared?.value).toBe("");
    expect(cleared?.attributes.join(";")).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(client.cookieHeader()).toBe("");
    const replayed = await client.request(ME, {}, { cookie: `${SESSION_COOKIE}=${token}` });
    expect(replayed.body.data?.me).toBeNull();
    expect((await client.request(LOGOUT)).body).toEqual({ data: { logout: true } });
    const [row] = await server.db.dataSource.query(
      "SELECT COUNT(*) AS n FROM sessions WHERE user_id = ?",
      [userId],
    );
    expect(Number(row.n)).toBe(0);
  });

  it("treats an expired, unknown or malformed session cookie as signed out", async () => {
    const client = server.client();
    const userId = await client.signUp("Expiring", freshEmail(), PASSWORD);
    await server.db.dataSource.query(
      "UPDATE sessions SET expires_at = UTC_TIMESTAMP(3) - INTERVAL 1 SECOND WHERE user_id = ?",
      [userId],
    );
    expect((await client.request(ME)).body.data?.me).toBeNull();
    for (const cookie of [
      `${SESSION_COOKIE}=${"A".repeat(43)}`,
      `${SESSION_COOKIE}=not a token`,
      `${SESSION_COOKIE}=${tokenIn(client.cookieHeader())}x`,
    ]) {
      const response = await client.request(ME, {}, { cookie });
      expect(response.body).toEqual({ data: { me: null } });
    }
    // A later login prunes the user's expired sessions.
    await client.request(LOGOUT);
    const email = (
      await server.db.dataSource.query("SELECT email FROM users WHERE id = ?", [userId])
    )[0].email;
    await server.db.dataSource.query(
      "INSERT INTO sessions (user_id, token_hash, expires_at) VALUES (?, UNHEX(SHA2('old', 256)), UTC_TIMESTAMP(3) - INTERVAL 1 DAY)",
      [userId],
    );
    await client.login(email, PASSWORD);
    const rows = await server.db.dataSource.query(
      "SELECT expires_at > UTC_TIMESTAMP(3) AS live FROM sessions WHERE user_id = ?",
      [userId],
    );
    expect(rows.map((row: { live: number }) => Number(row.live))).toEqual([1]);
  });

  it("me shows the user's seller and affiliate accounts", async () => {
    const db = server.db.dataSource;
    const seller = await createSeller(db, { loginPassword: true });
    const other = await createSeller(db);
    const membership = await createAffiliate(db, other.sellerId, { user: seller.owner });
    const client = server.client();
    await client.login(seller.owner.email, FIXTURE_PASSWORD);
    const me = (await client.request(ME)).body.data?.me;
    expect(me.seller.id).toBe(seller.sellerId);
    expect(me.affiliateAccounts).toEqual([
      { id: membership.affiliateId, sellerId: { id: other.sellerId } },
    ]);
  });
});

describe("session cookies in production", () => {
  it("are Secure, HttpOnly and SameSite=Lax", async () => {
    const testDb = await createTestDatabase();
    const db = testDb.dataSource;
    const user = await createSeller(db);
    const app = express();
    app.post("/sign-in", async (req, res) => {
      await createSessionControl(db, req, res, { secureCookies: true }).signIn(user.owner.userId);
      res.end();
    });
    app.post("/sign-out", async (req, res) => {
      await createSessionControl(db, req, res, { secureCookies: true }).signOut();
      res.end();
    });
    const http = createServer(app);
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    try {
      const [signIn] = (await fetch(`${url}/sign-in`, { method: "POST" })).headers.getSetCookie();
      expect(signIn).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{43};`));
      expect(signIn).toMatch(/; Secure/);
      expect(signIn).toMatch(/; HttpOnly/);
      expect(signIn).toMatch(/; SameSite=Lax/);
      const [signOut] = (await fetch(`${url}/sign-out`, { method: "POST" })).headers.getSetCookie();
      expect(signOut).toMatch(/; Secure/);
      expect(signOut).toMatch(/Expires=Thu, 01 Jan 1970/);
    } finally {
      await new Promise((resolve) => http.close(resolve));
      await testDb.drop();
    }
  });
});
