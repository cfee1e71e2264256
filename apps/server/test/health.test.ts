import { createServer, type Server } from "node:http";
import { createServer as createNetServer, type AddressInfo, type Socket } from "node:net";
import pino from "pino";
import type { DataSource } from "typeorm";
import { loadConfig } from "../src/config";
import { createDataSource } from "../src/db/data-source";
import { createApp } from "../src/http/app";
import { databaseIsUp } from "../src/http/health";
import { startTestServer, type TestServer } from "./support/http";

/** The app on `db`, listening on a free local port. */
async function listen(db: DataSource): Promise<{ url: string; close(): Promise<void> }> {
  const config = loadConfig({ NODE_ENV: "test" });
  const { app, stop } = await createApp({ db, config, log: pino({ level: "silent" }) });
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await stop();
    },
  };
}

describe("GET /health", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("answers 200 with a live database and echoes the caller's request id", async () => {
    const response = await fetch(`${server.url}/health`, {
      headers: { "X-Request-Id": "health-check-42" },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "up" });
    expect(response.headers.get("x-request-id")).toBe("health-check-42");
  });

  it("makes up a request id when none (or an unusable one) is given", async () => {
    const plain = await fetch(`${server.url}/health`);
    const odd = await fetch(`${server.url}/health`, { headers: { "X-Request-Id": "a b\tc" } });
    for (const response of [plain, odd]) {
      expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("answers 503 once the database pool is gone", async () => {
    const db = createDataSource({ url: server.db.url });
    await db.initialize();
    const app = await listen(db);
    try {
      expect((await fetch(`${app.url}/health`)).status).toBe(200);
      await db.destroy();
      const response = await fetch(`${app.url}/health`, { headers: { "X-Request-Id": "down-1" } });
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: "unavailable", database: "down" });
      expect(response.headers.get("x-request-id")).toBe("down-1");
    } finally {
      await app.close();
    }
  });

  it("answers 503 when the database server does not answer at all", async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const db = createDataSource({ url: `mysql://root@127.0.0.1:${closedPort}/nowhere` });
    await expect(db.initialize()).rejects.toThrow();
    const app = await listen(db);
    try {
      const response = await fetch(`${app.url}/health`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: "unavailable", database: "down" });
    } finally {
      await app.close();
    }
  });

  it("counts a database that takes longer than the timeout as down", async () => {
    // A server that accepts connections but never sends MySQL's greeting: a frozen database.
    const sockets: Socket[] = [];
    const silent = createNetServer((socket) => sockets.push(socket.on("error", () => {})));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as AddressInfo;
    const frozen = {
      isInitialized: true,
      options: { url: `mysql://root@127.0.0.1:${port}/nowhere` },
    } as never;
    try {
      const started = Date.now();
      expect(await databaseIsUp(frozen, 100)).toBe(false);
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it("answers 200 while every pooled connection is busy (the probe has a connection of its own)", async () => {
    const db = createDataSource({ url: server.db.url, poolSize: 1 });
    await db.initialize();
    try {
      const busy = db.query("SELECT SLEEP(3)");
      const started = Date.now();
      expect(await databaseIsUp(db, 1000)).toBe(true);
      expect(Date.now() - started).toBeLessThan(1000);
      await busy;
    } finally {
      await db.destroy();
    }
  });

  it("shares one probe among the checks that arrive together: a flood opens one connection at a time", async () => {
    const [{ opened: before }] = await server.db.dataSource.query(
      "SELECT VARIABLE_VALUE AS opened FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'CONNECTIONS'",
    );
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => fetch(`${server.url}/health`).then((r) => r.status)),
    );
    const [{ opened: after }] = await server.db.dataSource.query(
      "SELECT VARIABLE_VALUE AS opened FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'CONNECTIONS'",
    );
    expect(answers.every((status) => status === 200)).toBe(true);
    // Other test files connect meanwhile: far fewer than 50 is what matters.
    expect(Number(after) - Number(before)).toBeLessThan(15);
  });
});

describe("POST /graphql", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("answers JSON with the request id and the number of SQL statements it took", async () => {
    const client = server.client();
    const result = await client.request("{ __typename }", undefined, { "X-Request-Id": "gql-1" });
    expect(result.status).toBe(200);
    expect(result.body.data).toEqual({ __typename: "Query" });
    expect(result.headers.get("x-request-id")).toBe("gql-1");
    expect(Number.isInteger(client.lastStatements)).toBe(true);
    expect(client.lastStatements).toBeGreaterThanOrEqual(0);
  });

  it("refuses a body over 100 kB with a JSON error", async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ __typename } #${"x".repeat(110_000)}` }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: Array<{ message: string }> };
    expect(body.errors[0]!.message).toBe("The request body is larger than 100 kB.");
  });

  it("blocks simple (CSRF-able) requests and sends security headers", async () => {
    const response = await fetch(`${server.url}/graphql?query=%7B__typename%7D`);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-security-policy")).toContain("worker-src 'self' blob:");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
