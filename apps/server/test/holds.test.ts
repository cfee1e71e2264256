import { CommissionType } from "@allyhut/schema";
import type { Services } from "@allyhut/schema/domain";
import { createServices } from "../src/modules/services";
import { balanceOnDate } from "./support/api-balance";
import { useTestDatabase } from "./support/database";
import {
  createAffiliate,
  createOffer,
  createSeller,
  expectApiError,
  serviceDeps,
} from "./support/fixtures";
import { expectMoneyInvariants } from "./support/money-invariants";

// The hold period by an injected clock: a commission is on hold until its availableOn, and leaves
// the hold on that date with nothing to run. Each step builds the request's services afresh.
describe("hold period", () => {
  const db = useTestDatabase({ moneyInvariants: true });
  let clock = new Date("2026-03-01T10:00:00.000Z");
  const now = () => clock;
  const services = (): Services => createServices({ ...serviceDeps(db.dataSource), now });
  const onDate = (date: string) => (clock = new Date(`${date}T10:00:00.000Z`));

  async function programWithHold(holdDays: number) {
    const seller = await createSeller(db.dataSource);
    const offerId = await createOffer(db.dataSource, seller.sellerId, {
      commissionType: "FLAT",
      commissionValue: 1_000,
      holdDays,
    });
    const affiliate = await createAffiliate(db.dataSource, seller.sellerId, {
      promotes: [offerId],
    });
    let orders = 0;
    const sell = (occurredAt?: Date) =>
      services().commissions.record(seller.viewer, {
        referralCode: affiliate.referralCode,
        offerId,
        orderId: `hold-${affiliate.affiliateId}-${++orders}`,
        saleCents: 5_000,
        occurredAt,
      });
    const balance = () =>
      balanceOnDate(db.dataSource, affiliate.viewer, affiliate.affiliateId, now);
    const request = (amountCents: number) =>
      services().withdrawals.request(affiliate.viewer, {
        affiliateId: affiliate.affiliateId,
        amountCents,
      });
    return { seller, offerId, affiliate, sell, balance, request };
  }

  it("holds a sale until its availableOn and releases it that day, with no job", async () => {
    onDate("2026-03-01");
    const { sell, balance, request } = await programWithHold(30);
    const commission = await sell();
    expect(commission.availableOn).toBe("2026-03-31");
    expect(await balance()).toEqual({
      earned: "10.00",
      onHold: "10.00",
      available: "0.00",
      pending: "0.00",
      paid: "0.00",
    });
    await expect(request(100)).rejects.toMatchObject({
      extensions: { code: "INSUFFICIENT_FUNDS" },
      message:
        "Insufficient funds: 0.00 USD is available to withdraw. 10.00 USD is on hold until 2026-03-31.",
    });
    onDate("2026-03-30");
    expect((await balance()).onHold).toBe("10.00");
    await expectMoneyInvariants(db.dataSource, { on: "2026-03-30" });
    onDate("2026-03-31");
    expect(await balance()).toMatchObject({ onHold: "0.00", available: "10.00" });
    await request(1_000);
    expect(await balance()).toMatchObject({ earned: "10.00", available: "0.00", pending: "10.00" });
    await expectMoneyInvariants(db.dataSource, { on: "2026-03-31" });
  });

  it("counts a sale from its UTC date, and says when the first of several holds ends", async () => {
    onDate("2026-03-10");
    const { sell, request } = await programWithHold(7);
    const late = await sell(new Date("2026-03-01T23:59:59.999Z"));
    const next = await sell(new Date("2026-03-02T00:00:00.000Z"));
    expect([late.availableOn, next.availableOn]).toEqual(["2026-03-08", "2026-03-09"]);
    await sell(new Date("2026-03-09T08:00:00.000Z"));
    await sell();
    // 20.00 available (the two old sales), 20.00 on hold until the 16th and 17th.
    await expect(request(2_001)).rejects.toMatchObject({
      message:
        "Insufficient funds: 20.00 USD is available to withdraw. 20.00 USD is on hold until 2026-03-17 (the first of it becomes available on 2026-03-16).",
    });
    await request(2_000);
  });

  it("keeps a recorded availableOn when the offer's hold changes; new sales take the new hold", async () => {
    onDate("2026-03-01");
    const { seller, offerId, sell } = await programWithHold(30);
    const before = await sell();
    const offer = await services().offers.update(seller.viewer, {
      offerId,
      name: null,
      priceCents: null,
      commissionType: null,
      commissionValueHundredths: null,
      url: null,
      holdDays: 0,
      active: null,
    });
    expect(offer.holdDays).toBe(0);
    const after = await sell();
    const [row] = await db.dataSource.query("SELECT available_on FROM commissions WHERE id = ?", [
      before.id,
    ]);
    expect([row.available_on, after.availableOn]).toEqual(["2026-03-31", "2026-03-01"]);
  });

  it("reversing a sale on hold takes it out of onHold and leaves available as it was", async () => {
    onDate("2026-03-01");
    const { seller, sell, balance } = await programWithHold(14);
    onDate("2026-02-01");
    await sell();
    onDate("2026-03-01");
    const held = await sell();
    expect(await balance()).toMatchObject({ earned: "20.00", onHold: "10.00", available: "10.00" });
    await services().commissions.reverse(seller.viewer, held.orderId);
    expect(await balance()).toMatchObject({ earned: "10.00", onHold: "0.00", available: "10.00" });
  });

  it("importSales records each line with its offer's hold", async () => {
    onDate("2026-03-01");
    const { seller, offerId, affiliate } = await programWithHold(10);
    const answer = await services().commissions.importSales(seller.viewer, {
      dryRun: false,
      rows: [
        {
          line: 2,
          orderId: "imp-1",
          referralCode: affiliate.referralCode,
          offer: offerId,
          saleAmount: "50.00",
          occurredAt: "2026-02-25",
        },
        {
          line: 3,
          orderId: "imp-2",
          referralCode: affiliate.referralCode,
          offer: offerId,
          saleAmount: "50.00",
          occurredAt: "",
        },
      ],
    });
    expect(answer.lines.map((line) => line.commission?.availableOn)).toEqual([
      "2026-03-07",
      "2026-03-11",
    ]);
  });

  it("createOffer and updateOffer take 0–365 days, 0 when omitted; anything else is BAD_USER_INPUT", async () => {
    const seller = await createSeller(db.dataSource);
    const input = {
      name: "Course",
      priceCents: 10_000,
      commissionType: CommissionType.FLAT,
      commissionValueHundredths: 100,
      url: null,
    };
    expect((await services().offers.create(seller.viewer, input)).holdDays).toBe(0);
    const offer = await services().offers.create(seller.viewer, { ...input, holdDays: 365 });
    expect(offer.holdDays).toBe(365);
    for (const holdDays of [-1, 366, 2 ** 40, 1.5]) {
      await expectApiError(
        services().offers.create(seller.viewer, { ...input, holdDays }),
        "BAD_USER_INPUT",
        "holdDays",
      );
      await expectApiError(
        services().offers.update(seller.viewer, {
          offerId: offer.id,
          name: null,
          priceCents: null,
          commissionType: null,
          commissionValueHundredths: null,
          url: null,
          holdDays,
          active: null,
        }),
        "BAD_USER_INPUT",
        "holdDays",
      );
    }
    expect((await services().offers.byId(offer.id)).holdDays).toBe(365);
  });
});
