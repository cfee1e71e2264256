import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { getIntrospectionQuery } from "graphql";
import pino from "pino";
import { loadConfig } from "../src/config";
import { createApp } from "../src/http/app";
import { createTestDatabase, type TestDatabase } from "./support/database";

/** A built file with the .br and .gz copies the web build makes beside it. */
function writeBuilt(file: string, text: string): void {
  writeFileSync(file, text);
  writeFileSync(`${file}.br`, brotliCompressSync(text));
  writeFileSync(`${file}.gz`, gzipSync(text));
}

describe("the built SPA", () => {
  let db: TestDatabase;
  let server: Server;
  let stop: () => Promise<void>;
  let url: string;
  const webDist = mkdtempSync(path.join(tmpdir(), "allyhut-web-"));
  const script = `console.log(${JSON.stringify("hi ".repeat(1000))});`;
  const indexHtml = `<!doctype html><title>AllyHut</title><style>${"p{}".repeat(500)}</style>`;

  beforeAll(async () => {
    mkdirSync(path.join(webDist, "assets"));
    writeBuilt(path.join(webDist, "index.html"), indexHtml);
    writeBuilt(path.join(webDist, "assets", "app-1234.js"), script);
    writeFileSync(path.join(webDist, "assets", "tiny-1234.js"), "export {};");
    db = await createTestDatabase();
    const config = loadConfig({ NODE_ENV: "test", WEB_DIST_DIR: webDist });
    const app = await createApp({ db: db.dataSource, config, log: pino({ level: "silent" }) });
    stop = app.stop;
    server = createServer(app.app);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await stop();
    await db.drop();
    rmSync(webDist, { recursive: true, force: true });
  });

  const html = { accept: "text/html,application/xhtml+xml" };
  const browser = { ...html, "accept-encoding": "gzip, deflate, br, zstd" };

  it.each(["/", "/playground", "/seller/affiliates/42"])(
    "answers %s with index.html, always revalidated",
    async (page) => {
      const response = await fetch(`${url}${page}`, { headers: html });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/text\/html/);
      expect(await response.text()).toBe(indexHtml);
      expect(response.headers.get("cache-control")).toBe("no-cache");
    },
  );

  it("answers a route with index.html compressed like the file, and index.html itself no-cache", async () => {
    const route = await fetch(`${url}/seller/payouts`, { headers: browser });
    expect(route.headers.get("content-encoding")).toBe("br");
    expect(route.headers.get("vary")).toMatch(/accept-encoding/i);
    expect(route.headers.get("cache-control")).toBe("no-cache");
    expect(await route.text()).toBe(indexHtml);
    const file = await fetch(`${url}/index.html`, { headers: browser });
    expect(file.headers.get("cache-control")).toBe("no-cache");
    expect(await file.text()).toBe(indexHtml);
    // Revalidation: a copy is reused only while the server says it is still the current one.
    const etag = route.headers.get("etag") ?? "";
    const unchanged = await fetch(`${url}/seller/payouts`, {
      // fetch() would add "cache-control: no-cache" to a conditional request, which forbids a 304.
      headers: { ...browser, "if-none-match": etag, "cache-control": "max-age=0" },
    });
    expect(unchanged.status).toBe(304);
  });

  it.each([
    ["gzip, deflate, br, zstd", "br"],
    ["br;q=0.5, gzip", "br"],
    ["gzip, deflate", "gzip"],
    ["gzip, br;q=0", "gzip"],
    ["deflate", "identity"],
    ["identity", "identity"],
  ])("serves a hashed asset to Accept-Encoding %p as %s", async (acceptEncoding, encoding) => {
    const response = await fetch(`${url}/assets/app-1234.js`, {
      headers: { "accept-encoding": acceptEncoding },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-encoding") ?? "identity").toBe(encoding);
    expect(response.headers.get("content-type")).toMatch(/^text\/javascript; charset=utf-8$/i);
    expect(response.headers.get("vary")).toMatch(/accept-encoding/i);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await response.text()).toBe(script);
  });

  it("serves a hashed asset too small to have been compressed as it is, cacheable for long", async () => {
    const response = await fetch(`${url}/assets/tiny-1234.js`, { headers: browser });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(response.headers.get("cache-control")).toContain("immutable");
  });

  it.each(["/assets/missing-5678.js", "/assets/missing"])(
    "answers a missing asset %s with 404, never index.html",
    async (asset) => {
      const response = await fetch(`${url}${asset}`, { headers: browser });
      expect(response.status).toBe(404);
      expect(response.headers.get("content-encoding")).toBeNull();
      expect(await response.text()).not.toContain("<title>AllyHut</title>");
    },
  );

  it("never answers the API's paths or non-HTML requests with the SPA", async () => {
    expect(await (await fetch(`${url}/health`, { headers: html })).json()).toEqual({
      status: "ok",
      database: "up",
    });
    const graphqlPage = await fetch(`${url}/graphql`, { headers: html });
    expect(await graphqlPage.text()).not.toContain("<title>AllyHut</title>");
    const missingAsset = await fetch(`${url}/assets/missing.js`, { headers: { accept: "*/*" } });
    expect(missingAsset.status).toBe(404);
  });

  describe("GraphQL answers", () => {
    const post = (query: string, acceptEncoding: string) =>
      fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "accept-encoding": acceptEncoding },
        body: JSON.stringify({ query }),
      });

    it("come back compressed when large and the client accepts it", async () => {
      const response = await post(getIntrospectionQuery(), "gzip, deflate, br");
      expect(response.status).toBe(200);
      expect(response.headers.get("content-encoding")).toMatch(/^(br|gzip)$/);
      expect(response.headers.get("vary")).toMatch(/accept-encoding/i);
      const body = (await response.json()) as { data: { __schema: { queryType: unknown } } };
      expect(body.data.__schema.queryType).toMatchObject({ name: "Query" });
    });

    it("come back as they are when small, or when the client takes no encoding", async () => {
      const small = await post("{ __typename }", "gzip, deflate, br");
      expect(small.headers.get("content-encoding")).toBeNull();
      expect(await small.json()).toEqual({ data: { __typename: "Query" } });
      const identity = await post(getIntrospectionQuery(), "identity");
      expect(identity.headers.get("content-encoding")).toBeNull();
      expect(((await identity.json()) as { data: object }).data).toHaveProperty("__schema");
    });
  });
});
