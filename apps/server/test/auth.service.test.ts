import { ErrorCode } from "@allyhut/schema";
import * as argon2 from "@node-rs/argon2";
import pino from "pino";
import { AuthService, LOGIN_FAILED_MESSAGE } from "../src/modules/auth/auth.service";
import {
  BUSY_WAIT_MS,
  LoginThrottle,
  MAX_ACCOUNT_FAILURES,
  MAX_ADDRESS_FAILURES,
  addressBucketOf,
} from "../src/modules/auth/login-throttle";
import { createTestDatabase, type TestDatabase } from "./support/database";
import { expectApiError } from "./support/fixtures";

// Every argon2 verification the service runs, seen through a pass-through: the hash it checks
// against and how it ends (what makes a failed login cost the same, whatever the reason).
jest.mock("@node-rs/argon2", () => {
  const actual = jest.requireActual("@node-rs/argon2");
  return { ...actual, verify: jest.fn(actual.verify) };
});
const verify = argon2.verify as jest.MockedFunction<typeof argon2.verify>;
/** The algorithm and cost of an encoded hash: "$argon2id$v=19$m=19456,t=2,p=1$". */
const costOf = (hash: unknown): string | undefined =>
  /^\$argon2id\$v=\d+\$m=\d+,t=\d+,p=\d+\$/.exec(String(hash))?.[0];

const silentLog = pino({ level: "silent" });
const PASSWORD = "correct horse battery";
let counter = 0;
const freshEmail = (): string => `person-${process.pid}-${++counter}@auth.test`;

