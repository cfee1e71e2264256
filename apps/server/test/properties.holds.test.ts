import fc from "fast-check";
import { WithdrawalStatus, parseDecimalToCents } from "@allyhut/schema";
import type { Services } from "@allyhut/schema/domain";
import { createServices } from "../src/modules/services";
import { balanceOnDate } from "./support/api-balance";
import { useTestDatabase } from "./support/database";
import { createAffiliate, createOffer, createSeller, serviceDeps } from "./support/fixtures";
import { moneyInvariantViolations } from "./support/money-invariants";

// Holds as a property: random sales over random hold periods (changed mid-run), a clock that moves
// by random days, requests, decisions and reversals. On every date the reported balance adds up,
// onHold is exactly the commissions dated after today, and a request is accepted only when it fits
// in what is available: nothing on hold is ever withdrawn. The clock is injected, never waited for.
const RUNS = Number(process.env.HOLD_RUNS ?? 20);
const OFFER_CENTS = [700, 1_100, 1_300];
const START = Date.UTC(2026, 0, 1);
const DAY_MS = 86_400_000;

// Weighted: enough sales and days pass for money to leave its hold and be asked for.
const command = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("advance" as const),
      days: fc.integer({ min: 0, max: 20 }),
    }),
  },
  fc.record({
    kind: fc.constant("sale" as const),
    offer: fc.integer({ min: 0, max: 2 }),
    daysBack: fc.integer({ min: 0, max: 3 }),
    hour: fc.integer({ min: 0, max: 23 }),
  }),
  fc.record({
    kind: fc.constant("setHold" as const),
    offer: fc.integer({ min: 0, max: 2 }),
    holdDays: fc.integer({ min: 0, max: 60 }),
  }),
  fc.record({ kind: fc.constant("reverse" as const), pick: fc.nat() }),
  {
    weight: 3,
    // Tenths of what is available (11 and 12 ask a little too much), or any amount.
    arbitrary: fc.record({
      kind: fc.constant("request" as const),
      tenths: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
      amountCents: fc.integer({ min: 1, max: 4_000 }),
    }),
  },
  fc.record({ kind: fc.constant("decide" as const), pick: fc.nat(), approve: fc.boolean() }),
);
type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

interface Sale {
  orderId: string;
  amountCents: number;
  availableDay: number;
  reversed: boolean;
}

/** The model: what the affiliate has, by day number (0 = 2026-01-01). */
class HoldModel {
  day = 0;
  holds = [0, 0, 0];
  sales: Sale[] = [];
  pending = new Map<string, number>();
  paidCents = 0;

  get earnedCents() {
    return this.sales.filter((s) => !s.reversed).reduce((sum, s) => sum + s.amountCents, 0);
  }
  get onHoldCents() {
    return this.sales
      .filter((s) => !s.reversed && s.availableDay > this.day)
      .reduce((sum, s) => sum + s.amountCents, 0);
  }
  get pendingCents() {
    return [...this.pending.values()].reduce((sum, cents) => sum + cents, 0);
  }
  get availableCents() {
    return this.earnedCents - this.onHoldCents - this.pendingCents - this.paidCents;
  }
}

const dateOf = (day: number) => new Date(START + day * DAY_MS).toISOString().slice(0, 10);

