import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { loadConfig } from "../src/config";
import { createApp } from "../src/http/app";
import { createTestDatabase, type TestDatabase } from "./support/database";

describe("the built SPA", () => {
  let db: TestDatabase;
  let server: Server;
  let stop: () => Promise<void>;
  let url: string;
  const webDist = mkdtempSync(path.join(tmpdir(), "allyhut-web-"));

  beforeAll(async () => {
    mkdirSync(path.join(webDist, "assets"));
    writeFileSync(path.join(webDist, "index.html"), "<!doctype html><title>AllyHut</title>");
    writeFileSync(path.join(webDist, "assets", "app-1234.js"), "console.log('hi')");
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

  it.each(["/", "/playground", "/seller/affiliates/42"])(
    "answers %s with index.html",
    async (page) => {
      const response = await fetch(`${url}${page}`, { headers: html });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/text\/html/);
      expect(await response.text()).toContain("<title>AllyHut</title>");
      expect(response.headers.get("cache-control")).toBe("no-cache");
    },
  );

  it("serves hashed assets, cacheable for long", async () => {
    const response = await fetch(`${url}/assets/app-1234.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toContain("immutable");
  });

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
});
