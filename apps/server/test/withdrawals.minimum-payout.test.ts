import { countStatements } from "../src/db/statement-counter";
import { SellerService } from "../src/modules/sellers/seller.service";
import { useTestDatabase } from "./support/database";
import {
  balanceOf,
  createProgram,
  earn,
  expectApiError,
  moneyServices,
  serviceDeps,
} from "./support/fixtures";

describe("WithdrawalService.request and the seller's minimum payout", () => {
  const db = useTestDatabase({ moneyInvariants: true });
  const withdrawals = () => moneyServices(db.dataSource).withdrawals;

  async function programWithMinimum(minimumPayoutCents: number, earnedCents = 5_000) {
    const program = await createProgram(db.dataSource, { commissionValue: 500 });
    await earn(db.dataSource, program, earnedCents);
    await new SellerService(serviceDeps(db.dataSource)).updateSettings(program.seller.viewer, {
      name: null,
      minimumPayoutCents,
    });
    const ask = (amountCents: number, idempotencyKey?: string) =>
      withdrawals().request(program.affiliate.viewer, {
        affiliateId: program.affiliate.affiliateId,
        amountCents,
        idempotencyKey,
      });
    return { ...program, ask };
  }

  it('refuses an amount below the minimum on "amount", naming the minimum, and holds nothing', async () => {
    const { affiliate, ask } = await programWithMinimum(2_500);
    const refusal = ask(2_499);
    await expectApiError(refusal, "BAD_USER_INPUT", "amount");
    await expect(ask(1)).rejects.toThrow("The minimum payout is $25.00.");
    expect(await balanceOf(db.dataSource, affiliate.affiliateId)).toMatchObject({
      pendingCents: 0,
      pendingCount: 0,
      availableCents: 5_000,
    });
  });

  it("accepts exactly the minimum, and more", async () => {
    const { ask } = await programWithMinimum(2_500, 10_000);
    expect((await ask(2_500)).amountCents).toBe(2_500);
    expect((await ask(2_501)).amountCents).toBe(2_501);
  });

  it("has no minimum at 0: a single cent may be asked for", async () => {
    const { ask } = await programWithMinimum(0);
    expect((await ask(1)).amountCents).toBe(1);
  });

  it("tells a request below the minimum before one above the available balance", async () => {
    const { ask } = await programWithMinimum(10_000, 500);
    await expectApiError(ask(600), "BAD_USER_INPUT", "amount");
    await expectApiError(ask(10_000), "INSUFFICIENT_FUNDS");
  });

  it("answers a replay with the withdrawal it made, although the minimum rose since", async () => {
    const { seller, ask } = await programWithMinimum(0);
    const first = await ask(300, "retry-key-1");
    await new SellerService(serviceDeps(db.dataSource)).updateSettings(seller.viewer, {
      name: null,
      minimumPayoutCents: 2_500,
    });
    expect((await ask(300, "retry-key-1")).id).toBe(first.id);
    await expectApiError(ask(300, "retry-key-2"), "BAD_USER_INPUT", "amount");
  });

  it("reads the minimum in the locked affiliate read: no statement more than without one", async () => {
    const statementsOf = async (minimumPayoutCents: number) => {
      const { ask } = await programWithMinimum(minimumPayoutCents);
      return countStatements(async (counter) => {
        await ask(2_500);
        return counter.statements;
      });
    };
    expect(await statementsOf(2_500)).toBe(await statementsOf(0));
  });

  it("takes no write lock on the seller row (a sale locks it first): a shared lock does not block it", async () => {
    const { seller, affiliate, ask } = await programWithMinimum(100);
    const runner = db.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      // The insert's foreign key check shares this lock; a FOR UPDATE join would wait for it.
      await runner.query("SELECT id FROM sellers WHERE id = ? LOCK IN SHARE MODE", [
        seller.sellerId,
      ]);
      expect((await ask(100)).amountCents).toBe(100);
      await runner.rollbackTransaction();
    } finally {
      await runner.release();
    }
    expect((await balanceOf(db.dataSource, affiliate.affiliateId)).pendingCents).toBe(100);
  });
});
