import {
  AffiliateOrderField,
  MAX_DECIMAL_CENTS,
  SortDirection,
  formatCents,
  percentageCommissionCents,
} from "@allyhut/schema";
import type { DataSource } from "typeorm";
import {
  FIXTURE_PASSWORD,
  balanceOf,
  createAffiliate,
  createOffer,
  createSeller,
  moneyServices,
} from "./support/fixtures";
import type { GraphQLResponse, GraphQLTestClient, TestServer } from "./support/http";
import { startTestServer } from "./support/http";
import { expectMoneyInvariants } from "./support/money-invariants";

// Every total the API prints stays at most the largest Decimal (9,999,999,999,999.99): the sale that
// would take one past it is refused. Past 2^53 cents the reads answered INTERNAL_SERVER_ERROR.
const RECORD_SALE = `mutation Record($input: RecordSaleInput!) {
  recordSale(input: $input) { orderId amount { amount } }
}`;
const REVERSE_SALE = `mutation Reverse($orderId: String!) { reverseSale(orderId: $orderId) { reversed } }`;
const REQUEST = `mutation Request($input: RequestWithdrawalInput!) {
  requestWithdrawal(input: $input) { id amount { amount } }
}`;
const PROCESS = `mutation Process($input: ProcessWithdrawalInput!) {
  processWithdrawal(input: $input) { status }
}`;
const AFFILIATE = `query Affiliate($id: ID!) {
  affiliate(id: $id) {
    commissionTotal { amount }
    balance { earned { amount } available { amount } pending { amount } paid { amount } }
    offers { salesCount commissionTotal { amount } }
    commissions(first: 20) { totalCount nodes { orderId reversed amount { amount } saleAmount { amount } } }
    withdrawals(first: 20) { totalCount nodes { status amount { amount } } }
  }
}`;
const AFFILIATES_PAGE = `query Affiliates($orderBy: AffiliateOrder, $after: String) {
  affiliates(first: 1, orderBy: $orderBy, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id commissionTotal { amount } balance { available { amount } pending { amount } } }
  }
}`;
const PAYOUT_SUMMARY = `query Summary {
  payoutSummary { pendingCount approvedCount pendingTotal { amount } approvedTotal { amount } }
}`;

/** A 100 % commission: the affiliate earns the whole sale. */
const WHOLE_SALE_HUNDREDTHS = 10_000;
const commissionOf = (saleCents: number) =>
  percentageCommissionCents(saleCents, WHOLE_SALE_HUNDREDTHS);
const amount = (cents: number) => ({ amount: formatCents(cents) });
const today = () => new Date().toISOString().slice(0, 10);
/** The answer's first error, or undefined when there is none. */
const errorOf = (response: GraphQLResponse) => {
  const error = response.body.errors?.[0];
  return error
    ? { code: error.extensions?.code, field: error.extensions?.field, message: error.message }
    : undefined;
};
const TOO_LARGE = {
  code: "BAD_USER_INPUT",
  field: "saleAmount",
  message: expect.stringMatching(
    /would exceed 9999999999999\.99, the largest amount AllyHut can hold/,
  ),
};

interface Program {
  offerId: string;
  seller: GraphQLTestClient;
  affiliates: Awaited<ReturnType<typeof createAffiliate>>[];
}

