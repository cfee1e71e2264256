import { MAX_DECIMAL_CENTS, WithdrawalStatus, formatCents } from "@allyhut/schema";
import type { DataSource } from "typeorm";
import {
  FIXTURE_PASSWORD,
  createAffiliate,
  createProgram,
  earn,
  moneyServices,
  type AffiliateFixture,
  type SellerFixture,
} from "./support/fixtures";
import { startTestServer, type TestServer } from "./support/http";
import { expectMoneyInvariants } from "./support/money-invariants";

const SUMMARY = `query { payoutSummary {
  pendingCount pendingTotal { amount } approvedCount approvedTotal { amount }
  rejectedCount rejectedTotal { amount currencyCode }
} }`;

// PayoutSummary.rejectedTotal: the amount of the seller's REJECTED withdrawals, no one else's.
describe("payoutSummary.rejectedTotal over HTTP", () => {
  let server: TestServer;
  let db: DataSource;

  beforeAll(async () => {
    server = await startTestServer();
    db = server.db.dataSource;
  });
  afterAll(async () => {
    await expectMoneyInvariants(db);
    await server.close();
  });

  /** Asks for and decides a withdrawal of `amountCents` (PENDING: leaves it waiting). */
  async function withdrawal(
    seller: SellerFixture,
    affiliate: AffiliateFixture,
    amountCents: number,
    status: WithdrawalStatus,
  ) {
    const { withdrawals } = moneyServices(db);
    const { id } = await withdrawals.request(affiliate.viewer, {
      affiliateId: affiliate.affiliateId,
      amountCents,
    });
    if (status === WithdrawalStatus.PENDING) return;
    await withdrawals.process(seller.viewer, {
      withdrawalId: id,
      status,
      receiptNumber: "R-1",
      paidOn: new Date().toISOString().slice(0, 10),
    });
  }

  const summaryOf = async (seller: SellerFixture) => {
    const client = server.client();
    await client.login(seller.owner.email, FIXTURE_PASSWORD);
    const answer = await client.request(SUMMARY);
    expect(answer.body.errors).toBeUndefined();
    return answer.body.data?.payoutSummary;
  };

  it("sums the seller's rejected withdrawals of every affiliate; 0.00 before any", async () => {
    const program = await createProgram(db, { loginPassword: true, commissionValue: 1_000 });
    const other = await createProgram(db, { commissionValue: 1_000 });
    expect((await summaryOf(program.seller)).rejectedTotal).toEqual({
      amount: "0.00",
      currencyCode: "USD",
    });
    const second = await createAffiliate(db, program.seller.sellerId, {
      promotes: [program.offerId],
    });
    await earn(db, program, 5_000);
    await earn(db, { ...program, affiliate: second }, 5_000);
    await earn(db, other, 5_000);
    await withdrawal(program.seller, program.affiliate, 150, WithdrawalStatus.REJECTED);
    await withdrawal(program.seller, second, 225, WithdrawalStatus.REJECTED);
    await withdrawal(program.seller, second, 100, WithdrawalStatus.APPROVED);
    await withdrawal(program.seller, program.affiliate, 75, WithdrawalStatus.PENDING);
    await withdrawal(other.seller, other.affiliate, 999, WithdrawalStatus.REJECTED);
    expect(await summaryOf(program.seller)).toEqual({
      pendingCount: 1,
      pendingTotal: { amount: "0.75" },
      approvedCount: 1,
      approvedTotal: { amount: "1.00" },
      rejectedCount: 2,
      rejectedTotal: { amount: "3.75", currencyCode: "USD" },
    });
  });

  it("money rejected again and again stops at the largest amount instead of failing", async () => {
    const program = await createProgram(db, { loginPassword: true });
    await db.query("UPDATE offers SET price_cents = ?, commission_value = ? WHERE id = ?", [
      MAX_DECIMAL_CENTS,
      MAX_DECIMAL_CENTS,
      program.offerId,
    ]);
    await moneyServices(db).commissions.record(program.seller.viewer, {
      referralCode: program.affiliate.referralCode,
      offerId: program.offerId,
      orderId: "LARGEST",
      saleCents: MAX_DECIMAL_CENTS,
    });
    for (let n = 0; n < 10; n++) {
      await withdrawal(
        program.seller,
        program.affiliate,
        MAX_DECIMAL_CENTS,
        WithdrawalStatus.REJECTED,
      );
    }
    const summary = await summaryOf(program.seller);
    expect(summary.rejectedCount).toBe(10);
    expect(summary.rejectedTotal.amount).toBe(formatCents(MAX_DECIMAL_CENTS));
  });
});
