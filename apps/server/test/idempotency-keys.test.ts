import type { DataSource } from "typeorm";
import { FIXTURE_PASSWORD, createProgram, createUser, earn } from "./support/fixtures";
import { startTestServer, type GraphQLTestClient, type TestServer } from "./support/http";
import { expectMoneyInvariants } from "./support/money-invariants";

// Keys are opaque: "pay-42" and "pay-42 " are two keys. A PAD SPACE collation (utf8mb4_bin) made
// them one, so the second request replayed the first instead of making its own withdrawal.
const REQUEST = `mutation Request($input: RequestWithdrawalInput!) {
  requestWithdrawal(input: $input) { id amount { amount } }
}`;

const TRAILING_SPACES = ["", " ", "  "];

describe("exact keys: trailing spaces make another key", () => {
  let server: TestServer;
  let db: DataSource;
  let program: Awaited<ReturnType<typeof createProgram>>;
  let affiliate: GraphQLTestClient;

  beforeAll(async () => {
    server = await startTestServer();
    db = server.db.dataSource;
    program = await createProgram(db, { loginPassword: true, commissionValue: 500 });
    await earn(db, program, 2_000);
    affiliate = server.client();
    await affiliate.login(program.affiliate.user.email, FIXTURE_PASSWORD);
  });
  afterAll(async () => {
    try {
      await expectMoneyInvariants(db);
    } finally {
      await server.close();
    }
  });

  const ask = async (amount: string, idempotencyKey: string) => {
    const response = await affiliate.request(REQUEST, {
      input: { affiliateId: program.affiliate.affiliateId, amount, idempotencyKey },
    });
    return { errors: response.body.errors, withdrawal: response.body.data?.requestWithdrawal };
  };

  it("idempotency keys that differ only by trailing spaces make one withdrawal each", async () => {
    const answers = [];
    for (const spaces of TRAILING_SPACES) answers.push(await ask("3.00", `pay-42${spaces}`));
    expect(answers.map((answer) => answer.errors)).toEqual(TRAILING_SPACES.map(() => undefined));
    const ids = answers.map((answer) => answer.withdrawal.id);
    expect(new Set(ids).size).toBe(TRAILING_SPACES.length);
    // Each key still replays exactly its own withdrawal, and another amount under it is CONFLICT.
    for (const [n, spaces] of TRAILING_SPACES.entries()) {
      expect((await ask("3.00", `pay-42${spaces}`)).withdrawal.id).toBe(ids[n]);
      expect((await ask("2.00", `pay-42${spaces}`)).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    }
    const rows = await db.query(
      "SELECT idempotency_key FROM withdrawals WHERE affiliate_id = ? ORDER BY id",
      [program.affiliate.affiliateId],
    );
    expect(rows.map((row: { idempotency_key: string }) => row.idempotency_key)).toEqual(
      TRAILING_SPACES.map((spaces) => `pay-42${spaces}`),
    );
  });

  it("order ids, normalized emails and throttle buckets keep keys apart that differ only by trailing spaces", async () => {
    // The API trims order ids and emails, so these keys only come from SQL; the columns must still
    // compare what they hold exactly, as the unique keys and lookups assume. The commissions are
    // reversed ones of 0.00, so no running total (the affiliate's, the seller's recorded) moves.
    const { seller, offerId, affiliate: member } = await createProgram(db);
    const user = await createUser(db);
    for (const spaces of TRAILING_SPACES) {
      await db.query(
        `INSERT INTO commissions (seller_id, affiliate_id, offer_id, order_id, sale_cents,
           amount_cents, occurred_at, reversed_at, available_on)
         VALUES (?, ?, ?, ?, 100, 0, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), UTC_DATE())`,
        [seller.sellerId, member.affiliateId, offerId, `ORD-1${spaces}`],
      );
      await db.query(
        "INSERT INTO users (email, email_normalized, name, password_hash) VALUES (?, ?, 'U', 'x')",
        [`${user.email}${spaces}`, `${user.email}-twin${spaces}`],
      );
      await db.query(
        "INSERT INTO login_throttles (bucket, failures, window_started_at) VALUES (?, 0, UTC_TIMESTAMP(3))",
        [`email:${user.email}${spaces}`],
      );
    }
    const found = async (sql: string, key: string) =>
      (await db.query(sql, [key])).map((row: { matched: string }) => row.matched);
    expect({
      orderIds: await found(
        "SELECT order_id AS matched FROM commissions WHERE order_id = ?",
        "ORD-1 ",
      ),
      emails: await found(
        "SELECT email_normalized AS matched FROM users WHERE email_normalized = ?",
        `${user.email}-twin `,
      ),
      buckets: await found(
        "SELECT bucket AS matched FROM login_throttles WHERE bucket = ?",
        `email:${user.email} `,
      ),
    }).toEqual({
      orderIds: ["ORD-1 "],
      emails: [`${user.email}-twin `],
      buckets: [`email:${user.email} `],
    });
  });
});
