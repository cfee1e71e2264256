import {
  FIXTURE_PASSWORD,
  balanceOf,
  createAffiliate,
  createOffer,
  createProgram,
  createUser,
} from "./support/fixtures";
import type { GraphQLResponse, GraphQLTestClient, TestServer } from "./support/http";
import { startTestServer, errorOf } from "./support/http";
import { expectMoneyInvariants } from "./support/money-invariants";

const RECORD_SALE = `mutation RecordSale($input: RecordSaleInput!) {
  recordSale(input: $input) {
    id orderId occurredAt reversed
    saleAmount { amount currencyCode }
    amount { amount currencyCode }
    offer { id }
  }
}`;
const REVERSE_SALE = `mutation ReverseSale($orderId: String!) {
  reverseSale(orderId: $orderId) { id orderId reversed amount { amount } }
}`;
const COMMISSIONS = `query Commissions($id: ID!, $first: Int, $after: String) {
  affiliate(id: $id) {
    salesCount
    balance { earned { amount } available { amount } }
    commissions(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { orderId reversed amount { amount } }
    }
  }
}`;

describe("recordSale, reverseSale and Affiliate.commissions over HTTP", () => {
  let server: TestServer;
  let program: Awaited<ReturnType<typeof createProgram>>;
  let other: Awaited<ReturnType<typeof createProgram>>;
  let seller: GraphQLTestClient;
  let affiliate: GraphQLTestClient;
  let otherSeller: GraphQLTestClient;

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.db.dataSource;
    program = await createProgram(db, { loginPassword: true, commissionValue: 250 });
    other = await createProgram(db, { loginPassword: true });
    seller = server.client();
    await seller.login(program.seller.owner.email, FIXTURE_PASSWORD);
    affiliate = server.client();
    await affiliate.login(program.affiliate.user.email, FIXTURE_PASSWORD);
    otherSeller = server.client();
    await otherSeller.login(other.seller.owner.email, FIXTURE_PASSWORD);
  });
  afterAll(async () => {
    await expectMoneyInvariants(server.db.dataSource);
    await server.close();
  });

  const sale = (change: object = {}) => ({
    input: {
      referralCode: program.affiliate.referralCode,
      offerId: program.offerId,
      orderId: "HTTP-1",
      saleAmount: "49.90",
      ...change,
    },
  });

  it("records a sale once and answers the same commission on a retry", async () => {
    const first = await seller.request(
      RECORD_SALE,
      sale({ occurredAt: "2026-01-02T03:04:05.678Z" }),
    );
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data?.recordSale).toEqual({
      id: expect.any(String),
      orderId: "HTTP-1",
      occurredAt: "2026-01-02T03:04:05.678Z",
      reversed: false,
      saleAmount: { amount: "49.90", currencyCode: "USD" },
      amount: { amount: "2.50", currencyCode: "USD" },
      offer: { id: program.offerId },
    });
    const retry = await seller.request(RECORD_SALE, sale());
    expect(retry.body.data?.recordSale).toEqual(first.body.data?.recordSale);
    expect((await balanceOf(server.db.dataSource, program.affiliate.affiliateId)).salesCount).toBe(
      1,
    );
  });

  it("answers every recordSale error with its code", async () => {
    const db = server.db.dataSource;
    const disabled = await createAffiliate(db, program.seller.sellerId, {
      status: "DISABLED",
      promotes: [program.offerId],
    });
    const inactive = await createOffer(db, program.seller.sellerId, { active: false });
    const cases: Array<[GraphQLTestClient, object, string, string?]> = [
      [seller, { saleAmount: "49.90", orderId: "HTTP-1", offerId: inactive }, "CONFLICT"],
      [seller, { saleAmount: "0", orderId: "E-1" }, "BAD_USER_INPUT", "saleAmount"],
      [seller, { saleAmount: "1.234", orderId: "E-2" }, "BAD_USER_INPUT", "saleAmount"],
      [seller, { orderId: "  " }, "BAD_USER_INPUT", "orderId"],
      [
        seller,
        { orderId: "E-3", occurredAt: "2099-01-01T00:00:00.000Z" },
        "BAD_USER_INPUT",
        "occurredAt",
      ],
      [seller, { orderId: "E-4", offerId: inactive }, "BAD_USER_INPUT", "offerId"],
      [seller, { orderId: "E-5", referralCode: disabled.referralCode }, "AFFILIATE_DISABLED"],
      [seller, { orderId: "E-6", referralCode: other.affiliate.referralCode }, "NOT_FOUND"],
      [seller, { orderId: "E-7", offerId: other.offerId }, "NOT_FOUND"],
      [otherSeller, { orderId: "E-8" }, "NOT_FOUND"],
      [affiliate, { orderId: "E-9" }, "FORBIDDEN"],
      [server.client(), { orderId: "E-10" }, "UNAUTHENTICATED"],
    ];
    for (const [client, change, code, field] of cases) {
      const response = await client.request(RECORD_SALE, sale(change));
      expect(response.body.data?.recordSale ?? null).toBeNull();
      expect(errorOf(response)).toEqual(field ? { code, field } : { code });
    }
    expect((await balanceOf(db, program.affiliate.affiliateId)).salesCount).toBe(1);
  });

  it("reverses a sale idempotently; another seller gets NOT_FOUND, an affiliate FORBIDDEN", async () => {
    await seller.request(RECORD_SALE, sale({ orderId: "HTTP-REFUND" }));
    for (let attempt = 0; attempt < 2; attempt++) {
      const reversed = await seller.request(REVERSE_SALE, { orderId: "HTTP-REFUND" });
      expect(reversed.body.data?.reverseSale).toMatchObject({
        orderId: "HTTP-REFUND",
        reversed: true,
      });
    }
    expect(errorOf(await otherSeller.request(REVERSE_SALE, { orderId: "HTTP-1" }))).toEqual({
      code: "NOT_FOUND",
    });
    expect(errorOf(await affiliate.request(REVERSE_SALE, { orderId: "HTTP-1" }))).toEqual({
      code: "FORBIDDEN",
    });
    expect(await balanceOf(server.db.dataSource, program.affiliate.affiliateId)).toMatchObject({
      salesCount: 1,
      earnedCents: 250,
    });
  });

  it("pages an affiliate's commissions for its seller and its own user; others see null", async () => {
    for (let n = 0; n < 3; n++) await seller.request(RECORD_SALE, sale({ orderId: `PAGE-${n}` }));
    const variables = { id: program.affiliate.affiliateId, first: 2 };
    for (const client of [seller, affiliate]) {
      const orders: string[] = [];
      let after: string | null = null;
      do {
        const response: GraphQLResponse = await client.request(COMMISSIONS, {
          ...variables,
          after,
        });
        const connection = response.body.data?.affiliate.commissions as {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          nodes: Array<{ orderId: string }>;
        };
        expect(connection.totalCount).toBe(5);
        orders.push(...connection.nodes.map((node) => node.orderId));
        after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
      } while (after);
      expect(orders).toEqual(["PAGE-2", "PAGE-1", "PAGE-0", "HTTP-REFUND", "HTTP-1"]);
    }
    const mine = await affiliate.request(COMMISSIONS, variables);
    expect(mine.body.data?.affiliate).toMatchObject({
      salesCount: 4,
      balance: { earned: { amount: "10.00" }, available: { amount: "10.00" } },
    });
    const stranger = server.client();
    const user = await createUser(server.db.dataSource, { loginPassword: true });
    await stranger.login(user.email, FIXTURE_PASSWORD);
    for (const client of [otherSeller, stranger]) {
      const response = await client.request(COMMISSIONS, variables);
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data?.affiliate).toBeNull();
    }
  });
});
