import { FIXTURE_PASSWORD, balanceOf, createProgram, createUser, earn } from "./support/fixtures";
import type { GraphQLTestClient, TestServer } from "./support/http";
import { startTestServer, errorOf } from "./support/http";
import { expectMoneyInvariants } from "./support/money-invariants";

const WITHDRAWAL_FIELDS = `id status paymentMethod payoutAccount requestedAt receiptNumber paidOn note
  processedAt amount { amount currencyCode } affiliate { id name }
  history { at fromStatus toStatus receiptNumber paidOn note actor { id name } }`;
const REQUEST = `mutation Request($input: RequestWithdrawalInput!) {
  requestWithdrawal(input: $input) { ${WITHDRAWAL_FIELDS} }
}`;
const PROCESS = `mutation Process($input: ProcessWithdrawalInput!) {
  processWithdrawal(input: $input) { ${WITHDRAWAL_FIELDS} }
}`;
const WITHDRAWAL = `query Withdrawal($id: ID!) { withdrawal(id: $id) { ${WITHDRAWAL_FIELDS} } }`;
const WITHDRAWALS = `query Withdrawals($first: Int, $after: String, $status: WithdrawalStatus,
    $affiliateId: ID, $orderBy: WithdrawalOrder) {
  withdrawals(first: $first, after: $after, status: $status, affiliateId: $affiliateId, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id status amount { amount } }
  }
}`;
const SUMMARY = `query { payoutSummary {
  pendingCount pendingTotal { amount currencyCode } approvedCount approvedTotal { amount } rejectedCount
} }`;
const AFFILIATE_WITHDRAWALS = `query Mine($id: ID!, $status: WithdrawalStatus) {
  affiliate(id: $id) {
    pendingWithdrawalCount
    balance { earned { amount } available { amount } pending { amount } paid { amount } }
    withdrawals(first: 10, status: $status) { totalCount nodes { id status } }
  }
}`;

const today = () => new Date().toISOString().slice(0, 10);

