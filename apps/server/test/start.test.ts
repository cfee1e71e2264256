import { request as httpRequest } from "node:http";
import path from "node:path";
import pino from "pino";
import { loadConfig } from "../src/config";
import { chooseDatabase, findExecutable, INSTALL_HINT } from "../src/db/local-mysql";
import { startServer } from "../src/main";
import { createTestDatabase, type TestDatabase } from "./support/database";

const facts = {
  databaseUrl: "mysql://root@127.0.0.1:3306/allyhut",
  databaseUrlFromEnv: false,
  localRootAnswers: false,
  serverBinary: null as string | null,
};

describe("npm start's choice of database", () => {
  it("takes DATABASE_URL whenever it is set", () => {
    const choice = chooseDatabase({
      ...facts,
      databaseUrl: "mysql://u@db:3306/x",
      databaseUrlFromEnv: true,
      localRootAnswers: true,
      serverBinary: "/usr/sbin/mariadbd",
    });
    expect(choice).toEqual({ kind: "env", url: "mysql://u@db:3306/x" });
  });

  it("else the server answering at 127.0.0.1:3306 as root", () => {
    const choice = chooseDatabase({
      ...facts,
      localRootAnswers: true,
      serverBinary: "/usr/sbin/mysqld",
    });
    expect(choice).toEqual({ kind: "local", url: facts.databaseUrl });
  });

  it("else a private instance of an installed server", () => {
    const choice = chooseDatabase({ ...facts, serverBinary: "/usr/sbin/mariadbd" });
    expect(choice).toEqual({ kind: "private", serverBinary: "/usr/sbin/mariadbd" });
  });

  it("else the one command that installs a server", () => {
    expect(chooseDatabase(facts)).toEqual({ kind: "missing", installHint: INSTALL_HINT });
    expect(INSTALL_HINT).toBe("sudo apt-get install -y mariadb-server");
  });
});

describe("findExecutable", () => {
  const installed =
    (...files: string[]) =>
    (file: string) =>
      files.includes(file);

  it("looks on PATH first, then in the sbin directories PATH often lacks", () => {
    const onPath = path.join("/opt/mysql/bin", "mysqld");
    expect(
      findExecutable(["mysqld"], "/opt/mysql/bin", installed(onPath, "/usr/sbin/mysqld")),
    ).toBe(onPath);
    expect(findExecutable(["mysqld"], "/usr/bin:/bin", installed("/usr/sbin/mysqld"))).toBe(
      "/usr/sbin/mysqld",
    );
  });

  it("prefers the first name given (mariadbd before mysqld)", () => {
    const exists = installed("/usr/sbin/mysqld", "/usr/sbin/mariadbd");
    expect(findExecutable(["mariadbd", "mysqld"], "/usr/bin", exists)).toBe("/usr/sbin/mariadbd");
  });

  it("answers null when none is installed", () => {
    expect(findExecutable(["mariadbd", "mysqld"], "/usr/bin", installed())).toBeNull();
  });
});

describe("startServer", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
  });
  afterAll(() => db.drop());

  it("migrates, seeds an empty database, serves, and on close finishes the request in flight", async () => {
    const config = loadConfig({ NODE_ENV: "test", DATABASE_URL: db.url, PORT: "0" });
    const server = await startServer(config, pino({ level: "silent" }), { host: "127.0.0.1" });
    expect(server.seeded).toBe(true);
    expect((await fetch(`http://127.0.0.1:${server.port}/health`)).status).toBe(200);

    // A request whose body is still arriving when shutdown starts must still be answered.
    const body = JSON.stringify({ query: "{ __typename }" });
    const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = httpRequest(
        {
          host: "127.0.0.1",
          port: server.port,
          path: "/graphql",
          method: "POST",
          headers: { "content-type": "application/json", "content-length": body.length },
        },
        (response) => {
          let text = "";
          response.on("data", (chunk) => (text += chunk));
          response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
        },
      );
      request.on("error", reject);
      request.write(body.slice(0, 5));
      setTimeout(() => request.end(body.slice(5)), 300);
    });
    await new Promise((resolve) => setTimeout(resolve, 100));

    const closed = server.close();
    const answer = await answered;
    await closed;
    expect(answer).toEqual({ status: 200, text: expect.stringContaining('"__typename":"Query"') });
    await expect(fetch(`http://127.0.0.1:${server.port}/health`)).rejects.toThrow();
  });

  it("in production leaves an empty database empty: no demo accounts with a published password", async () => {
    const empty = await createTestDatabase({ migrate: false });
    try {
      const config = loadConfig({
        NODE_ENV: "production",
        SESSION_SECRET: "x".repeat(32),
        SMTP_URL: "smtp://127.0.0.1:1",
        DISPATCHER: "off",
        DATABASE_URL: empty.url,
        PORT: "0",
      });
      const server = await startServer(config, pino({ level: "silent" }), { host: "127.0.0.1" });
      expect(server.seeded).toBe(false);
      await server.close();
      const [{ users }] = await empty.dataSource.query("SELECT COUNT(*) AS users FROM users");
      expect(Number(users)).toBe(0);
    } finally {
      await empty.drop();
    }
  });
});
