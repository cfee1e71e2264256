import fc from "fast-check";
import { PayoutBatchStatus, PayoutImportOutcome, WithdrawalStatus } from "@allyhut/schema";
import { useTestDatabase } from "./support/database";
import { moneyInvariantViolations } from "./support/money-invariants";
import { payoutScene, payoutServices, resultCsv } from "./support/payout-fixtures";

const { APPROVED, ALREADY_APPROVED, FAILED, UNMATCHED } = PayoutImportOutcome;

/** One line of a generated report: which withdrawal of the scene (or none) and what it says. */
const reportLine = fc.record({
  target: fc.integer({ min: -1, max: 7 }),
  kind: fc.constantFrom("paid", "failed", "mismatch", "reused receipt", "unknown"),
  receipt: fc.integer({ min: 0, max: 4 }),
});

// For random batches and random reports (paid, failed, unknown, mismatched, repeated lines, reused
// receipts), imported twice: the invariants hold, every withdrawal ends in exactly one state, and
// the second import changes nothing.
describe("payout import properties", () => {
  const db = useTestDatabase({ moneyInvariants: true });

  it("random batches and reports keep the invariants; each withdrawal ends in one state", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        fc.array(reportLine, { minLength: 1, maxLength: 20 }),
        async (inBatch, lines) => {
          const scene = await payoutScene(db.dataSource, { affiliates: 2, withdrawalsEach: 4 });
          const services = () => payoutServices(db.dataSource);
          const batchedIds = scene.withdrawalIds.filter((_, n) => inBatch[n]);
          if (batchedIds.length === 0) batchedIds.push(scene.withdrawalIds[0]!);
          const batch = await services().payoutBatches.create(scene.seller.viewer, {
            withdrawalIds: batchedIds,
          });
          const csv = resultCsv(
            lines.map(({ target, kind, receipt }) => {
              const id = target < 0 || kind === "unknown" ? "9999999" : scene.withdrawalIds[target];
              const reference = `AH-W-${id}`;
              if (kind === "failed") return { reference, status: "FAILED" as const, note: "No" };
              return {
                reference,
                status: "PAID" as const,
                receipt: kind === "reused receipt" ? "SHARED" : `TX-${id}-${receipt}`,
                paidOn: "2026-02-01",
                amount: kind === "mismatch" ? "9.99" : "1.00",
                currency: "USD",
              };
            }),
          );
          const importCsv = () =>
            services().payoutBatches.importResults(scene.seller.viewer, {
              batchId: batch.id,
              csv,
              dryRun: false,
            });
          const first = await importCsv();
          const rows = await db.dataSource.query(
            `SELECT id, status, payout_batch_id FROM withdrawals WHERE seller_id = ? ORDER BY id`,
            [scene.seller.sellerId],
          );
          const before = JSON.stringify(rows);
          const second = await importCsv();
          expect(await moneyInvariantViolations(db.dataSource)).toEqual([]);
          // Exactly one state: APPROVED in the batch, PENDING in it, or PENDING out of every batch.
          for (const row of rows) {
            const batched = row.payout_batch_id != null;
            const state =
              row.status === WithdrawalStatus.APPROVED && batched
                ? "paid in the batch"
                : row.status === WithdrawalStatus.PENDING
                  ? batched
                    ? "in the open batch"
                    : "in no batch"
                  : "other";
            expect(state).not.toBe("other");
          }
          const approvedNow = first.lines.filter((l) => l.outcome === APPROVED).length;
          const [{ approved }] = await db.dataSource.query(
            "SELECT COUNT(*) AS approved FROM withdrawals WHERE payout_batch_id = ? AND status = 'APPROVED'",
            [batch.id],
          );
          expect(Number(approved)).toBe(approvedNow);
          // Again: nothing changes, nothing is approved twice.
          expect(
            JSON.stringify(
              await db.dataSource.query(
                `SELECT id, status, payout_batch_id FROM withdrawals WHERE seller_id = ? ORDER BY id`,
                [scene.seller.sellerId],
              ),
            ),
          ).toBe(before);
          expect(second.lines.some((l) => l.outcome === APPROVED)).toBe(false);
          for (const [n, line] of first.lines.entries()) {
            if (line.outcome === APPROVED) expect(second.lines[n]!.outcome).toBe(ALREADY_APPROVED);
            if (line.outcome === FAILED) expect(second.lines[n]!.outcome).toBe(FAILED);
            if (line.outcome === UNMATCHED) expect(second.lines[n]!.outcome).toBe(UNMATCHED);
          }
          const { status } = await services().payoutBatches.byId(batch.id);
          const [{ pending }] = await db.dataSource.query(
            "SELECT COUNT(*) AS pending FROM withdrawals WHERE payout_batch_id = ? AND status = 'PENDING'",
            [batch.id],
          );
          expect(status).toBe(
            Number(pending) > 0 ? PayoutBatchStatus.OPEN : PayoutBatchStatus.CLOSED,
          );
        },
      ),
      { numRuns: 40 },
    );
    // 40 scenes, each imported twice: about 3–5 s alone, more beside other suites on 2 cores.
  }, 30_000);
});
