import { WithdrawalStatus } from "@allyhut/schema";
import { countStatements } from "../src/db/statement-counter";
import { useTestDatabase } from "./support/database";
import { expectApiError } from "./support/fixtures";
import { payoutScene, payoutServices } from "./support/payout-fixtures";

const { APPROVED, PENDING, REJECTED } = WithdrawalStatus;
const today = () => new Date().toISOString().slice(0, 10);

describe("processWithdrawal: the duplicate-payment guard and withdrawals in a batch", () => {
  const db = useTestDatabase({ moneyInvariants: true });
  const services = () => payoutServices(db.dataSource);

  /** A seller whose affiliate Lois Lane has two PENDING withdrawals of 15.00, requested 2026-01-05. */
  async function loisLane(currencyCode = "USD") {
    const scene = await payoutScene(db.dataSource, {
      withdrawalsEach: 2,
      amountCents: 1_500,
      currencyCode,
    });
    await db.dataSource.query("UPDATE affiliates SET name = 'Lois Lane' WHERE id = ?", [
      scene.affiliates[0]!.affiliateId,
    ]);
    const [paid, next] = scene.withdrawalIds as [string, string];
    const approve = (withdrawalId: string, receiptNumber: string, allowReusedReceipt?: boolean) =>
      services().withdrawals.process(scene.seller.viewer, {
        withdrawalId,
        status: APPROVED,
        receiptNumber,
        paidOn: today(),
        allowReusedReceipt,
      });
    return { ...scene, paid, next, approve };
  }

  it("refuses a receipt number already on another withdrawal of the seller, in the words the UI shows", async () => {
    const { paid, next, approve } = await loisLane();
    await approve(paid, "PP-77");
    await db.dataSource.query("UPDATE withdrawals SET paid_on = '2026-11-03' WHERE id = ?", [paid]);
    await expect(approve(next, "  PP-77 ")).rejects.toMatchObject({
      extensions: { code: "CONFLICT" },
      message: `This receipt number is already on Lois Lane's $15.00 of Nov 3, 2026 (AH-W-${paid}).`,
    });
    // The seller confirmed: the same receipt is taken.
    await expect(approve(next, "PP-77", true)).resolves.toMatchObject({
      status: APPROVED,
      receiptNumber: "PP-77",
    });
  });

  it("names the other's request date while it is unpaid, in the seller's currency; REJECTED writes no receipt", async () => {
    const { seller, paid, next, approve } = await loisLane("EUR");
    await services().withdrawals.process(seller.viewer, {
      withdrawalId: paid,
      status: PENDING,
      receiptNumber: "DRAFT-1",
    });
    await expect(approve(next, "DRAFT-1")).rejects.toMatchObject({
      message: `This receipt number is already on Lois Lane's €15.00 of Jan 5, 2026 (AH-W-${paid}).`,
    });
    await expect(
      services().withdrawals.process(seller.viewer, {
        withdrawalId: next,
        status: REJECTED,
        receiptNumber: "DRAFT-1",
      }),
    ).resolves.toMatchObject({ status: REJECTED, receiptNumber: null });
  });

  it("another seller's receipts are not this seller's", async () => {
    const first = await loisLane();
    const second = await loisLane();
    await first.approve(first.paid, "SHARED-1");
    await expect(second.approve(second.paid, "SHARED-1")).resolves.toMatchObject({
      status: APPROVED,
    });
  });

  it("is CONFLICT while the withdrawal is in an OPEN batch, for a decision and a note alike", async () => {
    const { seller, paid, approve } = await loisLane();
    const batch = await services().payoutBatches.create(seller.viewer, { withdrawalIds: [paid] });
    const taken = `AH-W-${paid} is in payout batch #${batch.id}; take it out of the batch first.`;
    await expect(approve(paid, "B-1")).rejects.toMatchObject({
      extensions: { code: "CONFLICT" },
      message: taken,
    });
    for (const status of [REJECTED, PENDING]) {
      await expect(
        services().withdrawals.process(seller.viewer, { withdrawalId: paid, status, note: "n" }),
      ).rejects.toMatchObject({ message: taken });
    }
    await services().payoutBatches.removeWithdrawal(seller.viewer, paid);
    await expect(approve(paid, "B-1")).resolves.toMatchObject({ status: APPROVED });
    // Paid by hand after leaving the batch: decided, so INVALID_TRANSITION as ever.
    await expectApiError(approve(paid, "B-2"), "INVALID_TRANSITION");
  });

  it("costs one statement more only when a receipt number is written", async () => {
    const { seller, paid, next } = await loisLane();
    const counted = (work: () => Promise<unknown>) =>
      countStatements(async (count) => {
        await work();
        return count.statements;
      });
    const process = (withdrawalId: string, change: object) => () =>
      services().withdrawals.process(seller.viewer, { withdrawalId, ...change } as never);
    // START, read, lock affiliate, update, event, totals, read back, outbox event, COMMIT (+ the
    // receipt check).
    expect(await counted(process(paid, { status: REJECTED, note: "no" }))).toBe(9);
    expect(
      await counted(process(next, { status: APPROVED, receiptNumber: "S-1", paidOn: today() })),
    ).toBe(10);
  });
});
