import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SESSION_COOKIE, SESSION_LIFETIME_DAYS } from "../src/modules/auth/session";
import { PRODUCTION_ENV } from "./support/corpus";
import { FIXTURE_PASSWORD, createUser } from "./support/fixtures";
import { startTestServer, type TestServer } from "./support/http";

const LOGIN = "mutation Login($input: LoginInput!) { login(input: $input) { id } }";
const JSON_POST = { "content-type": "application/json" };

/** The session cookie a real login sets on this server. */
async function sessionCookieOf(server: TestServer): Promise<string> {
  const user = await createUser(server.db.dataSource, { loginPassword: true });
  const response = await server
    .client()
    .request(LOGIN, { input: { email: user.email, password: FIXTURE_PASSWORD } });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error("login set no session cookie");
  return cookie;
}

describe("security settings", () => {
  const webDist = mkdtempSync(path.join(tmpdir(), "allyhut-web-"));
  let production: TestServer;
  let development: TestServer;

  beforeAll(async () => {
    mkdirSync(path.join(webDist, "assets"));
    writeFileSync(path.join(webDist, "index.html"), "<!doctype html><title>AllyHut</title>");
    writeFileSync(path.join(webDist, "assets", "app-1234.js"), "console.log('hi')");
    [production, development] = await Promise.all([
      startTestServer({ env: { ...PRODUCTION_ENV, WEB_DIST_DIR: webDist } }),
      startTestServer({ env: { WEB_DIST_DIR: webDist } }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([production.close(), development.close()]);
    rmSync(webDist, { recursive: true, force: true });
  });

  it("the app's session cookie is HttpOnly, SameSite=Lax, for 14 days; Secure in production only", async () => {
    const [inProduction, inDevelopment] = await Promise.all([
      sessionCookieOf(production),
      sessionCookieOf(development),
    ]);
    for (const cookie of [inProduction, inDevelopment]) {
      expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{43}; `));
      expect(cookie).toMatch(/; HttpOnly/);
      expect(cookie).toMatch(/; SameSite=Lax/);
      expect(cookie).toMatch(/; Path=\//);
      expect(cookie).toMatch(new RegExp(`; Max-Age=${SESSION_LIFETIME_DAYS * 24 * 60 * 60}`));
      expect(cookie).not.toMatch(/; Domain=/i);
    }
    expect(inProduction).toMatch(/; Secure/);
    expect(inDevelopment).not.toMatch(/; Secure/);
  });

  // Every kind of answer: the API, its refusals, health, the SPA's page and assets, a 404.
  const requests: Array<[string, string, RequestInit]> = [
    [
      "a GraphQL answer",
      "/graphql",
      { method: "POST", headers: JSON_POST, body: '{"query":"{ me { id } }"}' },
    ],
    [
      "a GraphQL refusal",
      "/graphql",
      { method: "POST", headers: { "content-type": "text/plain" }, body: "{}" },
    ],
    [
      "a body too large",
      "/graphql",
      { method: "POST", headers: JSON_POST, body: `{"query":"${"x".repeat(200_000)}"}` },
    ],
    ["health", "/health", {}],
    ["the SPA's page", "/seller/payouts", { headers: { accept: "text/html" } }],
    ["an SPA asset", "/assets/app-1234.js", {}],
    ["a missing asset", "/assets/missing.js", {}],
  ];

  it.each(requests)("%s carries the security headers and no X-Powered-By", async (_, url, init) => {
    for (const server of [production, development]) {
      const response = await fetch(`${server.url}${url}`, init);
      await response.arrayBuffer();
      const header = (name: string) => response.headers.get(name) ?? "";
      const csp = header("content-security-policy");
      const inProduction = server === production;
      // Express's own 404 page replaces the policy with a stricter one that allows nothing.
      if (csp !== "default-src 'none'") {
        expect(csp).toContain("default-src 'self'");
        expect(csp).toMatch(/script-src 'self'(;|$)/);
        expect(csp).toContain("object-src 'none'");
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).toContain("base-uri 'self'");
        expect(csp).toContain("form-action 'self'");
        expect(csp.includes("upgrade-insecure-requests")).toBe(inProduction);
      }
      expect(header("x-content-type-options")).toBe("nosniff");
      expect(header("x-frame-options")).toMatch(/^(DENY|SAMEORIGIN)$/);
      expect(header("referrer-policy")).toBe("no-referrer");
      expect(header("cross-origin-opener-policy")).toBe("same-origin");
      expect(header("cross-origin-resource-policy")).toBe("same-origin");
      expect(response.headers.has("x-powered-by")).toBe(false);
      // HSTS only where TLS is terminated in front of us: a year, subdomains included.
      if (inProduction) {
        expect(header("strict-transport-security")).toMatch(/max-age=(\d{8,}).*includeSubDomains/);
      } else {
        expect(response.headers.has("strict-transport-security")).toBe(false);
      }
    }
  });
});
