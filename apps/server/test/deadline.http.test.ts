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

  it("answers 503 by the deadline, and the stalled write rolls back instead of landing later", async () => {
    const blocker = server.db.dataSource.createQueryRunner();
    await blocker.startTransaction();
    await blocker.query("SELECT id FROM affiliates WHERE id = ? FOR UPDATE", [
      program.affiliate.affiliateId,
    ]);
    const started = Date.now();
    const answer = await affiliate.request(REQUEST, {
      input: { affiliateId: program.affiliate.affiliateId, amount: "1.00" },
    });
    const waited = Date.now() - started;
    expect(answer.status).toBe(503);
    expect(answer.headers.get("retry-after")).toBe("5");
    expect(answer.body).toEqual({
      errors: [{ message: DEADLINE_MESSAGE, extensions: { code: "SERVICE_UNAVAILABLE" } }],
    });
    expect(waited).toBeGreaterThanOrEqual(DEADLINE_MS - 50);
    expect(waited).toBeLessThan(DEADLINE_MS + 1_500);
    // The lock goes away: the abandoned request gets its row, and must not write anything.
    await blocker.rollbackTransaction();
    await blocker.release();
    await new Promise((resolve) => setTimeout(resolve, 500));
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