describe("hold period properties (fast-check)", () => {
  const db = useTestDatabase({ moneyInvariants: true });
  const tally = { runs: 0, steps: 0, accepted: 0, refused: 0, refusedWhileOnHold: 0 };
  afterAll(() => process.stdout.write(`hold model: ${JSON.stringify(tally)}\n`));

  it(`${RUNS} random runs: the balance adds up on every date and nothing on hold is withdrawn`, async () => {
    let runNumber = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 3, maxLength: 3 }),
        fc.array(command, { minLength: 10, maxLength: 40 }),
        async (holds, commands) => {
          const run = ++runNumber;
          const model = new HoldModel();
          const now = () => new Date(START + model.day * DAY_MS + 12 * 3_600_000);
          const services = (): Services => createServices({ ...serviceDeps(db.dataSource), now });
          const seller = await createSeller(db.dataSource);
          const offerIds: string[] = [];
          for (const [n, holdDays] of holds.entries()) {
            const value = OFFER_CENTS[n]!;
            offerIds.push(
              await createOffer(db.dataSource, seller.sellerId, {
                commissionType: "FLAT",
                commissionValue: value,
                holdDays,
              }),
            );
          }
          model.holds = [...holds];
          const affiliate = await createAffiliate(db.dataSource, seller.sellerId, {
            promotes: offerIds,
          });
          tally.runs++;
          for (const step of commands) {
            await apply(step);
            await checkBalance();
            tally.steps++;
          }
          expect(await moneyInvariantViolations(db.dataSource, { on: dateOf(model.day) })).toEqual(
            [],
          );

          async function apply(step: Command): Promise<void> {
            switch (step.kind) {
              case "advance":
                model.day += step.days;
                return;
              case "sale": {
                const saleDay = Math.max(0, model.day - step.daysBack);
                const occurredAt = new Date(START + saleDay * DAY_MS + step.hour * 3_600_000);
                const orderId = `hold-${run}-${model.sales.length}`;
                const commission = await services().commissions.record(seller.viewer, {
                  referralCode: affiliate.referralCode,
                  offerId: offerIds[step.offer]!,
                  orderId,
                  saleCents: 10_000,
                  occurredAt: occurredAt > now() ? null : occurredAt,
                });
                const availableDay = saleDay + model.holds[step.offer]!;
                expect(commission.availableOn).toBe(dateOf(availableDay));
                const amountCents = OFFER_CENTS[step.offer]!;
                model.sales.push({ orderId, amountCents, availableDay, reversed: false });
                return;
              }
              case "setHold": {
                const offer = await services().offers.update(seller.viewer, {
                  offerId: offerIds[step.offer]!,
                  name: null,
                  priceCents: null,
                  commissionType: null,
                  commissionValueHundredths: null,
                  url: null,
                  holdDays: step.holdDays,
                  active: null,
                });
                expect(offer.holdDays).toBe(step.holdDays);
                model.holds[step.offer] = step.holdDays;
                return;
              }
              case "reverse": {
                const sale = model.sales[step.pick % Math.max(1, model.sales.length)];
                if (!sale) return;
                await services().commissions.reverse(seller.viewer, sale.orderId);
                sale.reversed = true;
                return;
              }
              case "request": {
                const { availableCents } = model;
                const relative = step.tenths !== null && availableCents > 0;
                const tenths = Math.ceil((availableCents * (step.tenths ?? 0)) / 10);
                return request(relative ? tenths : step.amountCents);
              }
              case "decide": {
                const ids = [...model.pending.keys()];
                const id = ids[step.pick % Math.max(1, ids.length)];
                if (id === undefined) return;
                await services().withdrawals.process(seller.viewer, {
                  withdrawalId: id,
                  status: step.approve ? WithdrawalStatus.APPROVED : WithdrawalStatus.REJECTED,
                  receiptNumber: step.approve ? `R-${id}` : undefined,
                  paidOn: step.approve ? new Date().toISOString().slice(0, 10) : undefined,
                });
                if (step.approve) model.paidCents += model.pending.get(id)!;
                model.pending.delete(id);
                return;
              }
            }
          }

          async function request(amountCents: number): Promise<void> {
            const fits = amountCents <= model.availableCents;
            try {
              const withdrawal = await services().withdrawals.request(affiliate.viewer, {
                affiliateId: affiliate.affiliateId,
                amountCents,
              });
              // Accepted: it fitted in what was available, so none of it was on hold.
              expect({ amountCents, fits }).toEqual({ amountCents, fits: true });
              model.pending.set(withdrawal.id, amountCents);
              tally.accepted++;
            } catch (error) {
              const code = (error as { extensions?: { code?: string } }).extensions?.code;
              if (code !== "INSUFFICIENT_FUNDS") throw error;
              expect({ amountCents, fits }).toEqual({ amountCents, fits: false });
              if (model.onHoldCents > 0) {
                expect((error as Error).message).toContain("is on hold until");
                tally.refusedWhileOnHold++;
              }
              tally.refused++;
            }
          }

          async function checkBalance(): Promise<void> {
            const reported = await balanceOnDate(
              db.dataSource,
              affiliate.viewer,
              affiliate.affiliateId,
              now,
            );
            const cents = Object.fromEntries(
              Object.entries(reported).map(([key, amount]) => [
                key,
                amount.startsWith("-")
                  ? -parseDecimalToCents(amount.slice(1))
                  : parseDecimalToCents(amount),
              ]),
            );
            expect(cents).toEqual({
              earned: model.earnedCents,
              onHold: model.onHoldCents,
              available: model.availableCents,
              pending: model.pendingCents,
              paid: model.paidCents,
            });
            expect(cents.earned).toBe(
              cents.onHold! + cents.available! + cents.pending! + cents.paid!,
            );
          }
        },
      ),
      { numRuns: RUNS, interruptAfterTimeLimit: 150_000, markInterruptAsFailure: true },
    );
    expect(tally.refusedWhileOnHold).toBeGreaterThan(0);
    expect(tally.accepted).toBeGreaterThan(0);
  }, 200_000);
});
