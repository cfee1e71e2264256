import { PayoutBatchStatus, PayoutImportOutcome, WithdrawalStatus } from "@allyhut/schema";
import { useTestDatabase } from "./support/database";
import { balanceOf, expectApiError } from "./support/fixtures";
import { payoutScene, payoutServices, payoutState, resultCsv } from "./support/payout-fixtures";

const { APPROVED, ALREADY_APPROVED, FAILED, UNMATCHED, AMOUNT_MISMATCH, DUPLICATE_RECEIPT } =
  PayoutImportOutcome;
const today = () => new Date().toISOString().slice(0, 10);
const PAID_ON = "2026-02-01";

describe("PayoutBatchService.importResults", () => {
  const db = useTestDatabase({ moneyInvariants: true });
  const services = () => payoutServices(db.dataSource);

  /** A seller with two affiliates, three withdrawals of 1.00 each, all in one OPEN batch. */
  async function batchOfSix() {
    const scene = await payoutScene(db.dataSource, { affiliates: 2, withdrawalsEach: 3 });
    const batch = await services().payoutBatches.create(scene.seller.viewer, {
      withdrawalIds: scene.withdrawalIds,
    });
    const importCsv = (csv: string, dryRun = false) =>
      services().payoutBatches.importResults(scene.seller.viewer, {
        batchId: batch.id,
        csv,
        dryRun,
      });
    return { ...scene, batch, importCsv, ref: (n: number) => `AH-W-${scene.withdrawalIds[n]}` };
  }

  it("approves paid lines, takes failed ones out with the provider's reason, reports the rest per line", async () => {
    const { seller, affiliates, withdrawalIds, batch, importCsv, ref } = await batchOfSix();
    const other = await payoutScene(db.dataSource);
    const csv = resultCsv([
      { reference: ref(0), status: "PAID", receipt: "TX-0", paidOn: PAID_ON },
      { reference: ref(1), status: "FAILED", note: "PayPal: UNCLAIMED" },
      { reference: "AH-W-999999", status: "PAID", receipt: "TX-9", paidOn: PAID_ON },
      {
        reference: `AH-W-${other.withdrawalIds[0]}`,
        status: "PAID",
        receipt: "TX-8",
        paidOn: PAID_ON,
      },
      {
        reference: ref(2),
        status: "PAID",
        receipt: "TX-2",
        paidOn: PAID_ON,
        amount: "1.50",
        currency: "USD",
      },
      { reference: ref(3), status: "PAID", receipt: "TX-0", paidOn: PAID_ON },
      {
        reference: ref(4),
        status: "PAID",
        receipt: "TX-4",
        paidOn: PAID_ON,
        amount: "1.00",
        currency: "EUR",
      },
      {
        reference: ref(5).toLowerCase(),
        status: "PAID",
        receipt: "TX-5",
        paidOn: PAID_ON,
        amount: "1.00",
        currency: "usd",
      },
    ]);
    const result = await importCsv(csv);
    expect(result).toMatchObject({
      id: expect.stringMatching(/^\d+$/),
      batchId: batch.id,
      dryRun: false,
    });
    expect(result.lines.map((line) => [line.line, line.outcome, line.withdrawalId])).toEqual([
      [2, APPROVED, withdrawalIds[0]],
      [3, FAILED, withdrawalIds[1]],
      [4, UNMATCHED, null],
      [5, UNMATCHED, null],
      [6, AMOUNT_MISMATCH, withdrawalIds[2]],
      [7, DUPLICATE_RECEIPT, withdrawalIds[3]],
      [8, AMOUNT_MISMATCH, withdrawalIds[4]],
      [9, APPROVED, withdrawalIds[5]],
    ]);
    expect(result.lines[1]!.message).toBe("FAILED: PayPal: UNCLAIMED");
    expect(result.lines[4]!.message).toBe(
      `The report says 1.50 USD; ${ref(2)} is 1.00 USD. Nothing changed.`,
    );
    expect(result.lines[5]!.message).toContain(`already on ${ref(0)}`);
    const w = async (n: number) => services().withdrawals.get(seller.viewer, withdrawalIds[n]!);
    expect(await w(0)).toMatchObject({
      status: WithdrawalStatus.APPROVED,
      receiptNumber: "TX-0",
      paidOn: PAID_ON,
      payoutBatchId: batch.id,
      processedAt: expect.any(Date),
    });
    expect(await w(1)).toMatchObject({ status: WithdrawalStatus.PENDING, payoutBatchId: null });
    expect(await w(2)).toMatchObject({ status: WithdrawalStatus.PENDING, payoutBatchId: batch.id });
    const history = await services().withdrawals.historyOf(withdrawalIds[1]!);
    expect(history.at(-1)).toMatchObject({
      batchAction: "REMOVED",
      payoutBatchId: batch.id,
      reason: "FAILED: PayPal: UNCLAIMED",
      actor: { id: seller.owner.userId },
    });
    const approvedHistory = await services().withdrawals.historyOf(withdrawalIds[0]!);
    expect(approvedHistory.at(-1)).toMatchObject({
      fromStatus: WithdrawalStatus.PENDING,
      toStatus: WithdrawalStatus.APPROVED,
      receiptNumber: "TX-0",
      paidOn: PAID_ON,
      payoutBatchId: batch.id,
      batchAction: null,
    });
    // Affiliate 0 has withdrawals 0, 2, 4; affiliate 1 has 1, 3, 5.
    expect(await balanceOf(db.dataSource, affiliates[0]!.affiliateId)).toMatchObject({
      pendingCents: 200,
      paidCents: 100,
      approvedCount: 1,
    });
    expect(await balanceOf(db.dataSource, affiliates[1]!.affiliateId)).toMatchObject({
      pendingCents: 200,
      paidCents: 100,
    });
    expect(await services().payoutBatches.byId(batch.id)).toMatchObject({
      status: PayoutBatchStatus.OPEN,
      itemCount: 5,
      totalCents: 500,
    });
    expect(await services().payoutBatches.importsOf(batch.id)).toEqual([
      { ...result, importedAt: expect.any(Date) },
    ]);
  });

  it("is idempotent: the same report again answers ALREADY_APPROVED and FAILED, changing nothing", async () => {
    const { batch, importCsv, ref } = await batchOfSix();
    const csv = resultCsv([
      { reference: ref(0), status: "PAID", receipt: "TX-A", paidOn: PAID_ON },
      { reference: ref(1), status: "FAILED", note: "Returned" },
      { reference: ref(2), status: "PAID", receipt: "TX-B", paidOn: PAID_ON },
    ]);
    await importCsv(csv);
    const before = await payoutState(db.dataSource);
    const again = await importCsv(csv);
    expect(again.lines.map((line) => line.outcome)).toEqual([
      ALREADY_APPROVED,
      FAILED,
      ALREADY_APPROVED,
    ]);
    expect(again.lines[1]!.message).toContain("already taken out");
    const [withdrawals, events, affiliates, batches] = (await payoutState(
      db.dataSource,
    )) as unknown[][];
    expect([withdrawals, events, affiliates, batches]).toEqual(before.slice(0, 4));
    expect(await services().payoutBatches.importsOf(batch.id)).toHaveLength(2);
  });

  it("a dry run answers the same lines and changes nothing", async () => {
    const { importCsv, ref } = await batchOfSix();
    const csv = resultCsv([
      ...[0, 1, 2, 3, 4].map((n) => ({
        reference: ref(n),
        status: "PAID" as const,
        receipt: `DRY-${n}`,
        paidOn: PAID_ON,
      })),
      { reference: ref(5), status: "FAILED", note: "Wise: account closed" },
    ]);
    const before = await payoutState(db.dataSource);
    const preview = await importCsv(csv, true);
    expect(preview.id).toMatch(/^dry-run-[0-9a-f-]{36}$/);
    expect(preview.dryRun).toBe(true);
    expect(await payoutState(db.dataSource)).toEqual(before);
    const real = await importCsv(csv);
    expect(real.lines).toEqual(preview.lines);
  });

  it("closes the batch once nothing in it is PENDING, and still takes a re-import then", async () => {
    const { seller, batch, importCsv, ref } = await batchOfSix();
    const lines = [0, 1, 2, 3, 4, 5].map((n) =>
      n === 3
        ? { reference: ref(n), status: "FAILED" as const, note: "Returned" }
        : { reference: ref(n), status: "PAID" as const, receipt: `C-${n}`, paidOn: PAID_ON },
    );
    await importCsv(resultCsv(lines));
    expect(await services().payoutBatches.get(seller.viewer, batch.id)).toMatchObject({
      status: PayoutBatchStatus.CLOSED,
      itemCount: 5,
      totalCents: 500,
    });
    const again = await importCsv(resultCsv(lines));
    expect(again.lines.filter((line) => line.outcome === ALREADY_APPROVED)).toHaveLength(5);
  });

  it("judges repeated references and receipts within one file, in file order", async () => {
    const { importCsv, ref } = await batchOfSix();
    const result = await importCsv(
      resultCsv([
        { reference: ref(0), status: "PAID", receipt: "R-1", paidOn: PAID_ON },
        { reference: ref(0), status: "PAID", receipt: "R-1", paidOn: PAID_ON },
        { reference: ref(0), status: "PAID", receipt: "R-2", paidOn: PAID_ON },
        { reference: ref(1), status: "PAID", receipt: "r-1", paidOn: PAID_ON },
        { reference: ref(2), status: "FAILED", note: "x" },
        { reference: ref(2), status: "PAID", receipt: "R-3", paidOn: PAID_ON },
        { reference: ref(3), status: "PAID", receipt: "R-4", paidOn: PAID_ON },
        { reference: ref(3), status: "FAILED", note: "y" },
      ]),
    );
    expect(result.lines.map((line) => line.outcome)).toEqual([
      APPROVED,
      ALREADY_APPROVED,
      ALREADY_APPROVED,
      DUPLICATE_RECEIPT,
      FAILED,
      UNMATCHED,
      APPROVED,
      UNMATCHED,
    ]);
    expect(result.lines[2]!.message).toContain("not R-2");
  });

  it("keeps the date paid between the request's date and today", async () => {
    const { seller, withdrawalIds, importCsv, ref } = await batchOfSix();
    const result = await importCsv(
      resultCsv([
        { reference: ref(0), status: "PAID", receipt: "D-0", paidOn: "2025-12-31" },
        { reference: ref(1), status: "PAID", receipt: "D-1", paidOn: "2099-01-01" },
      ]),
    );
    expect(result.lines.map((line) => line.outcome)).toEqual([APPROVED, APPROVED]);
    expect(result.lines[0]!.message).toContain("recorded as paid on 2026-01-05");
    const paid = await Promise.all(
      withdrawalIds.slice(0, 2).map((id) => services().withdrawals.get(seller.viewer, id)),
    );
    expect(paid.map((w) => w?.paidOn)).toEqual(["2026-01-05", today()]);
  });

  it("is the seller's only; another seller's batch is NOT_FOUND; a malformed file is BAD_USER_INPUT csv", async () => {
    const { affiliates, batch, importCsv, ref } = await batchOfSix();
    const other = await payoutScene(db.dataSource);
    const csv = resultCsv([{ reference: ref(0), status: "PAID", receipt: "T", paidOn: PAID_ON }]);
    const importAs = (viewer: typeof other.seller.viewer, batchId = batch.id) =>
      services().payoutBatches.importResults(viewer, { batchId, csv, dryRun: false });
    await expectApiError(importAs(affiliates[0]!.viewer), "FORBIDDEN");
    await expectApiError(importAs(other.seller.viewer), "NOT_FOUND");
    await expectApiError(importAs(other.seller.viewer, "nope"), "NOT_FOUND");
    await expectApiError(importCsv(""), "BAD_USER_INPUT", "csv");
    await expectApiError(importCsv("reference,status\nAH-W-1"), "BAD_USER_INPUT", "csv");
  });

  it("a hand-made processWithdrawal racing the import: one wins, balances add up", async () => {
    const { seller, affiliates, withdrawalIds, batch, importCsv, ref } = await batchOfSix();
    // In the OPEN batch, the hand is refused whatever the timing.
    const [byHand, imported] = await Promise.allSettled([
      services().withdrawals.process(seller.viewer, {
        withdrawalId: withdrawalIds[0]!,
        status: WithdrawalStatus.APPROVED,
        receiptNumber: "HAND-0",
        paidOn: today(),
      }),
      importCsv(
        resultCsv([{ reference: ref(0), status: "PAID", receipt: "IMP-0", paidOn: PAID_ON }]),
      ),
    ]);
    expect(byHand).toMatchObject({
      status: "rejected",
      reason: { extensions: { code: "CONFLICT" } },
    });
    expect(imported.status).toBe("fulfilled");
    // Taken out, then raced: whichever comes second finds it decided or not in the batch.
    await services().payoutBatches.removeWithdrawal(seller.viewer, withdrawalIds[1]!);
    const [hand, report] = await Promise.all([
      services()
        .withdrawals.process(seller.viewer, {
          withdrawalId: withdrawalIds[1]!,
          status: WithdrawalStatus.APPROVED,
          receiptNumber: "HAND-1",
          paidOn: today(),
        })
        .then(() => "approved by hand"),
      importCsv(
        resultCsv([{ reference: ref(1), status: "PAID", receipt: "IMP-1", paidOn: PAID_ON }]),
      ),
    ]);
    expect(hand).toBe("approved by hand");
    expect(report.lines[0]!.outcome).toBe(UNMATCHED);
    const row = await services().withdrawals.get(seller.viewer, withdrawalIds[1]!);
    expect(row).toMatchObject({ status: WithdrawalStatus.APPROVED, receiptNumber: "HAND-1" });
    const balances = await Promise.all(
      affiliates.map((a) => balanceOf(db.dataSource, a.affiliateId)),
    );
    expect(balances.map((b) => b.paidCents)).toEqual([100, 100]);
    expect(await services().payoutBatches.byId(batch.id)).toMatchObject({ itemCount: 5 });
  });
});
