import { WithdrawalStatus } from "@allyhut/schema";
import { useTestDatabase } from "./support/database";
import { balanceOf, createProgram, earn, moneyServices } from "./support/fixtures";

const { APPROVED, REJECTED } = WithdrawalStatus;
const today = () => new Date().toISOString().slice(0, 10);

/** The error codes of the rejected calls, and how many succeeded. */
function tally(results: PromiseSettledResult<unknown>[]) {
  const codes = results
    .filter((result): result is PromiseRejectedResult => result.status === "rejected")
    .map((result) => result.reason?.extensions?.code ?? String(result.reason));
  return { succeeded: results.length - codes.length, codes };
}

describe("money under concurrency", () => {
  const db = useTestDatabase({ moneyInvariants: true });

  const services = () => moneyServices(db.dataSource);

  it("25 concurrent requests of 1.00 on a 10.00 balance: exactly 10 succeed", async () => {
    const program = await createProgram(db.dataSource, { commissionValue: 100 });
    await earn(db.dataSource, program, 1_000);
    const results = await Promise.allSettled(
      Array.from({ length: 25 }, () =>
        services().withdrawals.request(program.affiliate.viewer, {
          affiliateId: program.affiliate.affiliateId,
          amountCents: 100,
        }),
      ),
    );
    const { succeeded, codes } = tally(results);
    expect(succeeded).toBe(10);
    expect(codes).toEqual(Array(15).fill("INSUFFICIENT_FUNDS"));
    expect(await balanceOf(db.dataSource, program.affiliate.affiliateId)).toMatchObject({
      earnedCents: 1_000,
      pendingCents: 1_000,
      availableCents: 0,
      pendingCount: 10,
    });
  });

  it("8 concurrent decisions on one withdrawal: exactly one wins, the rest INVALID_TRANSITION", async () => {
    const program = await createProgram(db.dataSource, { commissionValue: 500 });
    await earn(db.dataSource, program, 1_000);
    const withdrawal = await services().withdrawals.request(program.affiliate.viewer, {
      affiliateId: program.affiliate.affiliateId,
      amountCents: 700,
    });
    const decisions = Array.from({ length: 8 }, (_, n) => (n % 2 === 0 ? APPROVED : REJECTED));
    const results = await Promise.allSettled(
      decisions.map((status, n) =>
        services().withdrawals.process(program.seller.viewer, {
          withdrawalId: withdrawal.id,
          status,
          receiptNumber: `R-${n}`,
          paidOn: today(),
          note: `decision ${n}`,
        }),
      ),
    );
    const { succeeded, codes } = tally(results);
    expect(succeeded).toBe(1);
    expect(codes).toEqual(Array(7).fill("INVALID_TRANSITION"));
    const winner = results.find((r) => r.status === "fulfilled")!;
    const decided = (winner as PromiseFulfilledResult<{ status: WithdrawalStatus }>).value.status;
    const history = await services().withdrawals.historyOf(withdrawal.id);
    expect(history.map((event) => event.toStatus)).toEqual([WithdrawalStatus.PENDING, decided]);
    expect(await balanceOf(db.dataSource, program.affiliate.affiliateId)).toMatchObject(
      decided === APPROVED
        ? { pendingCents: 0, paidCents: 700, approvedCount: 1, rejectedCount: 0 }
        : { pendingCents: 0, paidCents: 0, approvedCount: 0, rejectedCount: 1 },
    );
  });

  it("concurrent identical recordSale calls make one commission and give the same answer", async () => {
    const program = await createProgram(db.dataSource, { commissionValue: 300 });
    const sale = {
      referralCode: program.affiliate.referralCode,
      offerId: program.offerId,
      orderId: "RACE-1",
      saleCents: 4_999,
    };
    const results = await Promise.all(
      Array.from({ length: 10 }, () => services().commissions.record(program.seller.viewer, sale)),
    );
    expect(new Set(results.map((commission) => JSON.stringify(commission))).size).toBe(1);
    expect(await balanceOf(db.dataSource, program.affiliate.affiliateId)).toMatchObject({
      salesCount: 1,
      earnedCents: 300,
    });
  });

  it("concurrent recordSale of one order with different payloads: one wins, the others CONFLICT", async () => {
    const program = await createProgram(db.dataSource, { commissionValue: 300 });
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, n) =>
        services().commissions.record(program.seller.viewer, {
          referralCode: program.affiliate.referralCode,
          offerId: program.offerId,
          orderId: "RACE-2",
          saleCents: 1_000 + n,
        }),
      ),
    );
    expect(tally(results)).toEqual({ succeeded: 1, codes: Array(5).fill("CONFLICT") });
  });

  it("concurrent replays of one idempotency key make one withdrawal", async () => {
    const program = await createProgram(db.dataSource, { commissionValue: 100 });
    await earn(db.dataSource, program, 500);
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        services().withdrawals.request(program.affiliate.viewer, {
          affiliateId: program.affiliate.affiliateId,
          amountCents: 300,
          idempotencyKey: "checkout-42",
        }),
      ),
    );
    expect(new Set(results.map((withdrawal) => withdrawal.id)).size).toBe(1);
    expect(await balanceOf(db.dataSource, program.affiliate.affiliateId)).toMatchObject({
      pendingCents: 300,
      pendingCount: 1,
    });
  });

  it("concurrent reversals of one sale subtract it once", async () => {
    const program = await createProgram(db.dataSource, { commissionValue: 100 });
    await earn(db.dataSource, program, 300);
    const [commission] = await db.dataSource.query(
      "SELECT order_id FROM commissions WHERE affiliate_id = ? LIMIT 1",
      [program.affiliate.affiliateId],
    );
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        services().commissions.reverse(program.seller.viewer, commission.order_id),
      ),
    );
    expect(new Set(results.map((reversed) => reversed.reversedAt?.getTime())).size).toBe(1);
    expect(await balanceOf(db.dataSource, program.affiliate.affiliateId)).toMatchObject({
      salesCount: 2,
      earnedCents: 200,
    });
  });

  it("sales, reversals, requests and decisions all at once keep every total equal to its rows", async () => {
    const program = await createProgram(db.dataSource, { commissionValue: 100 });
    await earn(db.dataSource, program, 2_000);
    const first = await Promise.all(
      Array.from({ length: 6 }, () =>
        services().withdrawals.request(program.affiliate.viewer, {
          affiliateId: program.affiliate.affiliateId,
          amountCents: 200,
        }),
      ),
    );
    const orders = await db.dataSource.query(
      "SELECT order_id FROM commissions WHERE affiliate_id = ? ORDER BY id LIMIT 8",
      [program.affiliate.affiliateId],
    );
    const work: Array<Promise<unknown>> = [
      ...first.map((withdrawal, n) =>
        services().withdrawals.process(program.seller.viewer, {
          withdrawalId: withdrawal.id,
          status: n % 2 === 0 ? APPROVED : REJECTED,
          receiptNumber: `R-${withdrawal.id}`,
          paidOn: today(),
        }),
      ),
      ...orders.map((order: { order_id: string }) =>
        services().commissions.reverse(program.seller.viewer, order.order_id),
      ),
      ...Array.from({ length: 10 }, (_, n) =>
        services().commissions.record(program.seller.viewer, {
          referralCode: program.affiliate.referralCode,
          offerId: program.offerId,
          orderId: `MIX-${n}`,
          saleCents: 1_000,
        }),
      ),
      ...Array.from({ length: 10 }, () =>
        services().withdrawals.request(program.affiliate.viewer, {
          affiliateId: program.affiliate.affiliateId,
          amountCents: 150,
        }),
      ),
    ];
    const results = await Promise.allSettled(work);
    const { codes } = tally(results);
    expect(codes.filter((code) => code !== "INSUFFICIENT_FUNDS")).toEqual([]);
    const balance = await balanceOf(db.dataSource, program.affiliate.affiliateId);
    expect(balance.earnedCents).toBe(2_000 - 800 + 1_000);
    expect(balance.pendingCount + balance.approvedCount + balance.rejectedCount).toBe(
      6 + tally(results.slice(-10)).succeeded,
    );
  });
});
