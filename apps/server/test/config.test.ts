import { ConfigError, DEFAULT_DATABASE_URL, loadConfig } from "../src/config";

const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("expected a ConfigError");
};

describe("loadConfig", () => {
  it("has working defaults for development", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      nodeEnv: "development",
      production: false,
      exposeErrorDetails: false,
      databaseUrl: DEFAULT_DATABASE_URL,
      databaseUrlFromEnv: false,
      port: 4000,
      logLevel: "info",
      sessionSecret: null,
      trustProxy: false,
      requestDeadlineMs: 4_500,
      smtpUrl: null,
      publicUrl: "http://localhost:4000",
      allowPrivateWebhooks: false,
      runDispatcher: true,
    });
    expect(config.webDistDir).toMatch(/apps[/\\]web[/\\]dist$/);
  });

  it("reads every value from the environment", () => {
    const config = loadConfig({
      NODE_ENV: "production",
      DATABASE_URL: "mysql://app:s3cret@db.internal:3307/allyhut_prod",
      PORT: "8080",
      LOG_LEVEL: "warn",
      SESSION_SECRET: "x".repeat(32),
      SMTP_URL: "smtps://mailer:pw@smtp.example.com:465",
      MAIL_FROM: "Payouts <payouts@example.com>",
      PUBLIC_URL: "https://affiliates.example.com/",
      DISPATCHER: "off",
    });
    expect(config).toMatchObject({
      production: true,
      exposeErrorDetails: false,
      databaseUrl: "mysql://app:s3cret@db.internal:3307/allyhut_prod",
      databaseUrlFromEnv: true,
      port: 8080,
      logLevel: "warn",
      sessionSecret: "x".repeat(32),
      smtpUrl: "smtps://mailer:pw@smtp.example.com:465",
      mailFrom: "Payouts <payouts@example.com>",
      publicUrl: "https://affiliates.example.com",
      allowPrivateWebhooks: false,
      runDispatcher: false,
    });
  });

  it("reads TRUST_PROXY as Express takes it: a boolean, a hop count or addresses", () => {
    expect(loadConfig({ TRUST_PROXY: "true" }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: "1" }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: "loopback, 10.0.0.0/8" }).trustProxy).toBe(
      "loopback, 10.0.0.0/8",
    );
    expect(loadConfig({ TRUST_PROXY: "false" }).trustProxy).toBe(false);
  });

  it("accepts port 0 (any free port) and 65535", () => {
    expect(loadConfig({ PORT: "0" }).port).toBe(0);
    expect(loadConfig({ PORT: "65535" }).port).toBe(65535);
  });

  it.each([
    ["a non-URL", "not a url", /DATABASE_URL is not a URL/],
    ["another protocol", "postgres://root@localhost/allyhut", /must start with mysql:\/\//],
    ["no database name", "mysql://root@127.0.0.1:3306/", /must name a database/],
    ["a bad database name", "mysql://root@127.0.0.1:3306/ally-hut", /must name a database/],
  ])("refuses a DATABASE_URL with %s", (_case, url, message) => {
    const problems = problemsOf({ DATABASE_URL: url });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it.each(["-1", "65536", "80a", "4.5", " "])("refuses PORT=%j", (port) => {
    expect(problemsOf({ PORT: port })).toEqual([
      `PORT must be a whole number from 0 to 65535 (got "${port}").`,
    ]);
  });

  it("reads REQUEST_DEADLINE_MS from 100 ms to 10 minutes", () => {
    expect(loadConfig({ REQUEST_DEADLINE_MS: "100" }).requestDeadlineMs).toBe(100);
    expect(loadConfig({ REQUEST_DEADLINE_MS: "600000" }).requestDeadlineMs).toBe(600_000);
  });

  it.each(["99", "600001", "5s", "1.5", "-1"])("refuses REQUEST_DEADLINE_MS=%j", (ms) => {
    expect(problemsOf({ REQUEST_DEADLINE_MS: ms })).toEqual([
      `REQUEST_DEADLINE_MS must be a whole number from 100 to 600000 (got "${ms}").`,
    ]);
  });

  it("exposes error details only with EXPOSE_ERROR_DETAILS=1 or true, never in production", () => {
    for (const nodeEnv of ["development", "test"]) {
      expect(loadConfig({ NODE_ENV: nodeEnv }).exposeErrorDetails).toBe(false);
      for (const on of ["1", "true"]) {
        expect(loadConfig({ NODE_ENV: nodeEnv, EXPOSE_ERROR_DETAILS: on }).exposeErrorDetails).toBe(
          true,
        );
      }
      for (const off of ["", "0", "false"]) {
        expect(
          loadConfig({ NODE_ENV: nodeEnv, EXPOSE_ERROR_DETAILS: off }).exposeErrorDetails,
        ).toBe(false);
      }
    }
    expect(problemsOf({ EXPOSE_ERROR_DETAILS: "yes" })).toEqual([
      'EXPOSE_ERROR_DETAILS must be 1 or true to turn it on, 0 or false (got "yes").',
    ]);
    const production = {
      NODE_ENV: "production",
      SESSION_SECRET: "x".repeat(32),
      SMTP_URL: "smtp://smtp.example.com:587",
    };
    expect(loadConfig({ ...production, EXPOSE_ERROR_DETAILS: "0" }).exposeErrorDetails).toBe(false);
    expect(problemsOf({ ...production, EXPOSE_ERROR_DETAILS: "true" })).toEqual([
      "EXPOSE_ERROR_DETAILS cannot be on when NODE_ENV=production: stack traces would reach clients.",
    ]);
  });

  it("refuses an unknown LOG_LEVEL", () => {
    expect(problemsOf({ LOG_LEVEL: "verbose" })[0]).toMatch(/LOG_LEVEL must be one of .*"verbose"/);
  });

  it("requires a long SESSION_SECRET in production only", () => {
    expect(problemsOf({ NODE_ENV: "production", SMTP_URL: "smtp://smtp.example.com" })).toEqual([
      "SESSION_SECRET is required when NODE_ENV=production.",
    ]);
    expect(problemsOf({ NODE_ENV: "production", SESSION_SECRET: "short" })[0]).toMatch(
      /at least 32 characters/,
    );
    expect(loadConfig({ NODE_ENV: "test" }).sessionSecret).toBeNull();
  });

  it("lists every problem at once, one line each", () => {
    const env = {
      NODE_ENV: "production",
      DATABASE_URL: "http://x/y",
      PORT: "99999",
      LOG_LEVEL: "loud",
    };
    const problems = problemsOf(env);
    expect(problems).toHaveLength(5);
    expect(() => loadConfig(env)).toThrow(/Invalid configuration:\n {2}- DATABASE_URL/);
  });

  it("refuses to start in production without SMTP_URL, and checks the mail settings", () => {
    const production = { NODE_ENV: "production", SESSION_SECRET: "x".repeat(32) };
    expect(problemsOf(production)).toEqual([
      "SMTP_URL is required when NODE_ENV=production: without it no affiliate hears that they were paid.",
    ]);
    expect(problemsOf({ SMTP_URL: "http://mail.example.com" })).toEqual([
      "SMTP_URL must look like smtp://user:password@host:587 or smtps://host:465.",
    ]);
    expect(problemsOf({ MAIL_FROM: "not an address" })).toEqual([
      'MAIL_FROM must be an address or "Name <address>" (got "not an address").',
    ]);
    expect(problemsOf({ PUBLIC_URL: "ftp://x" })).toEqual([
      'PUBLIC_URL must be an http:// or https:// URL (got "ftp://x").',
    ]);
    expect(loadConfig({ MAIL_FROM: "payouts@example.com" }).mailFrom).toBe("payouts@example.com");
  });

  it("allows private webhook targets only when asked, and never in production", () => {
    expect(loadConfig({ ALLOW_PRIVATE_WEBHOOKS: "1" }).allowPrivateWebhooks).toBe(true);
    expect(problemsOf({ ALLOW_PRIVATE_WEBHOOKS: "maybe" })).toEqual([
      'ALLOW_PRIVATE_WEBHOOKS must be 1/true/on or 0/false/off (got "maybe").',
    ]);
    const production = {
      NODE_ENV: "production",
      SESSION_SECRET: "x".repeat(32),
      SMTP_URL: "smtp://smtp.example.com",
      ALLOW_PRIVATE_WEBHOOKS: "1",
    };
    expect(problemsOf(production)).toEqual([
      "ALLOW_PRIVATE_WEBHOOKS cannot be on when NODE_ENV=production: webhooks could reach internal services.",
    ]);
    expect(loadConfig({ DISPATCHER: "off" }).runDispatcher).toBe(false);
  });

  it("loads the demo accounts into an empty database outside production only, unless told", () => {
    const production = {
      NODE_ENV: "production",
      SESSION_SECRET: "x".repeat(32),
      SMTP_URL: "smtp://smtp.example.com",
    };
    expect(loadConfig({}).demoData).toBe(true);
    expect(loadConfig({ DEMO_DATA: "off" }).demoData).toBe(false);
    expect(loadConfig(production).demoData).toBe(false);
    expect(loadConfig({ ...production, DEMO_DATA: "on" }).demoData).toBe(true);
    expect(problemsOf({ DEMO_DATA: "demo" })).toEqual([
      'DEMO_DATA must be 1/true/on or 0/false/off (got "demo").',
    ]);
  });
});
