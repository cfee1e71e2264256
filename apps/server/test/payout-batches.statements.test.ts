import { PayoutBatchStatus, PayoutImportOutcome } from "@allyhut/schema";
import { countStatements } from "../src/db/statement-counter";
import { useTestDatabase } from "./support/database";
import { payoutScene, payoutServices, resultCsv } from "./support/payout-fixtures";

/** The statements `work` sends, its result, and how long it took. */
async function counted<T>(work: () => Promise<T>) {
  const started = performance.now();
  return countStatements(async (count) => {
    const result = await work();
    return { statements: count.statements, result, ms: performance.now() - started };
  });
}

// Payout day is set-based: a batch of 1000 costs what a batch of 10 costs, and so does its report.
describe("payout day's statements do not grow with the batch", () => {
  const db = useTestDatabase({ moneyInvariants: true });
  const services = () => payoutServices(db.dataSource);

  async function createAndImport(size: number) {
    const scene = await payoutScene(db.dataSource, {
      affiliates: 10,
      withdrawalsEach: size / 10,
      amountCents: 50,
    });
    const created = await counted(() =>
      services().payoutBatches.create(scene.seller.viewer, { withdrawalIds: scene.withdrawalIds }),
    );
    const batchId = created.result.id;
    // Every tenth line failed at the provider; the rest paid.
    const csv = resultCsv(
      scene.withdrawalIds.map((id, n) =>
        n % 10 === 9
          ? { reference: `AH-W-${id}`, status: "FAILED" as const, note: "PayPal: UNCLAIMED" }
          : {
              reference: `AH-W-${id}`,
              status: "PAID" as const,
              receipt: `TX-${id}`,
              paidOn: "2026-02-01",
              amount: "0.50",
              currency: "USD",
            },
      ),
    );
    const importAs = (dryRun: boolean) =>
      counted(() =>
        services().payoutBatches.importResults(scene.seller.viewer, { batchId, csv, dryRun }),
      );
    const preview = await importAs(true);
    const imported = await importAs(false);
    const again = await importAs(false);
    expect(
      imported.result.lines.filter((l) => l.outcome === PayoutImportOutcome.APPROVED),
    ).toHaveLength(size - size / 10);
    expect(again.result.lines.every((l) => l.outcome !== PayoutImportOutcome.APPROVED)).toBe(true);
    expect((await services().payoutBatches.byId(batchId)).status).toBe(PayoutBatchStatus.CLOSED);
    return { created, preview, imported, again };
  }

  it("creating a batch and importing its report: the same statements for 10 and for 1000", async () => {
    const small = await createAndImport(10);
    const large = await createAndImport(1_000);
    const statements = (run: typeof small) =>
      [run.created, run.preview, run.imported, run.again].map((step) => step.statements);
    // START, read, insert batch, claim, ADDED events, read back, COMMIT.
    // Import: START, lock batch, read withdrawals, claim receipts (new ones: nobody else has them, so
    // no read of their uses), lock affiliates, approve, their events, affiliates' totals, read the
    // approved back and write their outbox events, take failed out, their events, batch totals,
    // close, keep, COMMIT (a dry run keeps nothing, tells no one and rolls back; a re-import
    // approves nothing, so claims nothing: it only locks, reads, closes and keeps).
    expect(statements(small)).toEqual([7, 13, 16, 6]);
    expect(statements(large)).toEqual(statements(small));
    // The target is 2 s each on the bench machine; a test machine gets some slack.
    expect(large.created.ms).toBeLessThan(2_000);
    expect(large.imported.ms).toBeLessThan(3_000);
  });
});
