import fc from "fast-check";
import { WithdrawalStatus, formatCents } from "@allyhut/schema";
import type { DataSource } from "typeorm";
import { balanceReported } from "./support/api-balance";
import { createTestDatabase, type TestDatabase } from "./support/database";
import {
  balanceOf,
  createAffiliate,
  createOffer,
  createSeller,
  moneyServices,
} from "./support/fixtures";
import { AFFILIATES, linearize, offers, resolve, steps, type Step } from "./support/model-commands";
import { MoneyModel, availableOf, type Action, type Outcome } from "./support/model";
import { moneyInvariantViolations } from "./support/money-invariants";

// Model-based: random sequences of sales, reversals, requests and decisions (some at once) through
// the real services on MariaDB, checked against MoneyModel after every step.
const RUNS = Number(process.env.MODEL_RUNS ?? 30);
const today = () => new Date().toISOString().slice(0, 10);

type Program = Awaited<ReturnType<typeof createProgram>>;

async function createProgram(
  db: DataSource,
  offerValues: { percentHundredths: number; flatCents: number },
) {
  const seller = await createSeller(db);
  const offerIds = [
    await createOffer(db, seller.sellerId, { commissionValue: offerValues.percentHundredths }),
    await createOffer(db, seller.sellerId, {
      commissionType: "FLAT",
      commissionValue: offerValues.flatCents,
    }),
  ];
  const affiliates = [];
  for (let n = 0; n < AFFILIATES; n++) {
    affiliates.push(await createAffiliate(db, seller.sellerId, { promotes: offerIds }));
  }
  return { seller, offerIds, affiliates };
}

async function run(db: DataSource, program: Program, action: Action): Promise<Outcome> {
  const { commissions, withdrawals } = moneyServices(db);
  try {
    switch (action.kind) {
      case "recordSale": {
        const affiliate = program.affiliates[action.affiliate]!;
        const c = await commissions.record(program.seller.viewer, {
          referralCode: affiliate.referralCode,
          offerId: program.offerIds[action.offer]!,
          orderId: action.orderId,
          saleCents: action.saleCents,
        });
        return { ok: true, id: c.id, amountCents: c.amountCents, status: null };
      }
      case "reverseSale": {
        const c = await commissions.reverse(program.seller.viewer, action.orderId);
        return { ok: true, id: c.id, amountCents: c.amountCents, status: null };
      }
      case "requestWithdrawal": {
        const affiliate = program.affiliates[action.affiliate]!;
        const w = await withdrawals.request(affiliate.viewer, {
          affiliateId: affiliate.affiliateId,
          amountCents: action.amountCents,
          idempotencyKey: action.idempotencyKey,
        });
        return { ok: true, id: w.id, amountCents: w.amountCents, status: w.status };
      }
      case "processWithdrawal": {
        const approved = action.decision === "APPROVED";
        const w = await withdrawals.process(program.seller.viewer, {
          withdrawalId: action.withdrawalId,
          status: WithdrawalStatus[action.decision],
          receiptNumber: approved ? `R-${action.withdrawalId}` : undefined,
          paidOn: approved ? today() : undefined,
          note: action.decision === "PENDING" ? `note on ${action.withdrawalId}` : "decided",
        });
        return { ok: true, id: w.id, amountCents: w.amountCents, status: w.status };
      }
    }
  } catch (error) {
    const code = (error as { extensions?: { code?: string } }).extensions?.code;
    if (!code) throw error;
    return { ok: false, code };
  }
}

/** The run's withdrawal history, oldest first, one string per event. */
async function historyOf(db: DataSource, sellerId: string): Promise<string[]> {
  const rows = await db.query(
    `SELECT e.id, e.withdrawal_id, e.at, e.actor_user_id, e.from_status, e.to_status,
       e.receipt_number, e.paid_on, e.note
     FROM withdrawal_events e JOIN withdrawals w ON w.id = e.withdrawal_id
     WHERE w.seller_id = ? ORDER BY e.id`,
    [sellerId],
  );
  return rows.map((row: Record<string, unknown>) => JSON.stringify(row));
}

/**
 * Everything the database holds must be what the model says, and the history only grows. The
 * balance the API reports is held against the model's own bookkeeping: earned, pending and paid as
 * the model counted them from the commands it sent and their answers, and available from those.
 */
async function checkAgainstModel(
  db: DataSource,
  program: Program,
  model: MoneyModel,
  before: string[],
) {
  expect(await moneyInvariantViolations(db)).toEqual([]);
  for (const [n, affiliate] of program.affiliates.entries()) {
    const { availableCents: _fromTheRows, ...balance } = await balanceOf(db, affiliate.affiliateId);
    expect(balance).toEqual(model.balances[n]);
    const kept = model.balances[n]!;
    expect(await balanceReported(db, affiliate.viewer, affiliate.affiliateId)).toEqual({
      earned: formatCents(kept.earnedCents),
      available: formatCents(availableOf(kept)),
      pending: formatCents(kept.pendingCents),
      paid: formatCents(kept.paidCents),
    });
  }
  const rows = await db.query(
    "SELECT id, amount_cents, status FROM withdrawals WHERE seller_id = ?",
    [program.seller.sellerId],
  );
  expect(
    rows
      .map((r: { id: unknown; amount_cents: unknown; status: string }) => [
        String(r.id),
        Number(r.amount_cents),
        r.status,
      ])
      .sort(),
  ).toEqual([...model.withdrawals].map(([id, w]) => [id, w.amountCents, w.status]).sort());
  const history = await historyOf(db, program.seller.sellerId);
  expect(history.slice(0, before.length)).toEqual(before);
  expect(history).toHaveLength(model.eventCount);
  return history;
}

describe("money model (fast-check)", () => {
  let db: TestDatabase;
  const tally = {
    runs: 0,
    steps: 0,
    commands: 0,
    concurrentSteps: 0,
    answers: new Map<string, number>(),
  };

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    const answers = Object.fromEntries(tally.answers);
    process.stdout.write(`money model: ${JSON.stringify({ ...tally, answers })}\n`);
    await db.drop();
  });

  it(`${RUNS} random runs of ≤ 25 commands keep the database equal to the model`, async () => {
    let orderNumber = 0;
    await fc.assert(
      fc.asyncProperty(offers, steps, async (offerValues, plan: Step[]) => {
        const program = await createProgram(db.dataSource, offerValues);
        let model = new MoneyModel(
          [
            { commissionType: "PERCENTAGE", commissionValue: offerValues.percentHundredths },
            { commissionType: "FLAT", commissionValue: offerValues.flatCents },
          ],
          AFFILIATES,
        );
        let history: string[] = [];
        tally.runs++;
        for (const step of plan) {
          const actions = step.commands.map((c) =>
            resolve(c, model, () => `ORDER-${++orderNumber}`),
          );
          const outcomes = step.concurrent
            ? await Promise.all(actions.map((a) => run(db.dataSource, program, a)))
            : [await run(db.dataSource, program, actions[0]!)];
          model = linearize(model, actions, outcomes);
          history = await checkAgainstModel(db.dataSource, program, model, history);
          tally.steps++;
          tally.commands += actions.length;
          if (step.concurrent) tally.concurrentSteps++;
          for (const o of outcomes) {
            const answer = o.ok ? "ok" : o.code;
            tally.answers.set(answer, (tally.answers.get(answer) ?? 0) + 1);
          }
        }
      }),
      { numRuns: RUNS, interruptAfterTimeLimit: 120_000, markInterruptAsFailure: true },
    );
    expect(tally.runs).toBeGreaterThanOrEqual(RUNS);
  }, 180_000);
});
