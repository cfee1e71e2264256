import { WithdrawalStatus } from "@allyhut/schema";
import {
  FIXTURE_PASSWORD,
  createAffiliate,
  createProgram,
  earn,
  moneyServices,
} from "./support/fixtures";
import { startTestServer, type GraphQLTestClient, type TestServer } from "./support/http";
import { expectMoneyInvariants } from "./support/money-invariants";

// The Payouts screen's query: nested affiliate and history must be batched, not fetched per row.
const PAYOUTS = `query Payouts($first: Int!) {
  withdrawals(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id status amount { amount currencyCode } requestedAt
      affiliate { id name }
      history { at fromStatus toStatus note actor { id name } }
    }
  }
}`;

// The seller's affiliate overview (the SPA's and the benchmark's selection).
const OVERVIEW = `query Overview($id: ID!, $first: Int!) {
  affiliate(id: $id) {
    id name salesCount pendingWithdrawalCount commissionTotal { amount }
    balance { earned { amount } available { amount } pending { amount } paid { amount } }
    offers {
      promotedSince salesCount commissionTotal { amount } referralLink offer { id name price { amount } }
    }
    commissions(first: $first) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { id orderId reversed offer { id name } amount { amount } }
    }
    withdrawals(first: $first) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { id status amount { amount } requestedAt receiptNumber paidOn note }
    }
    pending: withdrawals(first: 1, status: PENDING) { totalCount }
  }
}`;

describe("SQL statements per request", () => {
  let server: TestServer;
  let seller: GraphQLTestClient;
  let affiliateId: string;

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.db.dataSource;
    const program = await createProgram(db, { loginPassword: true, commissionValue: 1_000 });
    const affiliates = [program.affiliate];
    for (let n = 0; n < 5; n++) {
      affiliates.push(
        await createAffiliate(db, program.seller.sellerId, { promotes: [program.offerId] }),
      );
    }
    const { withdrawals } = moneyServices(db);
    for (const affiliate of affiliates) {
      await earn(db, { ...program, affiliate }, 20_000);
      for (let n = 0; n < 12; n++) {
        const withdrawal = await withdrawals.request(affiliate.viewer, {
          affiliateId: affiliate.affiliateId,
          amountCents: 100 + n,
        });
        if (n % 3 === 0) {
          await withdrawals.process(program.seller.viewer, {
            withdrawalId: withdrawal.id,
            status: n % 2 === 0 ? WithdrawalStatus.APPROVED : WithdrawalStatus.REJECTED,
            receiptNumber: `R-${withdrawal.id}`,
            paidOn: new Date().toISOString().slice(0, 10),
            note: "done",
          });
        }
      }
    }
    // Every promotion has a referral link to ask for.
    await db.query("UPDATE offers SET url = 'https://coach.test/course' WHERE id = ?", [
      program.offerId,
    ]);
    affiliateId = program.affiliate.affiliateId;
    seller = server.client();
    await seller.login(program.seller.owner.email, FIXTURE_PASSWORD);
  });
  afterAll(async () => {
    await expectMoneyInvariants(server.db.dataSource);
    await server.close();
  });

  it("withdrawals(first: 5) and withdrawals(first: 50) with affiliate and history cost the same", async () => {
    const small = await seller.request(PAYOUTS, { first: 5 });
    const smallCount = seller.lastStatements;
    const large = await seller.request(PAYOUTS, { first: 50 });
    const largeCount = seller.lastStatements;
    expect(small.body.errors).toBeUndefined();
    expect(large.body.errors).toBeUndefined();
    expect(small.body.data?.withdrawals.nodes).toHaveLength(5);
    expect(large.body.data?.withdrawals.nodes).toHaveLength(50);
    expect(large.body.data?.withdrawals.totalCount).toBe(72);
    const nodes = large.body.data?.withdrawals.nodes as Array<{ history: unknown[] }>;
    expect(new Set(nodes.map((node) => node.history.length))).toEqual(new Set([1, 2]));
    expect(Number.isFinite(smallCount)).toBe(true);
    expect(largeCount).toBe(smallCount);
    // Session, page, count, affiliates, histories: a handful, whatever the page size.
    expect(largeCount).toBeLessThanOrEqual(12);
  });

  it("an affiliate overview costs 4 statements at any page size: session, affiliate with its offers, commissions, withdrawals", async () => {
    const [{ n: commissionRows }] = await server.db.dataSource.query(
      "SELECT COUNT(*) AS n FROM commissions WHERE affiliate_id = ?",
      [affiliateId],
    );
    const counts = [];
    for (const first of [5, 50]) {
      const answer = await seller.request(OVERVIEW, { id: affiliateId, first });
      expect(answer.body.errors).toBeUndefined();
      const affiliate = answer.body.data?.affiliate;
      expect(affiliate.offers).toHaveLength(1);
      expect(affiliate.offers[0].offer.name).toEqual(expect.any(String));
      expect(affiliate.offers[0].referralLink).toMatch(/^https:\/\/coach\.test\/course\?ref=/);
      expect(affiliate.commissions.totalCount).toBe(Number(commissionRows));
      expect(affiliate.commissions.nodes).toHaveLength(Math.min(first, Number(commissionRows)));
      expect(affiliate.commissions.nodes[0].offer.id).toBe(affiliate.offers[0].offer.id);
      expect(affiliate.withdrawals.totalCount).toBe(12);
      expect(affiliate.withdrawals.nodes).toHaveLength(Math.min(first, 12));
      expect(affiliate.pending.totalCount).toBe(8);
      counts.push(seller.lastStatements);
    }
    // The second withdrawals list is one more page statement; its count comes from the row too.
    expect(counts).toEqual([5, 5]);
  });

  /** The statements of `query`, and its promotions' links (every one must be there). */
  async function statementsOf(query: string, variables: Record<string, unknown>) {
    const answer = await seller.request(query, variables);
    expect(answer.body.errors).toBeUndefined();
    const links = JSON.stringify(answer.body.data).match(/\?ref=/g) ?? [];
    return { statements: seller.lastStatements, links: links.length };
  }

  it("the affiliates list: referralLink on every row's offers adds no statement", async () => {
    const list = (link: string) => `query List($first: Int!) {
      affiliates(first: $first) { nodes { id offers { salesCount ${link} offer { id url } } } }
    }`;
    const without = await statementsOf(list(""), { first: 6 });
    const few = await statementsOf(list("referralLink"), { first: 2 });
    const all = await statementsOf(list("referralLink"), { first: 6 });
    expect([few.links, all.links]).toEqual([2, 6]);
    expect([few.statements, all.statements]).toEqual([without.statements, without.statements]);
  });

  it("the overview: referralLink adds no statement", async () => {
    const overview = (link: string) => `query Overview($id: ID!) {
      affiliate(id: $id) { id offers { salesCount ${link} offer { id url } } }
    }`;
    const without = await statementsOf(overview(""), { id: affiliateId });
    const withLink = await statementsOf(overview("referralLink"), { id: affiliateId });
    expect(withLink).toEqual({ statements: without.statements, links: 1 });
  });
});
