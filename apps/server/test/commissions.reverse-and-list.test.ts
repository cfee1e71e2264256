import { WithdrawalStatus } from "@allyhut/schema";
import pino from "pino";
import { countStatements } from "../src/db/statement-counter";
import { createServices } from "../src/modules/services";
import { useTestDatabase } from "./support/database";
import { balanceOf, createProgram, earn, expectApiError, moneyServices } from "./support/fixtures";

const silentLog = pino({ level: "silent" });

describe("CommissionService.reverse and listOfAffiliate", () => {
  const db = useTestDatabase({ moneyInvariants: true });

  const services = () => moneyServices(db.dataSource);

  async function sale(program: Awaited<ReturnType<typeof createProgram>>, orderId: string) {
    return services().commissions.record(program.seller.viewer, {
      referralCode: program.affiliate.referralCode,
      offerId: program.offerId,
      orderId,
      saleCents: 2_000,
    });
  }

  it("reverses a sale once: the totals drop by its amount and a replay answers the same", async () => {
    const program = await createProgram(db.dataSource, { commissionValue: 250 });
    await sale(program, "KEEP");
    const recorded = await sale(program, "REFUND");
    const reversed = await services().commissions.reverse(program.seller.viewer, " REFUND ");
    expect(reversed).toEqual({ ...recorded, reversedAt: expect.any(Date) });
    expect(await balanceOf(db.dataSource, program.affiliate.affiliateId)).toMatchObject({
      salesCount: 1,
      earnedCents: 250,
    });
    expect(await services().commissions.reverse(program.seller.viewer, "REFUND")).toEqual(reversed);
    expect(await balanceOf(db.dataSource, program.affiliate.affiliateId)).toMatchObject({
      salesCount: 1,
      earnedCents: 250,
    });
    // A reversed order is still known: recording it again answers the reversed commission.
    expect(await sale(program, "REFUND")).toEqual(reversed);
  });

  it("answers NOT_FOUND for an unknown order or another seller's, FORBIDDEN without a seller", async () => {
    const mine = await createProgram(db.dataSource);
    const theirs = await createProgram(db.dataSource);
    await sale(theirs, "THEIRS-1");
    await expectApiError(
      services().commissions.reverse(mine.seller.viewer, "THEIRS-1"),
      "NOT_FOUND",
    );
    await expectApiError(services().commissions.reverse(mine.seller.viewer, "NOPE"), "NOT_FOUND");
    await expectApiError(
      services().commissions.reverse(theirs.affiliate.viewer, "THEIRS-1"),
      "FORBIDDEN",
    );
    expect((await balanceOf(db.dataSource, theirs.affiliate.affiliateId)).salesCount).toBe(1);
  });

  it("claws back a paid-out commission: available goes negative and no request is accepted", async () => {
    const program = await createProgram(db.dataSource, { commissionValue: 1_000 });
    await sale(program, "PAID-THEN-REFUNDED");
    const { withdrawals } = services();
    const withdrawal = await withdrawals.request(program.affiliate.viewer, {
      affiliateId: program.affiliate.affiliateId,
      amountCents: 1_000,
    });
    await withdrawals.process(program.seller.viewer, {
      withdrawalId: withdrawal.id,
      status: WithdrawalStatus.APPROVED,
      receiptNumber: "R-1",
      paidOn: new Date().toISOString().slice(0, 10),
    });
    await services().commissions.reverse(program.seller.viewer, "PAID-THEN-REFUNDED");
    expect(await balanceOf(db.dataSource, program.affiliate.affiliateId)).toMatchObject({
      earnedCents: 0,
      paidCents: 1_000,
      availableCents: -1_000,
    });
    await expect(
      withdrawals.request(program.affiliate.viewer, {
        affiliateId: program.affiliate.affiliateId,
        amountCents: 1,
      }),
    ).rejects.toMatchObject({
      extensions: { code: "INSUFFICIENT_FUNDS" },
      message: expect.stringContaining("-10.00 USD"),
    });
    await earn(db.dataSource, program, 2_000);
    expect((await balanceOf(db.dataSource, program.affiliate.affiliateId)).availableCents).toBe(
      1_000,
    );
  });

  it("lists an affiliate's commissions newest first, reversed ones included, page by page", async () => {
    const program = await createProgram(db.dataSource, { commissionValue: 100 });
    const recorded = [];
    for (let order = 1; order <= 7; order++) recorded.push(await sale(program, `LIST-${order}`));
    await services().commissions.reverse(program.seller.viewer, "LIST-3");
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page = await services().commissions.listOfAffiliate(program.affiliate.affiliateId, {
        first: 3,
        after,
      });
      expect(await page.totalCount()).toBe(7);
      seen.push(...page.nodes.map((commission) => commission.orderId));
      after = page.hasNextPage ? page.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(["LIST-7", "LIST-6", "LIST-5", "LIST-4", "LIST-3", "LIST-2", "LIST-1"]);
    const all = await services().commissions.listOfAffiliate(program.affiliate.affiliateId, {
      first: 100,
    });
    expect(all.hasNextPage).toBe(false);
    expect(all.nodes.find((c) => c.orderId === "LIST-3")?.reversedAt).toBeInstanceOf(Date);
    expect(all.nodes.find((c) => c.orderId === "LIST-1")).toEqual(recorded[0]);
    // Each commission's offer is read in the same statement: looking it up afterwards costs none.
    const request = createServices({
      db: db.dataSource,
      log: silentLog,
      clientAddress: "127.0.0.1",
    });
    const listOne = recorded[0]!;
    await countStatements(async (count) => {
      const page = await request.commissions.listOfAffiliate(program.affiliate.affiliateId, {
        first: 100,
      });
      expect(page.nodes.find((c) => c.orderId === "LIST-1")).toEqual(listOne);
      expect(await request.offers.byId(listOne.offerId)).toEqual(
        expect.objectContaining({ id: listOne.offerId, sellerId: program.seller.sellerId }),
      );
      expect(count.statements).toBe(1);
    });
    // A page past the end has no row to carry the count: it is counted on its own.
    const seven = await services().commissions.listOfAffiliate(program.affiliate.affiliateId, {
      first: 7,
    });
    const past = await services().commissions.listOfAffiliate(program.affiliate.affiliateId, {
      first: 7,
      after: seven.endCursor,
    });
    expect(past.nodes).toEqual([]);
    expect(await past.totalCount()).toBe(7);
  });

  it("gives an empty page for an affiliate without sales and refuses foreign cursors", async () => {
    const program = await createProgram(db.dataSource);
    const empty = await services().commissions.listOfAffiliate(program.affiliate.affiliateId, {
      first: 5,
    });
    expect(empty).toMatchObject({ nodes: [], hasNextPage: false, endCursor: null });
    expect(await empty.totalCount()).toBe(0);
    const list = (after: string) =>
      services().commissions.listOfAffiliate(program.affiliate.affiliateId, { first: 5, after });
    await expectApiError(list("garbage"), "BAD_USER_INPUT", "after");
    const foreign = Buffer.from(JSON.stringify(["AMOUNT:5", "1"])).toString("base64url");
    await expectApiError(list(foreign), "BAD_USER_INPUT", "after");
    await expect(
      services().commissions.listOfAffiliate("not-an-id", { first: 5 }),
    ).resolves.toMatchObject({ nodes: [] });
  });
});
