import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import pino from "pino";
import { loadConfig } from "../../src/config";
import { seedDemoData } from "../../src/db/seed";
import { createApp } from "../../src/http/app";
import { createChannels, type Channels } from "../../src/modules/notifications/channels";
import {
  createDispatcher,
  type Dispatcher,
  type DispatcherOptions,
} from "../../src/modules/notifications/dispatcher/dispatcher";
import { createTestDatabase, type TestDatabase } from "./database";

// Tests read answers loosely (`body.data.me.id`): `any` here keeps them short; they assert every value.
/* eslint-disable @typescript-eslint/no-explicit-any */
export type AnyData = Record<string, any>;

export interface GraphQLResponse<TData = AnyData> {
  status: number;
  headers: Headers;
  body: {
    data?: TData | null;
    errors?: Array<{ message: string; path?: string[]; extensions?: AnyData }>;
  };
}

/** A browser-like GraphQL client over real HTTP: it keeps its own cookies between requests. */
export class GraphQLTestClient {
  private readonly cookies = new Map<string, string>();
  /** X-SQL-Statements of the last response (NaN if it had none). */
  lastStatements = NaN;

  constructor(readonly url: string) {}

  /** The cookie header this client would send (for assertions). */
  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  async request<TData = AnyData>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<TData>> {
    const cookie = this.cookieHeader();
    const response = await fetch(`${this.url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        ...(cookie ? { cookie } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    this.storeCookies(response.headers);
    this.lastStatements = Number(response.headers.get("x-sql-statements") ?? NaN);
    const text = await response.text();
    let body: GraphQLResponse<TData>["body"];
    try {
      body = JSON.parse(text);
    } catch {
      throw new Error(`not a JSON answer (HTTP ${response.status}): ${text.slice(0, 500)}`);
    }
    return { status: response.status, headers: response.headers, body };
  }

  /** Signs in (the session cookie lands in this client's jar); returns the user's id. */
  async login(email: string, password: string): Promise<string> {
    const result = await this.request<{ login: { id: string } }>(
      "mutation Login($input: LoginInput!) { login(input: $input) { id } }",
      { input: { email, password } },
    );
    if (!result.body.data?.login) throw new Error(`login failed: ${JSON.stringify(result.body)}`);
    return result.body.data.login.id;
  }

  /** Signs up and is then signed in; returns the new user's id. */
  async signUp(name: string, email: string, password: string): Promise<string> {
    const result = await this.request<{ signUp: { id: string } }>(
      "mutation SignUp($input: SignUpInput!) { signUp(input: $input) { id } }",
      { input: { name, email, password } },
    );
    if (!result.body.data?.signUp) throw new Error(`signUp failed: ${JSON.stringify(result.body)}`);
    return result.body.data.signUp.id;
  }

  private storeCookies(headers: Headers): void {
    for (const setCookie of headers.getSetCookie()) {
      const [pair = "", ...attributes] = setCookie.split(";");
      const separator = pair.indexOf("=");
      if (separator < 1) continue;
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const expired = attributes.some((attribute) => {
        const [key = "", attributeValue = ""] = attribute.split("=").map((part) => part.trim());
        if (key.toLowerCase() === "max-age") return Number(attributeValue) <= 0;
        if (key.toLowerCase() === "expires") return Date.parse(attributeValue) <= Date.now();
        return false;
      });
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

/** The first error's code and field, or null when the answer has no error. */
export function errorOf(response: GraphQLResponse): { code: string; field?: string } | null {
  const extensions = response.body.errors?.[0]?.extensions;
  if (!extensions) return null;
  const { code, field } = extensions;
  return field === undefined ? { code } : { code, field };
}

/* eslint-enable @typescript-eslint/no-explicit-any */

export interface TestServer {
  url: string;
  db: TestDatabase;
  /** The outbox dispatcher, only when the test asked for one (`dispatcher` option). */
  dispatcher: Dispatcher | null;
  client(): GraphQLTestClient;
  close(): Promise<void>;
}

/**
 * The real app on a throw-away database, listening on 127.0.0.1 at a free port. `env` overrides the
 * configuration, e.g. `{ NODE_ENV: "production", SESSION_SECRET: ... }` for what production clients see.
 */
export async function startTestServer(
  options: {
    seed?: boolean;
    env?: NodeJS.ProcessEnv;
    /**
     * An outbox dispatcher on the server's pool (none unless asked): the configuration's channels
     * unless given; `start: false` leaves it to the test's runOnce() calls.
     */
    dispatcher?: {
      channels?: Pick<Channels, "planners" | "senders">;
      options?: DispatcherOptions;
      start?: boolean;
    };
  } = {},
): Promise<TestServer> {
  const db = await createTestDatabase();
  if (options.seed) await seedDemoData(db.dataSource);
  // The session cache is off unless a test asks: tests count each request's statements, the session's too.
  const config = loadConfig({
    NODE_ENV: "test",
    SESSION_CACHE_MS: "0",
    ...options.env,
    DATABASE_URL: db.url,
    PORT: "0",
  });
  const log = pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" });
  const { app, stop } = await createApp({ db: db.dataSource, config, log });
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const asked = options.dispatcher;
  const channels =
    asked && !asked.channels ? createChannels({ db: db.dataSource, log, config }) : null;
  const dispatcher = asked
    ? createDispatcher({
        db: db.dataSource,
        log,
        channels: asked.channels ?? channels!,
        options: asked.options,
      })
    : null;
  if (asked && asked.start !== false) dispatcher!.start();
  return {
    url,
    db,
    dispatcher,
    client: () => new GraphQLTestClient(url),
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await dispatcher?.stop();
      await channels?.close();
      await stop();
      await db.drop();
    },
  };
}
