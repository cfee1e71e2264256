import { ON_HOLD_OF_AFFILIATES } from "../src/modules/affiliates/affiliate-hold";
import { FIXTURE_PASSWORD, createAffiliate, createOffer, createSeller } from "./support/fixtures";
import { startTestServer, type GraphQLTestClient, type TestServer } from "./support/http";

/** A 1.00 commission on a 10.00 sale `?` days ago, on a 30-day hold. */
const SALE_DAYS_AGO = `(?, ?, ?, ?, 1000, 100, UTC_TIMESTAMP(3) - INTERVAL ? DAY,
  UTC_DATE() - INTERVAL ? DAY + INTERVAL 30 DAY)`;

// What is on hold costs one batched statement per page of affiliates (none for an overview, which
// reads it with the affiliate), and reads only the affiliate's commissions dated after today.
describe("onHold's statements and index", () => {
  let server: TestServer;
  let seller: GraphQLTestClient;
  let affiliateIds: string[];

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.db.dataSource;
    const program = await createSeller(db, { loginPassword: true });
    const offerId = await createOffer(db, program.sellerId, { holdDays: 30 });
    affiliateIds = [];
    for (let n = 0; n < 6; n++) {
      const affiliate = await createAffiliate(db, program.sellerId, { promotes: [offerId] });
      affiliateIds.push(affiliate.affiliateId);
      // A year of released sales and a few still on hold, written directly: only reads are measured.
      const days = Array.from({ length: 400 }, (_, daysAgo) => daysAgo);
      await db.query(
        `INSERT INTO commissions (seller_id, affiliate_id, offer_id, order_id, sale_cents,
           amount_cents, occurred_at, available_on)
         VALUES ${days.map(() => SALE_DAYS_AGO).join(", ")}`,
        days.flatMap((daysAgo) => [
          program.sellerId,
          affiliate.affiliateId,
          offerId,
          `held-${affiliate.affiliateId}-${daysAgo}`,
          daysAgo,
          daysAgo,
        ]),
      );
    }
    // The running totals recordSale would have kept.
    await db.query(
      `UPDATE affiliates a SET sales_count = 400, earned_cents = 40000 WHERE a.seller_id = ?`,
      [program.sellerId],
    );
    await db.query("ANALYZE TABLE commissions");
    seller = server.client();
    await seller.login(program.owner.email, FIXTURE_PASSWORD);
  });
  afterAll(() => server.close());

  it("a list's balances cost the same statements for 2 affiliates as for 6", async () => {
    const list = `query List($first: Int!) {
      affiliates(first: $first) { nodes { id balance { onHold { amount } available { amount } } } }
    }`;
    const counts = [];
    for (const first of [2, 6]) {
      const answer = await seller.request(list, { first });
      expect(answer.body.errors).toBeUndefined();
      for (const node of answer.body.data?.affiliates.nodes ?? []) {
        // 30 sales in the last 30 days are still on hold (today's included).
        expect(node.balance).toEqual({
          onHold: { amount: "30.00" },
          available: { amount: "370.00" },
        });
      }
      counts.push(seller.lastStatements);
    }
    expect(counts[1]).toBe(counts[0]);
  });

  it("reads the range of ix_commissions_affiliate_available, not every sale", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const plan = await server.db.dataSource.query(`EXPLAIN ${ON_HOLD_OF_AFFILIATES}`, [
      affiliateIds,
      today,
    ]);
    expect(plan).toEqual([
      expect.objectContaining({ key: "ix_commissions_affiliate_available", type: "range" }),
    ]);
  });
});
