import { PayoutImportOutcome, WithdrawalStatus } from "@allyhut/schema";
import type { DataSource } from "typeorm";
import { createDataSource } from "../src/db/data-source";
import { useTestDatabase } from "./support/database";
import { payoutScene, payoutServices, resultCsv } from "./support/payout-fixtures";

const { APPROVED, PENDING } = WithdrawalStatus;
const ROUNDS = 10;
const today = () => new Date().toISOString().slice(0, 10);
const GUARD_WORDS = /^This receipt number is already on .+ \(AH-W-(\d+)\)\.$/;

// Two writers of one receipt at once, each on its own pool of connections (as two server processes):
// the receipt's claim row makes the second wait for the first's commit, then see it.
describe("the duplicate-receipt guard under concurrent writers", () => {
  const db = useTestDatabase({ moneyInvariants: true });
  let other: DataSource;
  beforeAll(async () => {
    other = createDataSource({ url: db.url });
    await other.initialize();
  });
  afterAll(() => other.destroy());

  /** Two affiliates of one seller with ROUNDS PENDING withdrawals of 15.00 each; pairs by round. */
  async function scene() {
    const { seller, withdrawalIds } = await payoutScene(db.dataSource, {
      affiliates: 2,
      withdrawalsEach: ROUNDS,
      amountCents: 1_500,
    });
    const approve = (
      source: DataSource,
      withdrawalId: string,
      receiptNumber: string,
      allowReusedReceipt = false,
    ) =>
      payoutServices(source).withdrawals.process(seller.viewer, {
        withdrawalId,
        status: APPROVED,
        receiptNumber,
        paidOn: today(),
        allowReusedReceipt,
      });
    const pair = (round: number): [string, string] => [
      withdrawalIds[2 * round]!,
      withdrawalIds[2 * round + 1]!,
    ];
    return { seller, approve, pair };
  }

  const rowOf = async (id: string) =>
    (
      await db.dataSource.query(
        "SELECT status, receipt_number, processed_at FROM withdrawals WHERE id = ?",
        [id],
      )
    )[0];
  const claimsOf = async (sellerId: string, receipt: string) =>
    (
      await db.dataSource.query(
        "SELECT claims FROM withdrawal_receipt_claims WHERE seller_id = ? AND receipt_number = ?",
        [sellerId, receipt],
      )
    ).map((row: { claims: unknown }) => Number(row.claims));

  it("approves exactly one of two withdrawals given the same new receipt at once", async () => {
    const { seller, approve, pair } = await scene();
    for (let round = 0; round < ROUNDS; round++) {
      const [first, second] = pair(round);
      const receipt = `RACE-${round}`;
      const outcomes = await Promise.allSettled([
        approve(db.dataSource, first, receipt),
        approve(other, second, receipt),
      ]);
      const won = outcomes.findIndex((outcome) => outcome.status === "fulfilled");
      const lost = outcomes.find((outcome) => outcome.status === "rejected");
      expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
      const [winner, loser] = won === 0 ? [first, second] : [second, first];
      expect(lost).toMatchObject({ reason: { extensions: { code: "CONFLICT" } } });
      const message = (lost as PromiseRejectedResult).reason.message as string;
      expect(message.match(GUARD_WORDS)?.[1]).toBe(winner);
      expect(await rowOf(winner)).toMatchObject({ status: APPROVED, receipt_number: receipt });
      expect(await rowOf(loser)).toEqual({
        status: PENDING,
        receipt_number: null,
        processed_at: null,
      });
      // The loser's claim was rolled back with the rest of its transaction.
      expect(await claimsOf(seller.sellerId, receipt)).toEqual([1]);
    }
  });

  it("a confirmed reuse is approved whoever goes first; the unconfirmed writer only if it was first", async () => {
    const { seller, approve, pair } = await scene();
    for (let round = 0; round < ROUNDS; round++) {
      const [first, second] = pair(round);
      const receipt = `REUSED-${round}`;
      // Even rounds: both confirmed. Odd rounds: only the second.
      const [unsure, confirmed] = await Promise.allSettled([
        approve(db.dataSource, first, receipt, round % 2 === 0),
        approve(other, second, receipt, true),
      ]);
      expect(confirmed).toMatchObject({ status: "fulfilled", value: { status: APPROVED } });
      if (unsure.status === "rejected") {
        expect(round % 2).toBe(1);
        expect(unsure.reason.message.match(GUARD_WORDS)?.[1]).toBe(second);
        expect(await claimsOf(seller.sellerId, receipt)).toEqual([1]);
      } else {
        expect(unsure.value.status).toBe(APPROVED);
        expect(await claimsOf(seller.sellerId, receipt)).toEqual([2]);
      }
    }
  });

  it("gives a receipt to exactly one of a hand approval and an import naming it at once", async () => {
    const { seller, approve, pair } = await scene();
    const batches = payoutServices(db.dataSource).payoutBatches;
    for (let round = 0; round < ROUNDS; round++) {
      const [byHand, batched] = pair(round);
      const batch = await batches.create(seller.viewer, { withdrawalIds: [batched] });
      const receipt = `SHARED-${round}`;
      const csv = resultCsv([
        { reference: `AH-W-${batched}`, status: "PAID", receipt, paidOn: today() },
      ]);
      const [hand, imported] = await Promise.allSettled([
        approve(db.dataSource, byHand, receipt),
        payoutServices(other).payoutBatches.importResults(seller.viewer, {
          batchId: batch.id,
          csv,
          dryRun: false,
        }),
      ]);
      expect(imported.status).toBe("fulfilled");
      const [line] = (imported as PromiseFulfilledResult<{ lines: Array<{ outcome: string }> }>)
        .value.lines;
      if (hand.status === "fulfilled") {
        expect(line).toMatchObject({ outcome: PayoutImportOutcome.DUPLICATE_RECEIPT });
        expect(await rowOf(batched)).toMatchObject({ status: PENDING, receipt_number: null });
      } else {
        expect(hand.reason).toMatchObject({ extensions: { code: "CONFLICT" } });
        expect(hand.reason.message.match(GUARD_WORDS)?.[1]).toBe(batched);
        expect(line).toMatchObject({ outcome: PayoutImportOutcome.APPROVED });
        expect(await rowOf(byHand)).toEqual({
          status: PENDING,
          receipt_number: null,
          processed_at: null,
        });
      }
      const carriers = await db.dataSource.query(
        "SELECT id FROM withdrawals WHERE seller_id = ? AND receipt_number = ?",
        [seller.sellerId, receipt],
      );
      expect(carriers).toHaveLength(1);
    }
  });
});