describe("money limits: no total passes the largest Decimal", () => {
  let server: TestServer;
  let db: DataSource;

  beforeAll(async () => {
    server = await startTestServer();
    db = server.db.dataSource;
  });
  afterAll(async () => {
    try {
      await expectMoneyInvariants(db);
      // Each seller's recorded commissions are its commissions' sum, reversed ones included.
      const sellers = await db.query(
        `SELECT s.recorded_commission_cents AS recorded,
           (SELECT COALESCE(SUM(c.amount_cents), 0) FROM commissions c WHERE c.seller_id = s.id) AS rows_sum
         FROM sellers s`,
      );
      for (const seller of sellers) expect(String(seller.recorded)).toBe(String(seller.rows_sum));
    } finally {
      await server.close();
    }
  });

  /** A seller (signed in) with an offer at the largest price paying 100 %, and its affiliates. */
  async function createProgram(affiliateCount: number): Promise<Program> {
    const owner = await createSeller(db, { loginPassword: true });
    const offerId = await createOffer(db, owner.sellerId, {
      commissionType: "PERCENTAGE",
      commissionValue: WHOLE_SALE_HUNDREDTHS,
      priceCents: MAX_DECIMAL_CENTS,
    });
    const affiliates = [];
    for (let n = 0; n < affiliateCount; n++) {
      affiliates.push(
        await createAffiliate(db, owner.sellerId, { promotes: [offerId], loginPassword: true }),
      );
    }
    const seller = server.client();
    await seller.login(owner.owner.email, FIXTURE_PASSWORD);
    return { offerId, seller, affiliates };
  }

  const recordSale = (program: Program, affiliateIndex: number, orderId: string, cents: number) =>
    program.seller.request(RECORD_SALE, {
      input: {
        referralCode: program.affiliates[affiliateIndex]!.referralCode,
        offerId: program.offerId,
        orderId,
        saleAmount: formatCents(cents),
      },
    });

  /** Every page of the seller's affiliates in every order, one per page, following the cursors. */
  async function affiliatesInEveryOrder(program: Program) {
    const orders: Record<string, unknown> = {};
    for (const field of Object.values(AffiliateOrderField)) {
      for (const direction of Object.values(SortDirection)) {
        const pages = [];
        let after: string | null = null;
        do {
          const response: GraphQLResponse = await program.seller.request(AFFILIATES_PAGE, {
            orderBy: { field, direction },
            after,
          });
          const page = response.body.data?.affiliates;
          pages.push(page ? page.nodes.length : errorOf(response));
          after = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        } while (after);
        orders[`${field} ${direction}`] = pages;
      }
    }
    return orders;
  }

  /** Each read that sums money, as the seller sees it: its answer, or its error. */
  async function reads(program: Program) {
    const affiliates: Record<string, unknown> = {};
    for (const { affiliateId } of program.affiliates) {
      const response = await program.seller.request(AFFILIATE, { id: affiliateId });
      affiliates[affiliateId] = response.body.data?.affiliate ?? errorOf(response);
    }
    const summary = await program.seller.request(PAYOUT_SUMMARY);
    return {
      affiliates,
      affiliateList: await affiliatesInEveryOrder(program),
      payoutSummary: summary.body.data?.payoutSummary ?? errorOf(summary),
    };
  }

  /** What reads() answers when every affiliate is on one page of each order. */
  const everyOrder = (pageCount: number) =>
    Object.fromEntries(
      Object.values(AffiliateOrderField).flatMap((field) =>
        Object.values(SortDirection).map((direction) => [
          `${field} ${direction}`,
          Array(pageCount).fill(1),
        ]),
      ),
    );

  describe("at the edge", () => {
    let program: Program;
    const firstSaleCents = MAX_DECIMAL_CENTS - 1;
    const lastSaleCents = 1;

    beforeAll(async () => {
      program = await createProgram(2);
    });

    it("a sale that takes a total exactly to the largest amount is recorded; a cent more is refused, for any affiliate of the seller", async () => {
      const answers = [
        await recordSale(program, 0, "edge-1", firstSaleCents),
        await recordSale(program, 0, "edge-2", lastSaleCents),
        await recordSale(program, 0, "edge-3", 1),
        await recordSale(program, 1, "edge-4", 1),
      ];
      expect(answers.map((answer) => answer.body.data?.recordSale ?? errorOf(answer))).toEqual([
        { orderId: "edge-1", amount: amount(commissionOf(firstSaleCents)) },
        { orderId: "edge-2", amount: amount(commissionOf(lastSaleCents)) },
        TOO_LARGE,
        TOO_LARGE,
      ]);
      expect(commissionOf(firstSaleCents) + commissionOf(lastSaleCents)).toBe(MAX_DECIMAL_CENTS);
      // A recorded sale reported again is still answered: it adds nothing.
      const replay = await recordSale(program, 0, "edge-2", lastSaleCents);
      expect(replay.body.data?.recordSale).toEqual(answers[1]!.body.data?.recordSale);
    });

    it("every read that sums money answers the largest amount, before and after withdrawals and a clawback", async () => {
      const [first, second] = program.affiliates;
      const earnedCents = MAX_DECIMAL_CENTS;
      const affiliate = server.client();
      await affiliate.login(first!.user.email, FIXTURE_PASSWORD);
      const withdraw = async (cents: number) =>
        (
          await affiliate.request(REQUEST, {
            input: { affiliateId: first!.affiliateId, amount: formatCents(cents) },
          })
        ).body.data?.requestWithdrawal;
      const paidCents = MAX_DECIMAL_CENTS - 1;
      const pendingCents = earnedCents - paidCents;
      const paid = await withdraw(paidCents);
      expect(paid?.amount).toEqual(amount(paidCents));
      expect((await withdraw(pendingCents))?.amount).toEqual(amount(pendingCents));
      const approved = await program.seller.request(PROCESS, {
        input: { withdrawalId: paid.id, status: "APPROVED", receiptNumber: "R-1", paidOn: today() },
      });
      expect(approved.body.data?.processWithdrawal).toEqual({ status: "APPROVED" });

      const commissions = [
        { orderId: "edge-2", reversed: false, cents: commissionOf(lastSaleCents) },
        { orderId: "edge-1", reversed: false, cents: commissionOf(firstSaleCents) },
      ];
      const expected = (earned: number, offerSales: number) => ({
        affiliates: {
          [first!.affiliateId]: {
            commissionTotal: amount(earned),
            balance: {
              earned: amount(earned),
              available: amount(earned - pendingCents - paidCents),
              pending: amount(pendingCents),
              paid: amount(paidCents),
            },
            offers: [{ salesCount: offerSales, commissionTotal: amount(earned) }],
            commissions: {
              totalCount: 2,
              nodes: commissions.map(({ orderId, reversed, cents }) => ({
                orderId,
                reversed,
                amount: amount(cents),
                saleAmount: amount(cents),
              })),
            },
            withdrawals: {
              totalCount: 2,
              nodes: [
                { status: "PENDING", amount: amount(pendingCents) },
                { status: "APPROVED", amount: amount(paidCents) },
              ],
            },
          },
          [second!.affiliateId]: {
            commissionTotal: amount(0),
            balance: {
              earned: amount(0),
              available: amount(0),
              pending: amount(0),
              paid: amount(0),
            },
            offers: [{ salesCount: 0, commissionTotal: amount(0) }],
            commissions: { totalCount: 0, nodes: [] },
            withdrawals: { totalCount: 0, nodes: [] },
          },
        },
        affiliateList: everyOrder(2),
        payoutSummary: {
          pendingCount: 1,
          approvedCount: 1,
          pendingTotal: amount(pendingCents),
          approvedTotal: amount(paidCents),
        },
      });
      expect(await reads(program)).toEqual(expected(earnedCents, 2));

      // The refund of a sale already paid out: a clawback, as negative as a Decimal can be.
      const reversal = await program.seller.request(REVERSE_SALE, { orderId: "edge-1" });
      expect(reversal.body.data?.reverseSale).toEqual({ reversed: true });
      commissions[1]!.reversed = true;
      const afterClawback = earnedCents - commissionOf(firstSaleCents);
      expect(afterClawback - pendingCents - paidCents).toBe(-(MAX_DECIMAL_CENTS - 1));
      expect(await reads(program)).toEqual(expected(afterClawback, 1));
      // The refund makes no room: the money paid out on the refunded sale still counts.
      expect(errorOf(await recordSale(program, 1, "edge-5", 1))).toEqual(TOO_LARGE);
    });
  });

  it("ten sales of the largest amount to one affiliate: the first is recorded, the other nine are refused, and every read answers", async () => {
    const program = await createProgram(1);
    const sales = [];
    for (let n = 1; n <= 10; n++) {
      sales.push(errorOf(await recordSale(program, 0, `big-${n}`, MAX_DECIMAL_CENTS)));
    }
    const [only] = program.affiliates;
    // All it earned: the one sale recorded.
    await moneyServices(db).withdrawals.request(only!.viewer, {
      affiliateId: only!.affiliateId,
      amountCents: MAX_DECIMAL_CENTS,
    });
    const answers = await reads(program);
    expect({ sales, ...answers }).toEqual({
      sales: [undefined, ...Array(9).fill(TOO_LARGE)],
      affiliates: {
        [only!.affiliateId]: expect.objectContaining({
          commissionTotal: amount(MAX_DECIMAL_CENTS),
          balance: {
            earned: amount(MAX_DECIMAL_CENTS),
            available: amount(0),
            pending: amount(MAX_DECIMAL_CENTS),
            paid: amount(0),
          },
          withdrawals: {
            totalCount: 1,
            nodes: [{ status: "PENDING", amount: amount(MAX_DECIMAL_CENTS) }],
          },
        }),
      },
      affiliateList: everyOrder(1),
      payoutSummary: {
        pendingCount: 1,
        approvedCount: 0,
        pendingTotal: amount(MAX_DECIMAL_CENTS),
        approvedTotal: amount(0),
      },
    });
  });

  it("one sale of the largest amount to each of ten affiliates, each withdrawn in full: the first is recorded, the other nine are refused, and payoutSummary answers", async () => {
    const program = await createProgram(10);
    const sales = [];
    for (const [n, member] of program.affiliates.entries()) {
      sales.push(errorOf(await recordSale(program, n, `each-${n}`, MAX_DECIMAL_CENTS)));
      // All it earned, if its sale was recorded.
      if ((await balanceOf(db, member.affiliateId)).earnedCents === 0) continue;
      await moneyServices(db).withdrawals.request(member.viewer, {
        affiliateId: member.affiliateId,
        amountCents: MAX_DECIMAL_CENTS,
      });
    }
    const summary = await program.seller.request(PAYOUT_SUMMARY);
    expect({
      sales,
      payoutSummary: summary.body.data?.payoutSummary ?? errorOf(summary),
    }).toEqual({
      sales: [undefined, ...Array(9).fill(TOO_LARGE)],
      payoutSummary: {
        pendingCount: 1,
        approvedCount: 0,
        pendingTotal: amount(MAX_DECIMAL_CENTS),
        approvedTotal: amount(0),
      },
    });
  });

  it("concurrent sales racing for the last room: exactly one is recorded", async () => {
    const program = await createProgram(4);
    const lastSaleCents = 100;
    const first = await recordSale(program, 0, "race-0", MAX_DECIMAL_CENTS - lastSaleCents);
    expect(errorOf(first)).toBeUndefined();
    const racers = await Promise.all(
      [0, 1, 2, 3, 0, 1, 2, 3].map((n, race) =>
        recordSale(program, n, `race-${race + 1}`, lastSaleCents),
      ),
    );
    const outcomes = racers.map((answer) => (errorOf(answer) ? "refused" : "recorded"));
    expect(outcomes.filter((outcome) => outcome === "recorded")).toHaveLength(1);
    expect(racers.map(errorOf).filter(Boolean)).toEqual(Array(7).fill(TOO_LARGE));
  });
});
