import { WithdrawalStatus } from "@allyhut/schema";
import { useTestDatabase } from "./support/database";
import {
  balanceOf,
  createProgram,
  createUser,
  earn,
  expectApiError,
  moneyServices,
} from "./support/fixtures";

const { APPROVED, PENDING, REJECTED } = WithdrawalStatus;
const daysFromToday = (days: number): string =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe("WithdrawalService.process", () => {
  const db = useTestDatabase({ moneyInvariants: true });

  const withdrawals = () => moneyServices(db.dataSource).withdrawals;

  /** A program whose affiliate earned 10.00 and asked for 3.00. */
  async function pendingWithdrawal() {
    const program = await createProgram(db.dataSource, { commissionValue: 100 });
    await earn(db.dataSource, program, 1_000);
    const withdrawal = await withdrawals().request(program.affiliate.viewer, {
      affiliateId: program.affiliate.affiliateId,
      amountCents: 300,
    });
    return { ...program, withdrawal };
  }

  it("approves: receipt and date stored, the amount moves from pending to paid, one event", async () => {
    const { seller, affiliate, withdrawal } = await pendingWithdrawal();
    const today = daysFromToday(0);
    const approved = await withdrawals().process(seller.viewer, {
      withdrawalId: withdrawal.id,
      status: APPROVED,
      receiptNumber: "  PP-12345  ",
      paidOn: today,
      note: "Paid <b>by PayPal</b> & thanks",
    });
    expect(approved).toEqual({
      ...withdrawal,
      status: APPROVED,
      receiptNumber: "PP-12345",
      paidOn: today,
      note: "Paid <b>by PayPal</b> & thanks",
      processedAt: expect.any(Date),
    });
    const [row] = await db.dataSource.query(
      "SELECT processed_by_user_id FROM withdrawals WHERE id = ?",
      [withdrawal.id],
    );
    expect(String(row.processed_by_user_id)).toBe(seller.owner.userId);
    expect(await balanceOf(db.dataSource, affiliate.affiliateId)).toMatchObject({
      earnedCents: 1_000,
      pendingCents: 0,
      paidCents: 300,
      availableCents: 700,
      pendingCount: 0,
      approvedCount: 1,
    });
    const history = await withdrawals().historyOf(withdrawal.id);
    expect(history).toHaveLength(2);
    expect(history[1]).toEqual({
      at: approved.processedAt,
      actor: { id: seller.owner.userId, name: seller.owner.name },
      fromStatus: PENDING,
      toStatus: APPROVED,
      receiptNumber: "PP-12345",
      paidOn: today,
      note: "Paid <b>by PayPal</b> & thanks",
      payoutBatchId: null,
      batchAction: null,
      reason: null,
    });
  });

  it("rejects: the amount returns to available", async () => {
    const { seller, affiliate, withdrawal } = await pendingWithdrawal();
    const rejected = await withdrawals().process(seller.viewer, {
      withdrawalId: withdrawal.id,
      status: REJECTED,
      note: "Wrong PayPal address",
    });
    expect(rejected).toMatchObject({ status: REJECTED, note: "Wrong PayPal address" });
    expect(rejected.processedAt).toBeInstanceOf(Date);
    expect(await balanceOf(db.dataSource, affiliate.affiliateId)).toMatchObject({
      pendingCents: 0,
      paidCents: 0,
      availableCents: 1_000,
      rejectedCount: 1,
    });
  });

  it("saves a note (and draft receipt) on a PENDING withdrawal without deciding it", async () => {
    const { seller, affiliate, withdrawal } = await pendingWithdrawal();
    const saved = await withdrawals().process(seller.viewer, {
      withdrawalId: withdrawal.id,
      status: PENDING,
      note: "Paying on Friday",
      receiptNumber: "DRAFT-1",
    });
    expect(saved).toMatchObject({
      status: PENDING,
      note: "Paying on Friday",
      receiptNumber: "DRAFT-1",
      processedAt: null,
    });
    // Fields left out stay as they were.
    const again = await withdrawals().process(seller.viewer, {
      withdrawalId: withdrawal.id,
      status: PENDING,
      note: "Paying on Monday",
    });
    expect(again).toMatchObject({ note: "Paying on Monday", receiptNumber: "DRAFT-1" });
    expect((await balanceOf(db.dataSource, affiliate.affiliateId)).pendingCents).toBe(300);
    const history = await withdrawals().historyOf(withdrawal.id);
    expect(history.map((event) => [event.fromStatus, event.toStatus, event.note])).toEqual([
      [null, PENDING, null],
      [PENDING, PENDING, "Paying on Friday"],
      [PENDING, PENDING, "Paying on Monday"],
    ]);
  });

  it("needs a receipt number of 1 to 100 characters and a plausible date to approve", async () => {
    const { seller, withdrawal } = await pendingWithdrawal();
    const approve = (change: object) =>
      withdrawals().process(seller.viewer, {
        withdrawalId: withdrawal.id,
        status: APPROVED,
        receiptNumber: "R-1",
        paidOn: daysFromToday(0),
        ...change,
      });
    await expectApiError(approve({ receiptNumber: undefined }), "BAD_USER_INPUT", "receiptNumber");
    await expectApiError(approve({ receiptNumber: "   " }), "BAD_USER_INPUT", "receiptNumber");
    await expectApiError(
      approve({ receiptNumber: "r".repeat(101) }),
      "BAD_USER_INPUT",
      "receiptNumber",
    );
    await expectApiError(approve({ paidOn: null }), "BAD_USER_INPUT", "paidOn");
    await expectApiError(approve({ paidOn: daysFromToday(1) }), "BAD_USER_INPUT", "paidOn");
    // Requested today, so yesterday is before the request.
    await expectApiError(approve({ paidOn: daysFromToday(-1) }), "BAD_USER_INPUT", "paidOn");
    await expectApiError(approve({ paidOn: "2026-02-30" }), "BAD_USER_INPUT", "paidOn");
    await expectApiError(approve({ paidOn: "24/11/2026" }), "BAD_USER_INPUT", "paidOn");
    await expectApiError(approve({ note: "n".repeat(2_001) }), "BAD_USER_INPUT", "note");
    await expectApiError(approve({ note: "📝".repeat(2_001) }), "BAD_USER_INPUT", "note");
    await expectApiError(
      approve({ receiptNumber: "🧾".repeat(101) }),
      "BAD_USER_INPUT",
      "receiptNumber",
    );
    await expectApiError(approve({ status: "PAID" }), "BAD_USER_INPUT", "status");
    expect((await withdrawals().get(seller.viewer, withdrawal.id))?.status).toBe(PENDING);
    await expect(
      approve({ receiptNumber: "🧾".repeat(100), note: "📝".repeat(2_000) }),
    ).resolves.toMatchObject({ status: APPROVED, receiptNumber: "🧾".repeat(100) });
  });

  it("accepts a date paid on the request day even when the request was made days ago", async () => {
    const { seller, withdrawal } = await pendingWithdrawal();
    await db.dataSource.query(
      "UPDATE withdrawals SET requested_at = requested_at - INTERVAL 3 DAY WHERE id = ?",
      [withdrawal.id],
    );
    await expect(
      withdrawals().process(seller.viewer, {
        withdrawalId: withdrawal.id,
        status: APPROVED,
        receiptNumber: "R-OLD",
        paidOn: daysFromToday(-3),
      }),
    ).resolves.toMatchObject({ paidOn: daysFromToday(-3) });
  });

  it.each([
    [APPROVED, REJECTED],
    [APPROVED, APPROVED],
    [APPROVED, PENDING],
    [REJECTED, APPROVED],
    [REJECTED, PENDING],
  ])("refuses to change a %s withdrawal into %s: INVALID_TRANSITION", async (decided, next) => {
    const { seller, affiliate, withdrawal } = await pendingWithdrawal();
    const decision = { receiptNumber: "R-1", paidOn: daysFromToday(0) };
    await withdrawals().process(seller.viewer, {
      withdrawalId: withdrawal.id,
      status: decided,
      ...decision,
    });
    const balance = await balanceOf(db.dataSource, affiliate.affiliateId);
    await expectApiError(
      withdrawals().process(seller.viewer, {
        withdrawalId: withdrawal.id,
        status: next,
        note: "changed my mind",
        ...decision,
      }),
      "INVALID_TRANSITION",
    );
    expect(await balanceOf(db.dataSource, affiliate.affiliateId)).toEqual(balance);
    expect(await withdrawals().historyOf(withdrawal.id)).toHaveLength(2);
  });

  it("is only for the seller it belongs to: another seller NOT_FOUND, an affiliate FORBIDDEN", async () => {
    const { affiliate, withdrawal } = await pendingWithdrawal();
    const other = await createProgram(db.dataSource);
    const reject = { withdrawalId: withdrawal.id, status: REJECTED };
    await expectApiError(withdrawals().process(other.seller.viewer, reject), "NOT_FOUND");
    await expectApiError(
      withdrawals().process(other.seller.viewer, { ...reject, withdrawalId: "oops" }),
      "NOT_FOUND",
    );
    await expectApiError(withdrawals().process(affiliate.viewer, reject), "FORBIDDEN");
    const stranger = await createUser(db.dataSource);
    await expectApiError(withdrawals().process(stranger.viewer, reject), "FORBIDDEN");
    expect((await balanceOf(db.dataSource, affiliate.affiliateId)).pendingCount).toBe(1);
  });
});
