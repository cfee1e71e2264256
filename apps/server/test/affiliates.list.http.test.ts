import {
  FIXTURE_PASSWORD,
  createAffiliate,
  createOffer,
  createSeller,
  type AffiliateFixture,
  type SellerFixture,
} from "./support/fixtures";
import {
  startTestServer,
  type GraphQLResponse,
  type GraphQLTestClient,
  type TestServer,
  errorOf,
} from "./support/http";

// The My Affiliates screen: nested seller and promoted offers must be batched, not fetched per row.
const AFFILIATES = `query Affiliates($first: Int, $after: String, $search: String, $status: AffiliateStatus,
    $orderBy: AffiliateOrder) {
  affiliates(first: $first, after: $after, search: $search, status: $status, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id name email status joinedAt salesCount pendingWithdrawalCount
      commissionTotal { amount currencyCode }
      balance { pending { amount } available { amount } }
      seller { id name }
      offers { salesCount offer { id name price { amount } } }
    }
  }
}`;

const ORDERS = ["NAME", "JOINED_AT", "SALES_COUNT", "COMMISSION_TOTAL", "PENDING_TOTAL"].flatMap(
  (field) => ["ASC", "DESC"].map((direction) => ({ field, direction })),
);

describe("affiliates (My Affiliates) over HTTP", () => {
  let server: TestServer;
  let seller: SellerFixture;
  let members: AffiliateFixture[];
  /** Each member's id → the ids of the offers it promotes (member n promotes the first n % 3). */
  let promotedBy: Map<string, string[]>;
  let foreign: AffiliateFixture[];
  let sellerClient: GraphQLTestClient;
  let otherSellerClient: GraphQLTestClient;
  let affiliateClient: GraphQLTestClient;

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.db.dataSource;
    seller = await createSeller(db, { loginPassword: true, currencyCode: "EUR" });
    const offers = [await createOffer(db, seller.sellerId), await createOffer(db, seller.sellerId)];
    members = [];
    promotedBy = new Map();
    for (let n = 0; n < 60; n++) {
      const member = await createAffiliate(db, seller.sellerId, {
        status: n % 4 === 0 ? "DISABLED" : "ACTIVE",
        promotes: offers.slice(0, n % 3),
        loginPassword: n === 0,
      });
      // Few distinct values, so every order has long runs of ties.
      await db.query(
        `UPDATE affiliates SET name = ?, sales_count = ?, earned_cents = ?, pending_cents = ?,
           joined_at = TIMESTAMP('2026-03-01 08:00:00.500') + INTERVAL ? MINUTE WHERE id = ?`,
        [`Member ${n % 7}`, n % 5, (n % 6) * 250, (n % 4) * 100, n % 9, member.affiliateId],
      );
      members.push(member);
      promotedBy.set(member.affiliateId, offers.slice(0, n % 3));
    }
    const other = await createSeller(db, { loginPassword: true });
    foreign = [];
    for (let n = 0; n < 3; n++)
      foreign.push(await createAffiliate(db, other.sellerId, { promotes: [] }));
    sellerClient = server.client();
    await sellerClient.login(seller.owner.email, FIXTURE_PASSWORD);
    otherSellerClient = server.client();
    await otherSellerClient.login(other.owner.email, FIXTURE_PASSWORD);
    affiliateClient = server.client();
    await affiliateClient.login(members[0]!.user.email, FIXTURE_PASSWORD);
  });
  afterAll(async () => {
    await server.close();
  });

  it("answers a page with totals, nested seller and offers, and the total count", async () => {
    const response = await sellerClient.request(AFFILIATES, {
      first: 3,
      orderBy: { field: "COMMISSION_TOTAL", direction: "DESC" },
    });
    expect(response.body.errors).toBeUndefined();
    const connection = response.body.data?.affiliates;
    expect(connection.totalCount).toBe(60);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    expect(connection.nodes).toHaveLength(3);
    for (const node of connection.nodes) {
      expect(node.commissionTotal).toEqual({ amount: "12.50", currencyCode: "EUR" });
      expect(node.seller.id).toBe(seller.sellerId);
    }
    // Each node lists exactly the offers its member promotes, each with the offer's own figures.
    for (const node of connection.nodes) {
      expect(node.offers.map((o: { offer: { id: string } }) => o.offer.id).sort()).toEqual(
        [...promotedBy.get(node.id)!].sort(),
      );
      for (const promotion of node.offers) {
        expect(promotion).toEqual({
          salesCount: 0,
          offer: {
            id: promotion.offer.id,
            name: expect.stringMatching(/^Offer /),
            price: { amount: "100.00" },
          },
        });
      }
    }
  });

  it.each(ORDERS)(
    "pages through every affiliate exactly once by $field $direction",
    async (orderBy) => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 20; page++) {
        const response: GraphQLResponse = await sellerClient.request(AFFILIATES, {
          first: 7,
          after,
          orderBy,
        });
        expect(response.body.errors).toBeUndefined();
        const connection = response.body.data?.affiliates;
        seen.push(...connection.nodes.map((node: { id: string }) => node.id));
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(60);
      expect(new Set(seen)).toEqual(new Set(members.map((member) => member.affiliateId)));
    },
  );

  it("filters by status and search, and counts what it filters", async () => {
    const disabled = await sellerClient.request(AFFILIATES, { first: 100, status: "DISABLED" });
    expect(disabled.body.data?.affiliates.totalCount).toBe(15);
    expect(
      disabled.body.data?.affiliates.nodes.every(
        (node: { status: string }) => node.status === "DISABLED",
      ),
    ).toBe(true);
    const searched = await sellerClient.request(AFFILIATES, { first: 100, search: " member 3 " });
    const names = searched.body.data?.affiliates.nodes.map((node: { name: string }) => node.name);
    expect(new Set(names)).toEqual(new Set(["Member 3"]));
    expect(searched.body.data?.affiliates.totalCount).toBe(names.length);
    const byEmail = await sellerClient.request(AFFILIATES, {
      first: 5,
      search: members[5]!.user.email.toUpperCase(),
    });
    expect(byEmail.body.data?.affiliates.nodes.map((node: { id: string }) => node.id)).toEqual([
      members[5]!.affiliateId,
    ]);
  });

  it("shows a seller only its own affiliates", async () => {
    const response = await otherSellerClient.request(AFFILIATES, { first: 100 });
    const ids = response.body.data?.affiliates.nodes.map((node: { id: string }) => node.id);
    expect(new Set(ids)).toEqual(new Set(foreign.map((member) => member.affiliateId)));
    expect(response.body.data?.affiliates.totalCount).toBe(3);
    const searched = await otherSellerClient.request(AFFILIATES, { first: 100, search: "Member" });
    expect(searched.body.data?.affiliates).toMatchObject({ nodes: [], totalCount: 0 });
  });

  it("answers every error with its code", async () => {
    expect(errorOf(await server.client().request(AFFILIATES, { first: 5 }))).toEqual({
      code: "UNAUTHENTICATED",
    });
    // An affiliate (a user without a seller) has no My Affiliates screen.
    expect(errorOf(await affiliateClient.request(AFFILIATES, { first: 5 }))).toEqual({
      code: "FORBIDDEN",
    });
    expect(errorOf(await sellerClient.request(AFFILIATES, { first: 0 }))).toEqual({
      code: "BAD_USER_INPUT",
      field: "first",
    });
    expect(errorOf(await sellerClient.request(AFFILIATES, { first: 101 }))).toEqual({
      code: "BAD_USER_INPUT",
      field: "first",
    });
    expect(errorOf(await sellerClient.request(AFFILIATES, { first: 5, after: "bm9wZQ" }))).toEqual({
      code: "BAD_USER_INPUT",
      field: "after",
    });
    const byName = await sellerClient.request(AFFILIATES, {
      first: 1,
      orderBy: { field: "NAME", direction: "ASC" },
    });
    const nameCursor = byName.body.data?.affiliates.pageInfo.endCursor;
    const mixed = await sellerClient.request(AFFILIATES, {
      first: 5,
      after: nameCursor,
      orderBy: { field: "PENDING_TOTAL", direction: "ASC" },
    });
    expect(errorOf(mixed)).toEqual({ code: "BAD_USER_INPUT", field: "after" });
    expect(
      errorOf(await sellerClient.request(AFFILIATES, { first: 5, search: "x".repeat(101) })),
    ).toEqual({
      code: "BAD_USER_INPUT",
      field: "search",
    });
  });

  it("costs the same number of SQL statements for first: 5 as for first: 50", async () => {
    const small = await sellerClient.request(AFFILIATES, { first: 5 });
    const smallCount = sellerClient.lastStatements;
    const large = await sellerClient.request(AFFILIATES, { first: 50 });
    const largeCount = sellerClient.lastStatements;
    expect(small.body.errors).toBeUndefined();
    expect(large.body.errors).toBeUndefined();
    expect(small.body.data?.affiliates.nodes).toHaveLength(5);
    expect(large.body.data?.affiliates.nodes).toHaveLength(50);
    const nodes = large.body.data?.affiliates.nodes;
    const promoted = nodes.flatMap((node: { offers: unknown[] }) => node.offers);
    const expected = nodes.flatMap((node: { id: string }) => promotedBy.get(node.id)!);
    expect(promoted).toHaveLength(expected.length);
    expect(expected.length).toBeGreaterThan(20);
    expect(Number.isFinite(smallCount)).toBe(true);
    expect(largeCount).toBe(smallCount);
    // Session, page, count, sellers, promotions, offers: a handful, whatever the page size.
    expect(largeCount).toBeLessThanOrEqual(7);
  });
});
