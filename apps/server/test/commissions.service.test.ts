import { useTestDatabase } from "./support/database";
import {
  balanceOf,
  createAffiliate,
  createOffer,
  createProgram,
  createSeller,
  expectApiError,
  moneyServices,
} from "./support/fixtures";

describe("CommissionService.record", () => {
  const db = useTestDatabase({ moneyInvariants: true });

  const commissions = () => moneyServices(db.dataSource).commissions;
  let orders = 0;
  const nextOrderId = () => `order-${++orders}`;

  it("records a percentage commission and adds it to the running totals", async () => {
    const seller = await createSeller(db.dataSource, { currencyCode: "EUR" });
    const offerId = await createOffer(db.dataSource, seller.sellerId, { commissionValue: 1_250 });
    const affiliate = await createAffiliate(db.dataSource, seller.sellerId, {
      promotes: [offerId],
    });
    const occurredAt = new Date("2026-01-02T03:04:05.678Z");
    const commission = await commissions().record(seller.viewer, {
      referralCode: affiliate.referralCode,
      offerId,
      orderId: "  A-1  ",
      saleCents: 19_999,
      occurredAt,
    });
    expect(commission).toEqual({
      id: expect.stringMatching(/^\d+$/),
      affiliateId: affiliate.affiliateId,
      offerId,
      orderId: "A-1",
      saleCents: 19_999,
      amountCents: 2_500, // 12.5 % of 199.99 = 24.99875 → 25.00
      occurredAt,
      reversedAt: null,
      availableOn: "2026-01-02",
      currencyCode: "EUR",
    });
    expect(await balanceOf(db.dataSource, affiliate.affiliateId)).toMatchObject({
      salesCount: 1,
      earnedCents: 2_500,
      availableCents: 2_500,
    });
    const [promotion] = await db.dataSource.query(
      "SELECT sales_count, commission_cents FROM offer_promotions WHERE affiliate_id = ?",
      [affiliate.affiliateId],
    );
    expect([Number(promotion.sales_count), Number(promotion.commission_cents)]).toEqual([1, 2_500]);
  });

  it.each([
    [1_000, 5, 1], // 10 % of 0.05 = 0.005 → 0.01
    [1_250, 4, 1], // 12.5 % of 0.04 = 0.005 → 0.01
    [3_333, 100, 33], // 33.33 % of 1.00 = 0.3333 → 0.33
    [1_000, 4, 0], // 10 % of 0.04 = 0.004 → 0.00
    [10_000, 12_345, 12_345], // 100 %
    [1, 999_999, 100], // 0.01 % of 9999.99 = 0.9999999 → 1.00
  ])(
    "rounds %i hundredths of a percent of %i cents half-up to %i cents",
    async (percent, sale, cents) => {
      const { seller, affiliate } = await createProgram(db.dataSource);
      const offerId = await createOffer(db.dataSource, seller.sellerId, {
        commissionValue: percent,
      });
      await db.dataSource.query(
        "INSERT INTO offer_promotions (affiliate_id, offer_id) VALUES (?, ?)",
        [affiliate.affiliateId, offerId],
      );
      const commission = await commissions().record(seller.viewer, {
        referralCode: affiliate.referralCode,
        offerId,
        orderId: nextOrderId(),
        saleCents: sale,
      });
      expect(commission.amountCents).toBe(cents);
    },
  );

  it("records a FLAT commission whatever the sale amount, at the current time by default", async () => {
    const { seller, offerId, affiliate } = await createProgram(db.dataSource, {
      commissionValue: 350,
    });
    const before = Date.now();
    const commission = await commissions().record(seller.viewer, {
      referralCode: affiliate.referralCode,
      offerId,
      orderId: nextOrderId(),
      saleCents: 1,
    });
    expect(commission.amountCents).toBe(350);
    expect(commission.occurredAt.getTime()).toBeGreaterThanOrEqual(before - 1_000);
    expect(commission.occurredAt.getTime()).toBeLessThanOrEqual(Date.now() + 1_000);
  });

  it("rejects bad input with the field at fault", async () => {
    const { seller, offerId, affiliate } = await createProgram(db.dataSource);
    const sale = { referralCode: affiliate.referralCode, offerId, orderId: "x", saleCents: 100 };
    const record = (change: object) => commissions().record(seller.viewer, { ...sale, ...change });
    await expectApiError(record({ orderId: "   " }), "BAD_USER_INPUT", "orderId");
    await expectApiError(record({ orderId: "o".repeat(101) }), "BAD_USER_INPUT", "orderId");
    await expectApiError(record({ saleCents: 0 }), "BAD_USER_INPUT", "saleAmount");
    await expectApiError(record({ saleCents: -5 }), "BAD_USER_INPUT", "saleAmount");
    await expectApiError(record({ saleCents: 1.5 }), "BAD_USER_INPUT", "saleAmount");
    const inTenMinutes = new Date(Date.now() + 10 * 60_000);
    await expectApiError(record({ occurredAt: inTenMinutes }), "BAD_USER_INPUT", "occurredAt");
    await expectApiError(record({ occurredAt: new Date("nope") }), "BAD_USER_INPUT", "occurredAt");
    // A checkout clock slightly ahead is fine.
    const inOneMinute = new Date(Date.now() + 60_000);
    await expect(
      record({ orderId: "o".repeat(100), occurredAt: inOneMinute }),
    ).resolves.toMatchObject({
      orderId: "o".repeat(100),
    });
    // Characters as VARCHAR(100) counts them: 100 emoji fit although they are 200 UTF-16 units.
    await expect(record({ orderId: "🛒".repeat(100) })).resolves.toMatchObject({
      orderId: "🛒".repeat(100),
    });
    await expectApiError(record({ orderId: "🛒".repeat(101) }), "BAD_USER_INPUT", "orderId");
  });

  it("answers NOT_FOUND for another seller's referral code or offer, and FORBIDDEN without a seller", async () => {
    const mine = await createProgram(db.dataSource);
    const theirs = await createProgram(db.dataSource);
    const sale = { orderId: nextOrderId(), saleCents: 1_000 };
    await expectApiError(
      commissions().record(mine.seller.viewer, {
        ...sale,
        referralCode: theirs.affiliate.referralCode,
        offerId: mine.offerId,
      }),
      "NOT_FOUND",
    );
    await expectApiError(
      commissions().record(mine.seller.viewer, {
        ...sale,
        referralCode: mine.affiliate.referralCode,
        offerId: theirs.offerId,
      }),
      "NOT_FOUND",
    );
    await expectApiError(
      commissions().record(mine.seller.viewer, { ...sale, referralCode: "NOPE", offerId: "x1" }),
      "NOT_FOUND",
    );
    await expectApiError(
      commissions().record(mine.affiliate.viewer, {
        ...sale,
        referralCode: mine.affiliate.referralCode,
        offerId: mine.offerId,
      }),
      "FORBIDDEN",
    );
    expect((await balanceOf(db.dataSource, theirs.affiliate.affiliateId)).salesCount).toBe(0);
  });

  it("pays nothing on an inactive offer, to a DISABLED affiliate or for an offer not promoted", async () => {
    const { seller, offerId, affiliate } = await createProgram(db.dataSource);
    const inactive = await createOffer(db.dataSource, seller.sellerId, { active: false });
    const notPromoted = await createOffer(db.dataSource, seller.sellerId);
    const disabled = await createAffiliate(db.dataSource, seller.sellerId, {
      status: "DISABLED",
      promotes: [offerId],
    });
    const sale = (referralCode: string, offer: string) =>
      commissions().record(seller.viewer, {
        referralCode,
        offerId: offer,
        orderId: nextOrderId(),
        saleCents: 1_000,
      });
    await expectApiError(sale(affiliate.referralCode, inactive), "BAD_USER_INPUT", "offerId");
    await expectApiError(sale(affiliate.referralCode, notPromoted), "BAD_USER_INPUT", "offerId");
    await expectApiError(sale(disabled.referralCode, offerId), "AFFILIATE_DISABLED");
    expect((await balanceOf(db.dataSource, affiliate.affiliateId)).earnedCents).toBe(0);
    expect((await balanceOf(db.dataSource, disabled.affiliateId)).earnedCents).toBe(0);
  });

  it("is idempotent on (seller, orderId): the same payload answers the same commission once", async () => {
    const { seller, offerId, affiliate } = await createProgram(db.dataSource);
    const occurredAt = new Date("2026-03-04T05:06:07.891Z");
    const sale = {
      referralCode: affiliate.referralCode,
      offerId,
      orderId: "ORDER-77",
      saleCents: 5_000,
      occurredAt,
    };
    const first = await commissions().record(seller.viewer, sale);
    expect(await commissions().record(seller.viewer, sale)).toEqual(first);
    // occurredAt left out is no difference; the referral code matches case-insensitively.
    const { occurredAt: _, ...withoutTime } = sale;
    expect(await commissions().record(seller.viewer, withoutTime)).toEqual(first);
    expect(
      await commissions().record(seller.viewer, {
        ...sale,
        referralCode: ` ${affiliate.referralCode.toLowerCase()} `,
        offerId: `00${offerId}`,
      }),
    ).toEqual(first);
    expect(await balanceOf(db.dataSource, affiliate.affiliateId)).toMatchObject({
      salesCount: 1,
      earnedCents: 100,
    });
    // Replays answer even after the affiliate was switched off: nothing new is earned.
    await db.dataSource.query("UPDATE affiliates SET status = 'DISABLED' WHERE id = ?", [
      affiliate.affiliateId,
    ]);
    expect(await commissions().record(seller.viewer, sale)).toEqual(first);
  });

  it("answers CONFLICT when a known order comes with another payload", async () => {
    const { seller, offerId, affiliate } = await createProgram(db.dataSource);
    const other = await createAffiliate(db.dataSource, seller.sellerId, { promotes: [offerId] });
    const otherOffer = await createOffer(db.dataSource, seller.sellerId);
    const sale = {
      referralCode: affiliate.referralCode,
      offerId,
      orderId: "ORDER-C",
      saleCents: 5_000,
      occurredAt: new Date("2026-03-04T05:06:07.891Z"),
    };
    await commissions().record(seller.viewer, sale);
    const conflicting = [
      { saleCents: 5_001 },
      { referralCode: other.referralCode },
      { offerId: otherOffer },
      { occurredAt: new Date("2026-03-04T05:06:07.892Z") },
    ];
    for (const change of conflicting) {
      await expectApiError(commissions().record(seller.viewer, { ...sale, ...change }), "CONFLICT");
    }
    expect((await balanceOf(db.dataSource, affiliate.affiliateId)).salesCount).toBe(1);
    expect((await balanceOf(db.dataSource, other.affiliateId)).salesCount).toBe(0);
  });

  it("keeps order ids per seller: another seller's same order id is another sale", async () => {
    const first = await createProgram(db.dataSource);
    const second = await createProgram(db.dataSource);
    for (const { seller, offerId, affiliate } of [first, second]) {
      await commissions().record(seller.viewer, {
        referralCode: affiliate.referralCode,
        offerId,
        orderId: "SHARED-1",
        saleCents: 100,
      });
    }
    expect((await balanceOf(db.dataSource, first.affiliate.affiliateId)).salesCount).toBe(1);
    expect((await balanceOf(db.dataSource, second.affiliate.affiliateId)).salesCount).toBe(1);
  });

  it("compares order ids exactly: case and accents make another order", async () => {
    const { seller, offerId, affiliate } = await createProgram(db.dataSource);
    const orderIds = ["ord-é1", "ORD-É1", "ord-e1", "ORD-E1", "ord-e\u03011"];
    for (const orderId of orderIds) {
      const sale = { referralCode: affiliate.referralCode, offerId, orderId, saleCents: 100 };
      expect(await commissions().record(seller.viewer, sale)).toMatchObject({ orderId });
    }
    expect((await balanceOf(db.dataSource, affiliate.affiliateId)).salesCount).toBe(5);
  });
});
