import { formatCents } from "@allyhut/schema";
import type { DataSource } from "typeorm";
import {
  FIXTURE_PASSWORD,
  balanceOf,
  createOffer,
  createProgram,
  earn,
  moneyServices,
} from "./support/fixtures";
import { startTestServer, type GraphQLTestClient, type TestServer } from "./support/http";
import { expectMoneyInvariants } from "./support/money-invariants";

// Mutations of one document run one after another in one request, which shares its DataLoaders:
// each answer must show what the mutations before it wrote, not what an earlier alias read.
const COMMISSION_CENTS = 500;

const TOTALS = `fragment Totals on Affiliate {
  status paymentMethod payoutAccount salesCount pendingWithdrawalCount commissionTotal { amount }
  balance { earned { amount } available { amount } pending { amount } paid { amount } }
  offers { salesCount commissionTotal { amount } offer { id } }
  withdrawals(first: 1) { totalCount }
}`;

const money = (cents: number) => ({ amount: formatCents(cents) });
const today = () => new Date().toISOString().slice(0, 10);

describe("aliased mutations in one document", () => {
  let server: TestServer;
  let db: DataSource;
  let program: Awaited<ReturnType<typeof createProgram>>;
  let seller: GraphQLTestClient;
  let affiliate: GraphQLTestClient;
  let affiliateId: string;

  beforeAll(async () => {
    server = await startTestServer();
    db = server.db.dataSource;
    program = await createProgram(db, { loginPassword: true, commissionValue: COMMISSION_CENTS });
    affiliateId = program.affiliate.affiliateId;
    await earn(db, program, 4 * COMMISSION_CENTS);
    seller = server.client();
    await seller.login(program.seller.owner.email, FIXTURE_PASSWORD);
    affiliate = server.client();
    await affiliate.login(program.affiliate.user.email, FIXTURE_PASSWORD);
  });
  afterAll(async () => {
    try {
      await expectMoneyInvariants(db);
    } finally {
      await server.close();
    }
  });

  /** The affiliate as the Totals fragment shows it, from the rows (what a fresh read answers). */
  async function totalsNow() {
    const balance = await balanceOf(db, affiliateId);
    const [row] = await db.query(
      "SELECT status, payment_method, payout_account FROM affiliates WHERE id = ?",
      [affiliateId],
    );
    const promotions = await db.query(
      `SELECT offer_id, sales_count, commission_cents FROM offer_promotions WHERE affiliate_id = ?
       ORDER BY promoted_since, offer_id`,
      [affiliateId],
    );
    return {
      status: row.status,
      paymentMethod: row.payment_method,
      payoutAccount: row.payout_account,
      salesCount: balance.salesCount,
      pendingWithdrawalCount: balance.pendingCount,
      commissionTotal: money(balance.earnedCents),
      balance: {
        earned: money(balance.earnedCents),
        available: money(balance.availableCents),
        pending: money(balance.pendingCents),
        paid: money(balance.paidCents),
      },
      offers: promotions.map(
        (p: { offer_id: unknown; sales_count: unknown; commission_cents: unknown }) => ({
          salesCount: Number(p.sales_count),
          commissionTotal: money(Number(p.commission_cents)),
          offer: { id: String(p.offer_id) },
        }),
      ),
      withdrawals: {
        totalCount: balance.pendingCount + balance.approvedCount + balance.rejectedCount,
      },
    };
  }

  /** Sends a mutation document using the Totals fragment; its data (it must have no errors). */
  async function answersAndTotals(
    client: GraphQLTestClient,
    document: string,
    variables: Record<string, unknown>,
  ) {
    const response = await client.request(`${document}\n${TOTALS}`, variables);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!;
  }

  const pendingWithdrawal = async (amountCents: number) =>
    (
      await moneyServices(db).withdrawals.request(program.affiliate.viewer, {
        affiliateId,
        amountCents,
      })
    ).id;

  it("requestWithdrawal twice: the second answers the balance after both", async () => {
    const before = await balanceOf(db, affiliateId);
    const data = await answersAndTotals(
      affiliate,
      `mutation Two($id: ID!) {
        a: requestWithdrawal(input: { affiliateId: $id, amount: "1.00" }) { affiliate { ...Totals } }
        b: requestWithdrawal(input: { affiliateId: $id, amount: "2.00" }) { affiliate { ...Totals } }
      }`,
      { id: affiliateId },
    );
    const after = await totalsNow();
    expect(data.b.affiliate).toEqual(after);
    expect(data.b.affiliate.balance.available).toEqual(money(before.availableCents - 300));
    expect(data.a.affiliate.balance.available).toEqual(money(before.availableCents - 100));
    expect(data.a.affiliate.pendingWithdrawalCount).toBe(before.pendingCount + 1);
  });

  it("processWithdrawal twice on one withdrawal: the second answers its history and the balance after it", async () => {
    const withdrawalId = await pendingWithdrawal(100);
    const data = await answersAndTotals(
      seller,
      `mutation Decide($id: ID!, $paidOn: LocalDate!) {
        a: processWithdrawal(input: { withdrawalId: $id, status: PENDING, note: "checking" }) {
          status history { toStatus note } affiliate { ...Totals }
        }
        b: processWithdrawal(
          input: { withdrawalId: $id, status: APPROVED, receiptNumber: "R-1", paidOn: $paidOn }
        ) { status history { toStatus note } affiliate { ...Totals } }
      }`,
      { id: withdrawalId, paidOn: today() },
    );
    expect(data.b).toEqual({
      status: "APPROVED",
      history: [
        { toStatus: "PENDING", note: null },
        { toStatus: "PENDING", note: "checking" },
        { toStatus: "APPROVED", note: "checking" },
      ],
      affiliate: await totalsNow(),
    });
    expect(data.a.history).toHaveLength(2);
    expect(data.a.affiliate.balance.paid).not.toEqual(data.b.affiliate.balance.paid);
  });

  describe("between two saves of a withdrawal's note", () => {
    let withdrawalId: string;
    beforeAll(async () => {
      withdrawalId = await pendingWithdrawal(100);
    });

    /** The seller's `a` and `c` each save a note and show the affiliate; `b` is `mutation`. */
    const aroundSaves = (variables: string, mutation: string) =>
      `mutation Around($w: ID!${variables}) {
        a: processWithdrawal(input: { withdrawalId: $w, status: PENDING, note: "a" }) { affiliate { ...Totals } }
        ${mutation}
        c: processWithdrawal(input: { withdrawalId: $w, status: PENDING, note: "c" }) { affiliate { ...Totals } }
      }`;

    it("recordSale: the second save answers the affiliate with the sale", async () => {
      const before = await totalsNow();
      const data = await answersAndTotals(
        seller,
        aroundSaves(
          ", $sale: RecordSaleInput!",
          "b: recordSale(input: $sale) { amount { amount } }",
        ),
        {
          w: withdrawalId,
          sale: {
            referralCode: program.affiliate.referralCode,
            offerId: program.offerId,
            orderId: "aliased-sale",
            saleAmount: "10.00",
          },
        },
      );
      expect(data.a.affiliate).toEqual(before);
      expect(data.b.amount).toEqual(money(COMMISSION_CENTS));
      expect(data.c.affiliate).toEqual(await totalsNow());
      expect(data.c.affiliate.salesCount).toBe(before.salesCount + 1);
    });

    it("reverseSale: the second save answers the affiliate without the sale", async () => {
      const before = await totalsNow();
      const data = await answersAndTotals(
        seller,
        aroundSaves(", $orderId: String!", "b: reverseSale(orderId: $orderId) { reversed }"),
        { w: withdrawalId, orderId: "aliased-sale" },
      );
      expect(data.a.affiliate).toEqual(before);
      expect(data.c.affiliate).toEqual(await totalsNow());
      expect(data.c.affiliate.salesCount).toBe(before.salesCount - 1);
    });

    it("setAffiliateStatus: the second save answers the affiliate's new status", async () => {
      const data = await answersAndTotals(
        seller,
        `mutation Toggle($w: ID!, $id: ID!) {
          a: processWithdrawal(input: { withdrawalId: $w, status: PENDING, note: "a" }) { affiliate { ...Totals } }
          off: setAffiliateStatus(input: { affiliateId: $id, status: DISABLED }) { status }
          c: processWithdrawal(input: { withdrawalId: $w, status: PENDING, note: "c" }) { affiliate { ...Totals } }
          on: setAffiliateStatus(input: { affiliateId: $id, status: ACTIVE }) { status }
          e: processWithdrawal(input: { withdrawalId: $w, status: PENDING, note: "e" }) { affiliate { ...Totals } }
        }`,
        { w: withdrawalId, id: affiliateId },
      );
      expect([data.a, data.c, data.e].map((save) => save.affiliate.status)).toEqual([
        "ACTIVE",
        "DISABLED",
        "ACTIVE",
      ]);
      expect(data.e.affiliate).toEqual(await totalsNow());
    });
  });

  it("updatePayoutDetails between two requests: the second answers the new payout details", async () => {
    const data = await answersAndTotals(
      affiliate,
      `mutation Payout($id: ID!) {
        a: requestWithdrawal(input: { affiliateId: $id, amount: "0.50" }) { affiliate { ...Totals } }
        b: updatePayoutDetails(
          input: { affiliateId: $id, paymentMethod: BANK_TRANSFER, payoutAccount: "DE89 3704 0044 0532 0130 00" }
        ) { payoutAccount }
        c: requestWithdrawal(input: { affiliateId: $id, amount: "0.50" }) {
          paymentMethod payoutAccount affiliate { ...Totals }
        }
      }`,
      { id: affiliateId },
    );
    expect(data.a.affiliate.paymentMethod).toBe("PAYPAL");
    expect(data.c).toEqual({
      paymentMethod: "BANK_TRANSFER",
      payoutAccount: "DE89 3704 0044 0532 0130 00",
      affiliate: await totalsNow(),
    });
  });

  it("promoteOffer between two requests: the second answers the affiliate's offers with the new one", async () => {
    const newOfferId = await createOffer(db, program.seller.sellerId);
    const data = await answersAndTotals(
      affiliate,
      `mutation Promote($id: ID!, $offerId: ID!) {
        a: requestWithdrawal(input: { affiliateId: $id, amount: "0.50" }) { affiliate { ...Totals } }
        b: promoteOffer(input: { affiliateId: $id, offerId: $offerId }) { offer { id } }
        c: requestWithdrawal(input: { affiliateId: $id, amount: "0.50" }) { affiliate { ...Totals } }
      }`,
      { id: affiliateId, offerId: newOfferId },
    );
    expect(data.a.affiliate.offers.map((p: { offer: { id: string } }) => p.offer.id)).toEqual([
      program.offerId,
    ]);
    expect(data.c.affiliate).toEqual(await totalsNow());
    expect(data.c.affiliate.offers.map((p: { offer: { id: string } }) => p.offer.id)).toEqual([
      program.offerId,
      newOfferId,
    ]);
  });
});
