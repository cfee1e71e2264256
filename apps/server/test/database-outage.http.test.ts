import { createServer as createHttpServer } from "node:http";
import { connect, createServer, type AddressInfo, type Server, type Socket } from "node:net";
import pino from "pino";
import { loadConfig } from "../src/config";
import { createDataSource } from "../src/db/data-source";
import { createApp } from "../src/http/app";
import { DATABASE_UNAVAILABLE_MESSAGE } from "../src/http/service-unavailable";
import { createTestDatabase, type TestDatabase } from "./support/database";
import { GraphQLTestClient } from "./support/http";

/** A TCP relay to MariaDB that the test can cut and restore: the database "goes away" for real. */
class SwitchableRelay {
  private readonly sockets = new Set<Socket>();
  private server: Server | undefined;
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async open(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on("close", () => this.sockets.delete(socket));
        socket.on("error", () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** Refuses new connections and drops the open ones, as a dead database server does. */
  async cut(): Promise<void> {
    const closed = new Promise((resolve) => this.server?.close(resolve));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }
}

const PRODUCTION = {
  NODE_ENV: "production",
  SESSION_SECRET: "a-session-secret-of-at-least-32-characters",
  SMTP_URL: "smtp://127.0.0.1:1",
  DISPATCHER: "off",
};

describe("while the database is down", () => {
  let db: TestDatabase;
  let relay: SwitchableRelay;
  let url: string;
  let closeApp: () => Promise<void>;

  beforeAll(async () => {
    db = await createTestDatabase();
    const direct = new URL(db.url);
    relay = new SwitchableRelay({ host: direct.hostname, port: Number(direct.port || 3306) });
    await relay.open();
    const relayed = new URL(db.url);
    relayed.hostname = "127.0.0.1";
    relayed.port = String(relay.port);
    const dataSource = createDataSource({ url: relayed.toString() });
    await dataSource.initialize();
    const config = loadConfig({
      ...PRODUCTION,
      DATABASE_URL: relayed.toString(),
      PORT: "0",
      // Every request reads its session: the lookup is what fails first in an outage.
      SESSION_CACHE_MS: "0",
    });
    const { app, stop } = await createApp({
      db: dataSource,
      config,
      log: pino({ level: "silent" }),
    });
    const server = createHttpServer(app);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    closeApp = async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await stop();
      await dataSource.destroy().catch(() => undefined);
    };
  });
  afterAll(async () => {
    await closeApp();
    await relay.cut();
    await db.drop();
  });

  it("answers 503 SERVICE_UNAVAILABLE with Retry-After, signed in or not, for reads and writes", async () => {
    // Plain HTTP requests (not the cookie-less helper) so the production answer is seen as it is.
    const signedIn = new GraphQLTestClient(url);
    await signedIn.signUp("Lois Lane", "lois@outage.test", "outage password 1");
    expect((await signedIn.request("{ me { name } }")).body).toEqual({
      data: { me: { name: "Lois Lane" } },
    });

    await relay.cut();
    const anonymous = new GraphQLTestClient(url);
    const answers = [
      // A resolver's statement fails.
      await anonymous.request('{ sellerBySlug(slug: "demo-coaching") { name } }'),
      // The session lookup, before any resolver, fails.
      await signedIn.request("{ me { name } }"),
      // A write.
      await anonymous.request(
        "mutation SignUp($input: SignUpInput!) { signUp(input: $input) { id } }",
        { input: { name: "Jimmy", email: "jimmy@outage.test", password: "outage password 2" } },
      ),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(503);
      expect(answer.headers.get("retry-after")).toBe("5");
      expect(answer.body.errors).toEqual([
        expect.objectContaining({
          message: DATABASE_UNAVAILABLE_MESSAGE,
          extensions: { code: "SERVICE_UNAVAILABLE" },
        }),
      ]);
      expect(JSON.stringify(answer.body)).not.toMatch(/ECONN|PROTOCOL|mysql|stack/i);
    }
    expect((await fetch(`${url}/health`)).status).toBe(503);

    // The database comes back: the same server answers again without a restart.
    await relay.open();
    let me = await signedIn.request("{ me { name } }");
    for (let attempt = 0; attempt < 50 && me.status !== 200; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      me = await signedIn.request("{ me { name } }");
    }
    expect(me.body).toEqual({ data: { me: { name: "Lois Lane" } } });
  });
});
