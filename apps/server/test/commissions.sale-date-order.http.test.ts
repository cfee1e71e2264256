import { FIXTURE_PASSWORD, createProgram } from "./support/fixtures";
import { errorOf, startTestServer, type GraphQLTestClient, type TestServer } from "./support/http";
import { expectMoneyInvariants } from "./support/money-invariants";

const RECORD = `mutation Record($input: RecordSaleInput!) { recordSale(input: $input) { id } }`;
const PAGE = `query Page($id: ID!, $first: Int, $after: String) {
  affiliate(id: $id) {
    commissions(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { orderId occurredAt }
    }
  }
}`;

// Affiliate.commissions lists sales by the date they happened, latest first: a sale reported late
// with an earlier date takes its place by date, and equal dates are kept apart by id.
describe("Affiliate.commissions in sale-date order over HTTP", () => {
  let server: TestServer;
  let program: Awaited<ReturnType<typeof createProgram>>;
  let seller: GraphQLTestClient;

  // In the order they are recorded.
  const SALES: Array<[orderId: string, occurredAt: string | null]> = [
    ["JAN-10", "2025-01-10T12:00:00.000Z"],
    ["JAN-20-A", "2025-01-20T08:30:00.000Z"],
    ["JAN-05-LATE", "2025-01-05T00:00:00.000Z"],
    ["JAN-20-B", "2025-01-20T08:30:00.000Z"],
    ["NOW", null],
    ["JAN-20-C", "2025-01-20T08:30:00.000Z"],
  ];
  const DATE_ORDER = ["NOW", "JAN-20-C", "JAN-20-B", "JAN-20-A", "JAN-10", "JAN-05-LATE"];

  beforeAll(async () => {
    server = await startTestServer();
    program = await createProgram(server.db.dataSource, { loginPassword: true });
    seller = server.client();
    await seller.login(program.seller.owner.email, FIXTURE_PASSWORD);
    for (const [orderId, occurredAt] of SALES) {
      const input = {
        referralCode: program.affiliate.referralCode,
        offerId: program.offerId,
        orderId,
        saleAmount: "10.00",
        ...(occurredAt ? { occurredAt } : {}),
      };
      expect((await seller.request(RECORD, { input })).body.errors).toBeUndefined();
    }
  });
  afterAll(async () => {
    await expectMoneyInvariants(server.db.dataSource);
    await server.close();
  });

  const page = async (first: number, after?: string | null) => {
    const answer = await seller.request(PAGE, { id: program.affiliate.affiliateId, first, after });
    expect(answer.body.errors).toBeUndefined();
    return answer.body.data?.affiliate.commissions;
  };

  it("answers the latest sale first, by the date it happened, not the order it was recorded in", async () => {
    const all = await page(100);
    expect(all.nodes.map((node: { orderId: string }) => node.orderId)).toEqual(DATE_ORDER);
    expect(all.totalCount).toBe(SALES.length);
    expect(all.pageInfo.hasNextPage).toBe(false);
  });

  it.each([1, 2, 4])(
    "pages of %i: every sale once, in the same order, across equal dates",
    async (first) => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 10; pages++) {
        const current = await page(first, after);
        seen.push(...current.nodes.map((node: { orderId: string }) => node.orderId));
        expect(current.totalCount).toBe(SALES.length);
        if (!current.pageInfo.hasNextPage) break;
        after = current.pageInfo.endCursor;
      }
      expect(seen).toEqual(DATE_ORDER);
    },
  );

  it("refuses a cursor this list did not give out", async () => {
    const withdrawalsCursor = Buffer.from(JSON.stringify(["REQUESTED_AT:0", "1"])).toString(
      "base64url",
    );
    for (const after of [withdrawalsCursor, "nonsense"]) {
      const answer = await seller.request(PAGE, {
        id: program.affiliate.affiliateId,
        first: 2,
        after,
      });
      expect(errorOf(answer)).toEqual({ code: "BAD_USER_INPUT", field: "after" });
    }
  });
});
