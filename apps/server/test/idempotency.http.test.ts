import { FIXTURE_PASSWORD, createProgram, earn } from "./support/fixtures";
import type { GraphQLResponse, GraphQLTestClient, TestServer } from "./support/http";
import { startTestServer } from "./support/http";
import { expectMoneyInvariants } from "./support/money-invariants";

// requestWithdrawal's idempotencyKey over real HTTP, concurrently: a retry can never withdraw twice.
const REQUEST = `mutation Request($input: RequestWithdrawalInput!) {
  requestWithdrawal(input: $input) {
    id status requestedAt amount { amount currencyCode } history { toStatus }
  }
}`;
const PROCESS = `mutation Process($input: ProcessWithdrawalInput!) {
  processWithdrawal(input: $input) { id status }
}`;
const BALANCE = `query Balance($id: ID!) {
  affiliate(id: $id) {
    pendingWithdrawalCount
    balance { earned { amount } available { amount } pending { amount } paid { amount } }
  }
}`;

const codeOf = (response: GraphQLResponse): string | undefined =>
  response.body.errors?.[0]?.extensions?.code;

describe("idempotent withdrawal requests over HTTP", () => {
  let server: TestServer;
  let program: Awaited<ReturnType<typeof createProgram>>;
  let affiliates: GraphQLTestClient[];
  let seller: GraphQLTestClient;

  beforeAll(async () => {
    server = await startTestServer();
    program = await createProgram(server.db.dataSource, {
      loginPassword: true,
      commissionValue: 500,
    });
    await earn(server.db.dataSource, program, 2_000);
    const signIn = async (email: string) => {
      const client = server.client();
      await client.login(email, FIXTURE_PASSWORD);
      return client;
    };
    // Two sessions of the same affiliate: a retry may come from another tab or device.
    affiliates = [
      await signIn(program.affiliate.user.email),
      await signIn(program.affiliate.user.email),
    ];
    seller = await signIn(program.seller.owner.email);
  });
  afterAll(async () => {
    await expectMoneyInvariants(server.db.dataSource);
    await server.close();
  });

  const ask = (client: GraphQLTestClient, amount: string, idempotencyKey: string) =>
    client.request(REQUEST, {
      input: { affiliateId: program.affiliate.affiliateId, amount, idempotencyKey },
    });
  const balance = async () =>
    (await affiliates[0]!.request(BALANCE, { id: program.affiliate.affiliateId })).body.data
      ?.affiliate;
  const rowsWithKey = async (idempotencyKey: string) => {
    const [row] = await server.db.dataSource.query(
      "SELECT COUNT(*) AS n FROM withdrawals WHERE affiliate_id = ? AND idempotency_key = ?",
      [program.affiliate.affiliateId, idempotencyKey],
    );
    return Number(row.n);
  };

  let firstId: string;

  it("10 concurrent replays of one key and body: one withdrawal, ten identical answers", async () => {
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        ask(affiliates[n % 2]!, n % 3 ? "4.5" : "4.50", "idem-A"),
      ),
    );
    expect(responses.map((r) => [r.status, r.body.errors])).toEqual(
      Array(10).fill([200, undefined]),
    );
    const answers = new Set(responses.map((r) => JSON.stringify(r.body.data)));
    expect(answers.size).toBe(1);
    const withdrawal = responses[0]!.body.data?.requestWithdrawal;
    expect(withdrawal).toMatchObject({
      status: "PENDING",
      amount: { amount: "4.50", currencyCode: "USD" },
      history: [{ toStatus: "PENDING" }],
    });
    firstId = withdrawal.id;
    expect(await rowsWithKey("idem-A")).toBe(1);
    // Replayed once more, later and alone: still the same answer.
    expect((await ask(affiliates[1]!, "4.50", "idem-A")).body.data).toEqual(
      responses[0]!.body.data,
    );
    expect(await balance()).toEqual({
      pendingWithdrawalCount: 1,
      balance: {
        earned: { amount: "20.00" },
        available: { amount: "15.50" },
        pending: { amount: "4.50" },
        paid: { amount: "0.00" },
      },
    });
  });

  it("the same key with another amount is CONFLICT, and nothing moves", async () => {
    for (const amount of ["4.51", "4.49", "15.50"]) {
      const response = await ask(affiliates[0]!, amount, "idem-A");
      expect(codeOf(response)).toBe("CONFLICT");
      expect(response.body.data).toBeNull();
    }
    expect(await rowsWithKey("idem-A")).toBe(1);
    expect((await balance())?.balance.available).toEqual({ amount: "15.50" });
  });

  it("one new key sent concurrently with two amounts: one amount wins, the other is CONFLICT", async () => {
    const amounts = Array.from({ length: 8 }, (_, n) => (n % 2 ? "2.00" : "1.00"));
    const responses = await Promise.all(
      amounts.map((amount, n) => ask(affiliates[n % 2]!, amount, "idem-B")),
    );
    const won = responses.filter((r) => !r.body.errors).map((r) => r.body.data?.requestWithdrawal);
    const winningAmount = won[0]?.amount.amount;
    expect(new Set(won.map((w) => w.id)).size).toBe(1);
    expect(won).toHaveLength(4);
    responses.forEach((response, n) => {
      expect(codeOf(response)).toBe(amounts[n] === winningAmount ? undefined : "CONFLICT");
    });
    expect(await rowsWithKey("idem-B")).toBe(1);
    expect((await balance())?.balance.pending).toEqual({
      amount: winningAmount === "1.00" ? "5.50" : "6.50",
    });
  });

  it("a replay after the seller decided answers the same withdrawal, now APPROVED, and moves nothing", async () => {
    const approved = await seller.request(PROCESS, {
      input: {
        withdrawalId: firstId,
        status: "APPROVED",
        receiptNumber: "RCPT-1",
        paidOn: new Date().toISOString().slice(0, 10),
      },
    });
    expect(approved.body.data?.processWithdrawal).toEqual({ id: firstId, status: "APPROVED" });
    const before = await balance();
    const replays = await Promise.all(affiliates.map((client) => ask(client, "4.50", "idem-A")));
    for (const replay of replays) {
      expect(replay.body.data?.requestWithdrawal).toMatchObject({
        id: firstId,
        status: "APPROVED",
        history: [{ toStatus: "PENDING" }, { toStatus: "APPROVED" }],
      });
    }
    expect(await balance()).toEqual(before);
    expect(before?.balance.paid).toEqual({ amount: "4.50" });
  });

  it("another key, or the same one after a leading space, is a new withdrawal", async () => {
    const spaced = await ask(affiliates[0]!, "4.50", " idem-A");
    const other = await ask(affiliates[0]!, "4.50", "idem-A2");
    const ids = [spaced, other].map((r) => r.body.data?.requestWithdrawal.id);
    expect(ids.every((id) => typeof id === "string" && id !== firstId)).toBe(true);
    expect(new Set(ids).size).toBe(2);
    expect((await balance())?.pendingWithdrawalCount).toBe(3);
  });
});