describe("AuthService", () => {
  let testDb: TestDatabase;
  const auth = (clientAddress = "127.0.0.1") =>
    new AuthService({ db: testDb.dataSource, log: silentLog, clientAddress });

  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(async () => {
    await testDb.drop();
  });

  describe("signUp", () => {
    it("creates a user with a trimmed name and email, an argon2id hash and a lower-case key", async () => {
      const user = await auth().signUp({
        name: "  Lois Lane ",
        email: "  Lois.Lane@Planet.TEST ",
        password: PASSWORD,
      });
      expect(user).toEqual({
        id: expect.any(String),
        name: "Lois Lane",
        email: "Lois.Lane@Planet.TEST",
      });
      const [row] = await testDb.dataSource.query(
        "SELECT email, email_normalized, password_hash FROM users WHERE id = ?",
        [user.id],
      );
      expect(row.email_normalized).toBe("lois.lane@planet.test");
      expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(row.password_hash).not.toContain(PASSWORD);
    });

    it("refuses an email already taken, whatever its case, with ALREADY_EXISTS on email", async () => {
      const email = freshEmail();
      await auth().signUp({ name: "First", email, password: PASSWORD });
      await expectApiError(
        auth().signUp({ name: "Second", email: ` ${email.toUpperCase()}`, password: PASSWORD }),
        ErrorCode.ALREADY_EXISTS,
        "email",
      );
    });

    it("lets only one of two simultaneous sign-ups with the same email through", async () => {
      const email = freshEmail();
      const results = await Promise.allSettled([
        auth().signUp({ name: "A", email, password: PASSWORD }),
        auth().signUp({ name: "B", email: email.toUpperCase(), password: PASSWORD }),
      ]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      const [rejected] = results.filter((result) => result.status === "rejected");
      expect((rejected as PromiseRejectedResult).reason.extensions).toEqual({
        code: ErrorCode.ALREADY_EXISTS,
        field: "email",
      });
    });

    it.each([
      ["a blank name", { name: "   " }, "name"],
      ["a name of 101 characters", { name: "n".repeat(101) }, "name"],
      ["a name with a control character", { name: "Bad\u0000Name" }, "name"],
      ["an email without @", { email: "nobody.test" }, "email"],
      ["an email without a dotted domain", { email: "someone@localhost" }, "email"],
      ["an email with a space", { email: "some one@x.test" }, "email"],
      [
        "an email of 255 characters",
        { email: `${"a".repeat(64)}@${"b".repeat(185)}.test` },
        "email",
      ],
      ["a password of 7 characters", { password: "1234567" }, "password"],
      ["a password of 129 characters", { password: "p".repeat(129) }, "password"],
    ])("refuses %s with BAD_USER_INPUT on its field", async (_label, change, field) => {
      const input = { name: "Valid Name", email: freshEmail(), password: PASSWORD, ...change };
      await expectApiError(auth().signUp(input), ErrorCode.BAD_USER_INPUT, field);
    });

    it("accepts the boundaries: 100-character name, 8 and 128-character passwords", async () => {
      await expect(
        auth().signUp({ name: "n".repeat(100), email: freshEmail(), password: "8 chars!" }),
      ).resolves.toMatchObject({ name: "n".repeat(100) });
      await expect(
        auth().signUp({ name: "Long", email: freshEmail(), password: "p".repeat(128) }),
      ).resolves.toMatchObject({ name: "Long" });
    });
    it("tells apart emails that differ only in accents, and stores each as typed", async () => {
      const local = freshEmail().split("@")[0];
      const plain = await auth().signUp({
        name: "Jose",
        email: `${local}jose@example.com`,
        password: PASSWORD,
      });
      const accented = await auth().signUp({
        name: "José",
        email: `${local}josé@example.com`,
        password: PASSWORD,
      });
      expect(accented.id).not.toBe(plain.id);
      // The same address typed with a combining accent (NFD) is the same account.
      await expectApiError(
        auth().signUp({
          name: "José",
          email: `${local}jose\u0301@example.com`,
          password: PASSWORD,
        }),
        ErrorCode.ALREADY_EXISTS,
        "email",
      );
      await expect(
        auth().login({ email: `${local}JOSE\u0301@example.com`, password: PASSWORD }),
      ).resolves.toEqual(accented);
    });
  });

  describe("login", () => {
    it("signs in with the email in any case and surrounding blanks", async () => {
      const email = freshEmail();
      const user = await auth().signUp({ name: "Clark", email, password: PASSWORD });
      await expect(
        auth().login({ email: `  ${email.toUpperCase()} `, password: PASSWORD }),
      ).resolves.toEqual(user);
    });

    it("answers an unknown email and a wrong password alike, each after one argon2id check at the same cost", async () => {
      const email = freshEmail();
      await auth().signUp({ name: "Bruce", email, password: PASSWORD });
      const [{ password_hash: stored }] = await testDb.dataSource.query(
        "SELECT password_hash FROM users WHERE email_normalized = ?",
        [email],
      );
      /** The login's error, and the verifications it ran: the hash checked, and their outcome. */
      const attempt = async (input: { email: string; password: string }, address: string) => {
        verify.mockClear();
        const error = await auth(address)
          .login(input)
          .then(
            () => null,
            (failure: unknown) => failure,
          );
        const checked = verify.mock.calls.map(([hash]) => hash);
        const outcomes = await Promise.allSettled(verify.mock.results.map((r) => r.value));
        return {
          error,
          checked,
          outcomes: outcomes.map((o) => o.status === "fulfilled" && o.value),
        };
      };
      const wrong = await attempt({ email, password: "wrong password" }, "10.1.0.1");
      const unknown = await attempt({ email: freshEmail(), password: PASSWORD }, "10.1.0.2");
      for (const { error } of [wrong, unknown]) {
        expect(error).toMatchObject({
          message: LOGIN_FAILED_MESSAGE,
          extensions: { code: ErrorCode.UNAUTHENTICATED },
        });
      }
      // The time of a failed login is one argon2id verification: the wrong password against the
      // user's hash; the unknown email against a stand-in hash of the same algorithm and cost, which
      // really runs (it answers false, it does not fail fast as a malformed hash would).
      expect(wrong.checked).toEqual([stored]);
      expect(wrong.outcomes).toEqual([false]);
      expect(unknown.checked).toHaveLength(1);
      expect(unknown.checked[0]).not.toBe(stored);
      expect(costOf(unknown.checked[0])).toBe(costOf(stored));
      expect(costOf(stored)).toBe("$argon2id$v=19$m=19456,t=2,p=1$");
      expect(unknown.outcomes).toEqual([false]);
    });

    it("blocks an account after 5 failures, even for the right password, and says when to retry", async () => {
      const email = freshEmail();
      await auth().signUp({ name: "Diana", email, password: PASSWORD });
      for (let failure = 0; failure < MAX_ACCOUNT_FAILURES; failure++) {
        await expectApiError(
          auth(`10.2.0.${failure}`).login({ email, password: "wrong password" }),
          ErrorCode.UNAUTHENTICATED,
        );
      }
      const blocked = auth("10.2.1.1").login({ email, password: PASSWORD });
      await expectApiError(blocked, ErrorCode.RATE_LIMITED);
      await expect(blocked).rejects.toThrow(/Try again in 15 minutes \(after \d{4}-\d\d-\d\dT/);
      // Another account is not affected.
      const other = freshEmail();
      await auth().signUp({ name: "Other", email: other, password: PASSWORD });
      await expect(
        auth("10.2.1.1").login({ email: other, password: PASSWORD }),
      ).resolves.toBeTruthy();
      // Once the block and the window are over, the right password works and clears the bucket.
      await testDb.dataSource.query(
        `UPDATE login_throttles SET blocked_until = UTC_TIMESTAMP(3) - INTERVAL 1 SECOND,
           window_started_at = UTC_TIMESTAMP(3) - INTERVAL 16 MINUTE WHERE bucket = ?`,
        [`email:${email}`],
      );
      await expect(auth().login({ email, password: PASSWORD })).resolves.toMatchObject({ email });
      const rows = await testDb.dataSource.query("SELECT 1 FROM login_throttles WHERE bucket = ?", [
        `email:${email}`,
      ]);
      expect(rows).toHaveLength(0);
    });

    it("clears the account's failures on a successful login", async () => {
      const email = freshEmail();
      await auth().signUp({ name: "Barry", email, password: PASSWORD });
      const fail = () => auth().login({ email, password: "wrong password" });
      for (let n = 0; n < MAX_ACCOUNT_FAILURES - 1; n++)
        await expectApiError(fail(), ErrorCode.UNAUTHENTICATED);
      await auth().login({ email, password: PASSWORD });
      for (let n = 0; n < MAX_ACCOUNT_FAILURES - 1; n++)
        await expectApiError(fail(), ErrorCode.UNAUTHENTICATED);
      await expect(auth().login({ email, password: PASSWORD })).resolves.toMatchObject({ email });
    });

    it("never lets parallel guesses past the account limit", async () => {
      const email = freshEmail();
      await auth().signUp({ name: "Hal", email, password: PASSWORD });
      const results = await Promise.allSettled(
        Array.from({ length: 12 }, (_, n) =>
          auth(`10.3.0.${n}`).login({ email, password: `guess ${n}` }),
        ),
      );
      const codes = results.map(
        (result) => (result as PromiseRejectedResult).reason?.extensions?.code,
      );
      expect(codes.filter((code) => code === ErrorCode.UNAUTHENTICATED)).toHaveLength(
        MAX_ACCOUNT_FAILURES,
      );
      expect(codes.filter((code) => code === ErrorCode.RATE_LIMITED)).toHaveLength(
        12 - MAX_ACCOUNT_FAILURES,
      );
    });

    it("lets parallel correct logins to one account wait their turn instead of refusing them", async () => {
      const email = freshEmail();
      await auth().signUp({ name: "Wally", email, password: PASSWORD });
      // Twice the account's limit at once, from one address and from many.
      const results = await Promise.allSettled([
        ...Array.from({ length: 6 }, () => auth("10.4.0.1").login({ email, password: PASSWORD })),
        ...Array.from({ length: 6 }, (_, n) =>
          auth(`10.4.1.${n}`).login({ email, password: PASSWORD }),
        ),
      ]);
      expect(results.map((result) => result.status)).toEqual(Array(12).fill("fulfilled"));
    });

    it("waits on reservations a crashed server left until its clock has run BUSY_WAIT_MS, then refuses with the window's end", async () => {
      const email = freshEmail();
      await auth().signUp({ name: "Jay", email, password: PASSWORD });
      await testDb.dataSource.query(
        `INSERT INTO login_throttles (bucket, failures, window_started_at)
         VALUES (?, ?, UTC_TIMESTAMP(3) - INTERVAL 5 MINUTE)`,
        [`email:${email}`, MAX_ACCOUNT_FAILURES],
      );
      // The throttle's clock (Date.now) stands still until the test moves it: how long the machine
      // takes decides nothing, the events do. `looks` are the throttle's tries at the bucket.
      let now = Date.now();
      const clock = jest.spyOn(Date, "now").mockImplementation(() => now);
      const looks = jest.spyOn(
        LoginThrottle.prototype as unknown as { tryReserve(): Promise<unknown> },
        "tryReserve",
      );
      try {
        let settled = false;
        const refused = auth().login({ email, password: PASSWORD });
        void refused.then(
          () => (settled = true),
          () => (settled = true),
        );
        // It looks at the bucket three times, and is still waiting, while its clock shows less
        // than BUSY_WAIT_MS.
        while (looks.mock.calls.length < 3 && !settled) {
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        expect(settled).toBe(false);
        // Its wait is over: the next look gives up, RATE_LIMITED with the window's end.
        now += BUSY_WAIT_MS;
        await expectApiError(refused, ErrorCode.RATE_LIMITED);
        await expect(refused).rejects.toThrow(/Try again in 10 minutes/);
      } finally {
        clock.mockRestore();
        looks.mockRestore();
      }
    });

    it("blocks a client address after 20 failures across accounts; other addresses still sign in", async () => {
      const address = "203.0.113.7";
      for (let failure = 0; failure < MAX_ADDRESS_FAILURES; failure++) {
        await expectApiError(
          auth(address).login({ email: freshEmail(), password: "wrong password" }),
          ErrorCode.UNAUTHENTICATED,
        );
      }
      const email = freshEmail();
      await auth().signUp({ name: "Victor", email, password: PASSWORD });
      await expectApiError(
        auth(address).login({ email, password: PASSWORD }),
        ErrorCode.RATE_LIMITED,
      );
      // The same host by its IPv4-mapped IPv6 address is the same bucket.
      await expectApiError(
        auth(`::ffff:${address}`).login({ email, password: PASSWORD }),
        ErrorCode.RATE_LIMITED,
      );
      await expect(auth("203.0.113.8").login({ email, password: PASSWORD })).resolves.toMatchObject(
        {
          email,
        },
      );
    });

    it("keeps every counter in the database, so another server instance sees the block", async () => {
      const email = freshEmail();
      await auth().signUp({ name: "Arthur", email, password: PASSWORD });
      await testDb.dataSource.query(
        `INSERT INTO login_throttles (bucket, failures, window_started_at, blocked_until)
         VALUES (?, 5, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3) + INTERVAL 3 MINUTE)`,
        [`email:${email}`],
      );
      const blocked = auth().login({ email, password: PASSWORD });
      await expectApiError(blocked, ErrorCode.RATE_LIMITED);
      await expect(blocked).rejects.toThrow(/Try again in 3 minutes/);
    });
  });
});

describe("addressBucketOf", () => {
  it.each([
    ["198.51.100.4", "198.51.100.4"],
    ["::ffff:198.51.100.4", "198.51.100.4"],
    ["2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"],
    ["2001:db8:1:2::9", "2001:db8:1:2::/64"],
    ["2001:0DB8:0001:0002:ffff::1", "2001:db8:1:2::/64"],
    ["::1", "0:0:0:0::/64"],
  ])("counts %s as %s", (address, bucket) => {
    expect(addressBucketOf(address)).toBe(bucket);
  });
});
