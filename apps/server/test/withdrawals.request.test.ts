import { WithdrawalStatus } from "@allyhut/schema";
import { useTestDatabase } from "./support/database";
import {
  balanceOf,
  createAffiliate,
  createProgram,
  createUser,
  earn,
  expectApiError,
  moneyServices,
} from "./support/fixtures";

describe("WithdrawalService.request", () => {
  const db = useTestDatabase({ moneyInvariants: true });

  const withdrawals = () => moneyServices(db.dataSource).withdrawals;

  async function programWith(earnedCents: number) {
    const program = await createProgram(db.dataSource, { commissionValue: 100 });
    await earn(db.dataSource, program, earnedCents);
    return program;
  }

  it("holds the amount in a PENDING withdrawal that snapshots the payout details", async () => {
    const { seller, affiliate } = await programWith(1_000);
    const before = Date.now();
    const withdrawal = await withdrawals().request(affiliate.viewer, {
      affiliateId: affiliate.affiliateId,
      amountCents: 300,
    });
    expect(withdrawal).toEqual({
      id: expect.stringMatching(/^\d+$/),
      sellerId: seller.sellerId,
      affiliateId: affiliate.affiliateId,
      amountCents: 300,
      status: WithdrawalStatus.PENDING,
      paymentMethod: "PAYPAL",
      payoutAccount: affiliate.user.email,
      requestedAt: expect.any(Date),
      receiptNumber: null,
      paidOn: null,
      note: null,
      processedAt: null,
      currencyCode: "USD",
      payoutBatchId: null,
    });
    expect(withdrawal.requestedAt.getTime()).toBeGreaterThanOrEqual(before - 1_000);
    expect(await balanceOf(db.dataSource, affiliate.affiliateId)).toMatchObject({
      earnedCents: 1_000,
      pendingCents: 300,
      availableCents: 700,
      pendingCount: 1,
    });
    // Later payout details do not change what was asked for.
    await db.dataSource.query("UPDATE affiliates SET payout_account = 'new@x.test' WHERE id = ?", [
      affiliate.affiliateId,
    ]);
    expect((await withdrawals().get(affiliate.viewer, withdrawal.id))?.payoutAccount).toBe(
      affiliate.user.email,
    );
    expect(await withdrawals().historyOf(withdrawal.id)).toEqual([
      {
        at: withdrawal.requestedAt,
        actor: { id: affiliate.user.userId, name: affiliate.user.name },
        fromStatus: null,
        toStatus: WithdrawalStatus.PENDING,
        receiptNumber: null,
        paidOn: null,
        note: null,
        payoutBatchId: null,
        batchAction: null,
        reason: null,
      },
    ]);
  });

  it("accepts the whole available balance and refuses a cent more, stating what is available", async () => {
    const { affiliate } = await programWith(500);
    const ask = (amountCents: number) =>
      withdrawals().request(affiliate.viewer, { affiliateId: affiliate.affiliateId, amountCents });
    await expect(ask(501)).rejects.toMatchObject({
      extensions: { code: "INSUFFICIENT_FUNDS" },
      message: expect.stringContaining("5.00 USD"),
    });
    await ask(200);
    await expect(ask(301)).rejects.toMatchObject({
      extensions: { code: "INSUFFICIENT_FUNDS" },
      message: expect.stringContaining("3.00 USD"),
    });
    await ask(300);
    expect((await balanceOf(db.dataSource, affiliate.affiliateId)).availableCents).toBe(0);
  });

  it("lets a DISABLED affiliate withdraw what it earned", async () => {
    const { affiliate } = await programWith(400);
    await db.dataSource.query("UPDATE affiliates SET status = 'DISABLED' WHERE id = ?", [
      affiliate.affiliateId,
    ]);
    await expect(
      withdrawals().request(affiliate.viewer, {
        affiliateId: affiliate.affiliateId,
        amountCents: 400,
      }),
    ).resolves.toMatchObject({ status: WithdrawalStatus.PENDING, amountCents: 400 });
  });

  it("is only for the affiliate's own user: everyone else gets NOT_FOUND", async () => {
    const { seller, affiliate } = await programWith(400);
    const stranger = await createUser(db.dataSource);
    // The same user in another seller's program cannot spend this membership's money either.
    const elsewhere = await createProgram(db.dataSource);
    await createAffiliate(db.dataSource, elsewhere.seller.sellerId, { user: affiliate.user });
    for (const viewer of [seller.viewer, stranger.viewer, elsewhere.seller.viewer]) {
      await expectApiError(
        withdrawals().request(viewer, { affiliateId: affiliate.affiliateId, amountCents: 100 }),
        "NOT_FOUND",
      );
    }
    for (const affiliateId of ["999999999", "abc", ""]) {
      await expectApiError(
        withdrawals().request(affiliate.viewer, { affiliateId, amountCents: 100 }),
        "NOT_FOUND",
      );
    }
    expect((await balanceOf(db.dataSource, affiliate.affiliateId)).pendingCount).toBe(0);
  });

  it("rejects an amount that is not a positive number of cents", async () => {
    const { affiliate } = await programWith(400);
    for (const amountCents of [0, -100, 1.5, Number.NaN]) {
      await expectApiError(
        withdrawals().request(affiliate.viewer, {
          affiliateId: affiliate.affiliateId,
          amountCents,
        }),
        "BAD_USER_INPUT",
        "amount",
      );
    }
  });

  it("replays an idempotency key: the same amount answers the same withdrawal, another CONFLICT", async () => {
    const { affiliate } = await programWith(1_000);
    const ask = (amountCents: number, idempotencyKey?: string | null) =>
      withdrawals().request(affiliate.viewer, {
        affiliateId: affiliate.affiliateId,
        amountCents,
        idempotencyKey,
      });
    const first = await ask(400, "key-1");
    expect(await ask(400, "key-1")).toEqual(first);
    await expectApiError(ask(401, "key-1"), "CONFLICT");
    const second = await ask(400, "key-2");
    expect(second.id).not.toBe(first.id);
    // Keys are opaque and compared exactly: another case is another key.
    const upper = await ask(100, "KEY-1");
    expect(upper.id).not.toBe(first.id);
    // Keys are per affiliate: another affiliate may use the same one.
    const other = await programWith(500);
    const theirs = await withdrawals().request(other.affiliate.viewer, {
      affiliateId: other.affiliate.affiliateId,
      amountCents: 400,
      idempotencyKey: "key-1",
    });
    expect(theirs.id).not.toBe(first.id);
    // A replay is answered even when the balance would no longer allow a new request.
    expect((await balanceOf(db.dataSource, affiliate.affiliateId)).availableCents).toBe(100);
    expect(await ask(400, "key-1")).toEqual(first);
    await expectApiError(ask(100, ""), "BAD_USER_INPUT", "idempotencyKey");
    await expectApiError(ask(100, "k".repeat(101)), "BAD_USER_INPUT", "idempotencyKey");
    await expectApiError(ask(100, "🔑".repeat(101)), "BAD_USER_INPUT", "idempotencyKey");
    await expect(ask(100, "🔑".repeat(100))).resolves.toMatchObject({ amountCents: 100 });
    expect(await balanceOf(db.dataSource, affiliate.affiliateId)).toMatchObject({
      pendingCount: 4,
      pendingCents: 1_000,
    });
  });
});