describe("withdrawals over HTTP", () => {
  let server: TestServer;
  let program: Awaited<ReturnType<typeof createProgram>>;
  let other: Awaited<ReturnType<typeof createProgram>>;
  let seller: GraphQLTestClient;
  let affiliate: GraphQLTestClient;
  let otherSeller: GraphQLTestClient;
  let stranger: GraphQLTestClient;

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.db.dataSource;
    program = await createProgram(db, { loginPassword: true, commissionValue: 500 });
    other = await createProgram(db, { loginPassword: true });
    await earn(db, program, 1_000);
    const signIn = async (email: string) => {
      const client = server.client();
      await client.login(email, FIXTURE_PASSWORD);
      return client;
    };
    seller = await signIn(program.seller.owner.email);
    affiliate = await signIn(program.affiliate.user.email);
    otherSeller = await signIn(other.seller.owner.email);
    stranger = await signIn((await createUser(db, { loginPassword: true })).email);
  });
  afterAll(async () => {
    await expectMoneyInvariants(server.db.dataSource);
    await server.close();
  });

  const ask = (client: GraphQLTestClient, amount: string, idempotencyKey?: string) =>
    client.request(REQUEST, {
      input: { affiliateId: program.affiliate.affiliateId, amount, idempotencyKey },
    });

  let pendingId: string;

  it("requests a withdrawal: PENDING, snapshot, history, idempotent with a key", async () => {
    const response = await ask(affiliate, "3", "key-1");
    expect(response.body.errors).toBeUndefined();
    const withdrawal = response.body.data?.requestWithdrawal;
    expect(withdrawal).toMatchObject({
      status: "PENDING",
      paymentMethod: "PAYPAL",
      payoutAccount: program.affiliate.user.email,
      amount: { amount: "3.00", currencyCode: "USD" },
      affiliate: { id: program.affiliate.affiliateId, name: program.affiliate.user.name },
      receiptNumber: null,
      paidOn: null,
      processedAt: null,
      history: [
        {
          at: withdrawal.requestedAt,
          fromStatus: null,
          toStatus: "PENDING",
          receiptNumber: null,
          paidOn: null,
          note: null,
          actor: { id: program.affiliate.user.userId, name: program.affiliate.user.name },
        },
      ],
    });
    pendingId = withdrawal.id;
    expect((await ask(affiliate, "3.00", "key-1")).body.data?.requestWithdrawal.id).toBe(pendingId);
    expect(errorOf(await ask(affiliate, "4", "key-1"))).toEqual({ code: "CONFLICT" });
  });

  it("answers every requestWithdrawal error with its code", async () => {
    const insufficient = await ask(affiliate, "7.01");
    expect(errorOf(insufficient)).toEqual({ code: "INSUFFICIENT_FUNDS" });
    expect(insufficient.body.errors?.[0]?.message).toContain("7.00 USD");
    expect(errorOf(await ask(affiliate, "0"))).toEqual({ code: "BAD_USER_INPUT", field: "amount" });
    expect(errorOf(await ask(affiliate, "-1"))).toMatchObject({ code: "BAD_USER_INPUT" });
    for (const client of [seller, otherSeller, stranger]) {
      expect(errorOf(await ask(client, "1"))).toEqual({ code: "NOT_FOUND" });
    }
    expect(errorOf(await ask(server.client(), "1"))).toEqual({ code: "UNAUTHENTICATED" });
    expect(
      (await balanceOf(server.db.dataSource, program.affiliate.affiliateId)).pendingCount,
    ).toBe(1);
  });

  it("shows a withdrawal to its seller and its affiliate only", async () => {
    for (const client of [seller, affiliate]) {
      const response = await client.request(WITHDRAWAL, { id: pendingId });
      expect(response.body.data?.withdrawal).toMatchObject({ id: pendingId, status: "PENDING" });
    }
    for (const client of [otherSeller, stranger]) {
      const response = await client.request(WITHDRAWAL, { id: pendingId });
      expect(response.body).toEqual({ data: { withdrawal: null } });
    }
    expect((await seller.request(WITHDRAWAL, { id: "nope" })).body).toEqual({
      data: { withdrawal: null },
    });
  });

  it("processes: note save, APPROVED with receipt and date, then final", async () => {
    const noted = await seller.request(PROCESS, {
      input: { withdrawalId: pendingId, status: "PENDING", note: "<script>x</script> soon" },
    });
    expect(noted.body.data?.processWithdrawal).toMatchObject({
      status: "PENDING",
      note: "<script>x</script> soon",
    });
    const errors: Array<[GraphQLTestClient, object, string, string?]> = [
      [seller, { status: "APPROVED", paidOn: today() }, "BAD_USER_INPUT", "receiptNumber"],
      [seller, { status: "APPROVED", receiptNumber: "R-9" }, "BAD_USER_INPUT", "paidOn"],
      [
        seller,
        { status: "APPROVED", receiptNumber: "R-9", paidOn: "2099-01-01" },
        "BAD_USER_INPUT",
        "paidOn",
      ],
      [seller, { status: "PENDING", note: "n".repeat(2_001) }, "BAD_USER_INPUT", "note"],
      [otherSeller, { status: "REJECTED" }, "NOT_FOUND"],
      [affiliate, { status: "REJECTED" }, "FORBIDDEN"],
      [server.client(), { status: "REJECTED" }, "UNAUTHENTICATED"],
    ];
    for (const [client, change, code, field] of errors) {
      const response = await client.request(PROCESS, {
        input: { withdrawalId: pendingId, ...change },
      });
      expect(errorOf(response)).toEqual(field ? { code, field } : { code });
    }
    const approved = await seller.request(PROCESS, {
      input: {
        withdrawalId: pendingId,
        status: "APPROVED",
        receiptNumber: "PP-1",
        paidOn: today(),
      },
    });
    const withdrawal = approved.body.data?.processWithdrawal;
    expect(withdrawal).toMatchObject({
      status: "APPROVED",
      receiptNumber: "PP-1",
      paidOn: today(),
      note: "<script>x</script> soon",
      processedAt: expect.any(String),
    });
    expect(withdrawal.history.map((e: { toStatus: string }) => e.toStatus)).toEqual([
      "PENDING",
      "PENDING",
      "APPROVED",
    ]);
    expect(withdrawal.history[2].actor).toEqual({
      id: program.seller.owner.userId,
      name: program.seller.owner.name,
    });
    const again = await seller.request(PROCESS, {
      input: { withdrawalId: pendingId, status: "REJECTED" },
    });
    expect(errorOf(again)).toEqual({ code: "INVALID_TRANSITION" });
  });

  it("lists the Payouts screen with filters, order and totals; another seller sees none", async () => {
    await ask(affiliate, "1.50");
    const rejected = (await ask(affiliate, "2")).body.data?.requestWithdrawal.id;
    await seller.request(PROCESS, { input: { withdrawalId: rejected, status: "REJECTED" } });
    const all = await seller.request(WITHDRAWALS, {
      first: 2,
      orderBy: { field: "AMOUNT", direction: "ASC" },
    });
    expect(all.body.data?.withdrawals).toMatchObject({
      totalCount: 3,
      pageInfo: { hasNextPage: true },
      nodes: [{ amount: { amount: "1.50" } }, { amount: { amount: "2.00" } }],
    });
    const next = await seller.request(WITHDRAWALS, {
      first: 2,
      after: all.body.data?.withdrawals.pageInfo.endCursor,
      orderBy: { field: "AMOUNT", direction: "ASC" },
    });
    expect(next.body.data?.withdrawals).toMatchObject({
      pageInfo: { hasNextPage: false },
      nodes: [{ amount: { amount: "3.00" }, status: "APPROVED" }],
    });
    const pending = await seller.request(WITHDRAWALS, { status: "PENDING" });
    expect(pending.body.data?.withdrawals).toMatchObject({
      totalCount: 1,
      nodes: [{ status: "PENDING", amount: { amount: "1.50" } }],
    });
    const foreign = await seller.request(WITHDRAWALS, { affiliateId: other.affiliate.affiliateId });
    expect(foreign.body.data?.withdrawals).toMatchObject({ totalCount: 0, nodes: [] });
    const theirs = await otherSeller.request(WITHDRAWALS, {});
    expect(theirs.body.data?.withdrawals).toMatchObject({ totalCount: 0, nodes: [] });
    expect(errorOf(await affiliate.request(WITHDRAWALS, {}))).toEqual({ code: "FORBIDDEN" });
    const badCursor = await seller.request(WITHDRAWALS, { after: "nope" });
    expect(errorOf(badCursor)).toEqual({ code: "BAD_USER_INPUT", field: "after" });
  });

  it("sums the payout summary for the seller only", async () => {
    expect((await seller.request(SUMMARY)).body.data?.payoutSummary).toEqual({
      pendingCount: 1,
      pendingTotal: { amount: "1.50", currencyCode: "USD" },
      approvedCount: 1,
      approvedTotal: { amount: "3.00" },
      rejectedCount: 1,
    });
    expect((await otherSeller.request(SUMMARY)).body.data?.payoutSummary).toMatchObject({
      pendingCount: 0,
      approvedTotal: { amount: "0.00" },
    });
    expect(errorOf(await affiliate.request(SUMMARY))).toEqual({ code: "FORBIDDEN" });
  });

  it("lists an affiliate's withdrawals with its balance, for the affiliate and its seller", async () => {
    for (const client of [affiliate, seller]) {
      const response = await client.request(AFFILIATE_WITHDRAWALS, {
        id: program.affiliate.affiliateId,
      });
      expect(response.body.data?.affiliate).toMatchObject({
        pendingWithdrawalCount: 1,
        balance: {
          earned: { amount: "10.00" },
          available: { amount: "5.50" },
          pending: { amount: "1.50" },
          paid: { amount: "3.00" },
        },
        withdrawals: { totalCount: 3 },
      });
      const rejected = await client.request(AFFILIATE_WITHDRAWALS, {
        id: program.affiliate.affiliateId,
        status: "REJECTED",
      });
      expect(rejected.body.data?.affiliate.withdrawals).toMatchObject({
        totalCount: 1,
        nodes: [{ status: "REJECTED" }],
      });
    }
    const hidden = await otherSeller.request(AFFILIATE_WITHDRAWALS, {
      id: program.affiliate.affiliateId,
    });
    expect(hidden.body.data?.affiliate).toBeNull();
  });
});
