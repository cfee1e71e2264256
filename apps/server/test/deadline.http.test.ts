import { DEADLINE_MESSAGE } from "../src/http/deadline";
import { FIXTURE_PASSWORD, createProgram, earn } from "./support/fixtures";
import { startTestServer, type GraphQLTestClient, type TestServer } from "./support/http";
import { expectMoneyInvariants } from "./support/money-invariants";

// A database that stops answering (here: a row lock held elsewhere) must not keep the client waiting
// past the deadline, nor commit afterwards what the client was told did not happen.
const REQUEST = `mutation Request($input: RequestWithdrawalInput!) {
  requestWithdrawal(input: $input) { id status }
}`;
const DEADLINE_MS = 700;

describe("request deadline", () => {
  let server: TestServer;
  let program: Awaited<ReturnType<typeof createProgram>>;
  let affiliate: GraphQLTestClient;

  beforeAll(async () => {
    server = await startTestServer({ env: { REQUEST_DEADLINE_MS: String(DEADLINE_MS) } });
    program = await createProgram(server.db.dataSource, {
      loginPassword: true,
      commissionValue: 500,
    });
    await earn(server.db.dataSource, program, 2_000);
    affiliate = server.client();
    await affiliate.login(program.affiliate.user.email, FIXTURE_PASSWORD);
  });
  afterAll(async () => {
    await expectMoneyInvariants(server.db.dataSource);
    await server.close();
  });

  const withdrawalCount = async (): Promise<number> => {
    const [row] = await server.db.dataSource.query(
      "SELECT COUNT(*) AS n FROM withdrawals WHERE affiliate_id = ?",
      [program.affiliate.affiliateId],
    );
    return Number(row.n);
  };

  /** The connections of this test's database whose transaction waits for a row lock. */
  const lockWaits = async (): Promise<string[]> => {
    const rows = await server.db.dataSource.query(
      `SELECT t.trx_mysql_thread_id AS thread FROM information_schema.INNODB_TRX t
       JOIN information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id
       WHERE t.trx_state = 'LOCK WAIT' AND p.DB = DATABASE()`,
    );
    return rows.map((row: { thread: unknown }) => String(row.thread));
  };
  /** Whether this connection is inside a transaction. */
  const inTransaction = async (thread: string): Promise<boolean> =>
    (
      await server.db.dataSource.query(
        "SELECT 1 FROM information_schema.INNODB_TRX WHERE trx_mysql_thread_id = ?",
        [thread],
      )
    ).length > 0;
  /** Polls until `check` holds (the test's timeout bounds it): waits on the event, not on a time. */
  const until = async (check: () => Promise<boolean>): Promise<void> => {
    while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 100));
  };

  it("answers 503 by the deadline, and the stalled write rolls back instead of landing later", async () => {
    const blocker = server.db.dataSource.createQueryRunner();
    await blocker.startTransaction();
    await blocker.query("SELECT id FROM affiliates WHERE id = ? FOR UPDATE", [
      program.affiliate.affiliateId,
    ]);
    const started = Date.now();
    const answered = affiliate.request(REQUEST, {
      input: { affiliateId: program.affiliate.affiliateId, amount: "1.00" },
    });
    const answer = await answered;
    expect(answer.status).toBe(503);
    expect(answer.headers.get("retry-after")).toBe("5");
    expect(answer.body).toEqual({
      errors: [{ message: DEADLINE_MESSAGE, extensions: { code: "SERVICE_UNAVAILABLE" } }],
    });
    // Not before the deadline (time only adds up: a slow machine cannot make this fail)…
    expect(Date.now() - started).toBeGreaterThanOrEqual(DEADLINE_MS);
    // …and not because the database answered: its statement is still waiting for the row.
    const waiting = await lockWaits();
    expect(waiting).toHaveLength(1);
    // The lock goes away: the abandoned request gets its row, and must not write anything. Once its
    // transaction is over (rolled back, or committed if it were wrong), nothing may have landed.
    await blocker.rollbackTransaction();
    await blocker.release();
    await until(async () => !(await inTransaction(waiting[0]!)));
    expect(await withdrawalCount()).toBe(0);
    // Its pooled connection went back clean: later requests work and are not part of a transaction.
    for (let n = 0; n < 6; n++) {
      const next = await affiliate.request(REQUEST, {
        input: { affiliateId: program.affiliate.affiliateId, amount: "1.00" },
      });
      expect(next.body.errors).toBeUndefined();
    }
    expect(await withdrawalCount()).toBe(6);
  });
});
