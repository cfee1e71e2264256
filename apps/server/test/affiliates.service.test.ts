import { AffiliateStatus, ErrorCode, PaymentMethod } from "@allyhut/schema";
import { countStatements } from "../src/db/statement-counter";
import { AffiliateService } from "../src/modules/affiliates/affiliate.service";
import { createTestDatabase, type TestDatabase } from "./support/database";
import {
  createAffiliate,
  createOffer,
  createSeller,
  createUser,
  expectApiError,
  promote,
  type SellerFixture,
  serviceDeps,
} from "./support/fixtures";

let testDb: TestDatabase;
const affiliates = () => new AffiliateService(serviceDeps(testDb.dataSource));
const slugOf = async (sellerId: string): Promise<string> =>
  (await testDb.dataSource.query("SELECT slug FROM sellers WHERE id = ?", [sellerId]))[0].slug;

beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(async () => {
  await testDb.drop();
});

describe("join", () => {
  let seller: SellerFixture;
  let slug: string;
  beforeAll(async () => {
    seller = await createSeller(testDb.dataSource, { currencyCode: "EUR" });
    slug = await slugOf(seller.sellerId);
  });

  it("makes the user an ACTIVE affiliate with their name, email and a fresh referral code", async () => {
    const user = await createUser(testDb.dataSource, { name: "Clark Kent" });
    const affiliate = await affiliates().join(user.viewer, {
      sellerSlug: ` ${slug} `,
      paymentMethod: PaymentMethod.PAYPAL,
      payoutAccount: "  clark.kent@dailyplanet.test ",
    });
    expect(affiliate).toEqual({
      id: expect.any(String),
      sellerId: seller.sellerId,
      userId: user.userId,
      name: "Clark Kent",
      email: user.email,
      status: AffiliateStatus.ACTIVE,
      joinedAt: expect.any(Date),
      referralCode: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{10}$/),
      paymentMethod: PaymentMethod.PAYPAL,
      payoutAccount: "clark.kent@dailyplanet.test",
      salesCount: 0,
      earnedCents: 0,
      pendingCents: 0,
      paidCents: 0,
      pendingWithdrawalCount: 0,
      currencyCode: "EUR",
    });
    expect(Math.abs(affiliate.joinedAt.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it("gives every affiliate a different referral code", async () => {
    const codes = new Set<string>();
    for (let n = 0; n < 10; n++) {
      const user = await createUser(testDb.dataSource);
      const affiliate = await affiliates().join(user.viewer, {
        sellerSlug: slug,
        paymentMethod: PaymentMethod.BANK_TRANSFER,
        payoutAccount: "DE89 3704 0044 0532 0130 00",
      });
      codes.add(affiliate.referralCode);
    }
    expect(codes.size).toBe(10);
  });

  it("answers NOT_FOUND for an unknown slug and ALREADY_EXISTS for a second membership", async () => {
    const user = await createUser(testDb.dataSource);
    const input = { paymentMethod: PaymentMethod.PAYPAL, payoutAccount: user.email };
    await expectApiError(
      affiliates().join(user.viewer, { ...input, sellerSlug: "no-such-seller" }),
      ErrorCode.NOT_FOUND,
    );
    await affiliates().join(user.viewer, { ...input, sellerSlug: slug });
    await expectApiError(
      affiliates().join(user.viewer, { ...input, sellerSlug: slug }),
      ErrorCode.ALREADY_EXISTS,
    );
  });

  it.each([
    ["a blank account", PaymentMethod.BANK_TRANSFER, "   "],
    ["an account of 255 characters", PaymentMethod.BANK_TRANSFER, "1".repeat(255)],
    ["a PayPal account that is not an email", PaymentMethod.PAYPAL, "clark-kent"],
  ])(
    "refuses %s with BAD_USER_INPUT on payoutAccount",
    async (_label, paymentMethod, payoutAccount) => {
      const user = await createUser(testDb.dataSource);
      await expectApiError(
        affiliates().join(user.viewer, { sellerSlug: slug, paymentMethod, payoutAccount }),
        ErrorCode.BAD_USER_INPUT,
        "payoutAccount",
      );
    },
  );
});

describe("get, setStatus and updatePayoutDetails", () => {
  it("shows an affiliate to its seller and to its own user only", async () => {
    const seller = await createSeller(testDb.dataSource);
    const other = await createSeller(testDb.dataSource);
    const affiliate = await createAffiliate(testDb.dataSource, seller.sellerId);
    const stranger = await createUser(testDb.dataSource);
    await expect(affiliates().get(seller.viewer, affiliate.affiliateId)).resolves.toMatchObject({
      id: affiliate.affiliateId,
    });
    await expect(affiliates().get(affiliate.viewer, affiliate.affiliateId)).resolves.toMatchObject({
      id: affiliate.affiliateId,
    });
    await expect(affiliates().get(other.viewer, affiliate.affiliateId)).resolves.toBeNull();
    await expect(affiliates().get(stranger.viewer, affiliate.affiliateId)).resolves.toBeNull();
    await expect(affiliates().get(seller.viewer, "abc")).resolves.toBeNull();
    await expect(affiliates().get(seller.viewer, "999999999")).resolves.toBeNull();
  });

  it("lets only the owning seller switch an affiliate off and on", async () => {
    const seller = await createSeller(testDb.dataSource);
    const other = await createSeller(testDb.dataSource);
    const affiliate = await createAffiliate(testDb.dataSource, seller.sellerId);
    const input = { affiliateId: affiliate.affiliateId, status: AffiliateStatus.DISABLED };
    await expectApiError(affiliates().setStatus(other.viewer, input), ErrorCode.NOT_FOUND);
    await expectApiError(affiliates().setStatus(affiliate.viewer, input), ErrorCode.FORBIDDEN);
    await expectApiError(
      affiliates().setStatus(seller.viewer, { ...input, affiliateId: "x1" }),
      ErrorCode.NOT_FOUND,
    );
    await expectApiError(
      affiliates().setStatus(seller.viewer, { ...input, status: "PAUSED" as AffiliateStatus }),
      ErrorCode.BAD_USER_INPUT,
      "status",
    );
    await expect(affiliates().setStatus(seller.viewer, input)).resolves.toMatchObject({
      status: AffiliateStatus.DISABLED,
    });
    // Setting the same status again changes nothing and still answers the affiliate.
    await expect(affiliates().setStatus(seller.viewer, input)).resolves.toMatchObject({
      status: AffiliateStatus.DISABLED,
    });
    await expect(
      affiliates().setStatus(seller.viewer, { ...input, status: AffiliateStatus.ACTIVE }),
    ).resolves.toMatchObject({ status: AffiliateStatus.ACTIVE });
  });

  it("lets only the affiliate's own user change the payout details, trimmed and checked", async () => {
    const seller = await createSeller(testDb.dataSource);
    const affiliate = await createAffiliate(testDb.dataSource, seller.sellerId, {
      status: "DISABLED",
    });
    const stranger = await createUser(testDb.dataSource);
    const input = {
      affiliateId: affiliate.affiliateId,
      paymentMethod: PaymentMethod.BANK_TRANSFER,
      payoutAccount: "  GB29 NWBK 6016 1331 9268 19 ",
    };
    await expectApiError(
      affiliates().updatePayoutDetails(seller.viewer, input),
      ErrorCode.NOT_FOUND,
    );
    await expectApiError(
      affiliates().updatePayoutDetails(stranger.viewer, input),
      ErrorCode.NOT_FOUND,
    );
    await expectApiError(
      affiliates().updatePayoutDetails(affiliate.viewer, {
        ...input,
        paymentMethod: PaymentMethod.PAYPAL,
      }),
      ErrorCode.BAD_USER_INPUT,
      "payoutAccount",
    );
    // A DISABLED affiliate keeps its money, so it may still say where to be paid.
    await expect(affiliates().updatePayoutDetails(affiliate.viewer, input)).resolves.toMatchObject({
      paymentMethod: PaymentMethod.BANK_TRANSFER,
      payoutAccount: "GB29 NWBK 6016 1331 9268 19",
    });
  });
});

describe("promoteOffer", () => {
  it("promotes an active offer of the same seller once, and answers the same promotion again", async () => {
    const seller = await createSeller(testDb.dataSource, { currencyCode: "CAD" });
    const offerId = await createOffer(testDb.dataSource, seller.sellerId);
    const affiliate = await createAffiliate(testDb.dataSource, seller.sellerId);
    const input = { affiliateId: affiliate.affiliateId, offerId };
    const promotion = await affiliates().promoteOffer(affiliate.viewer, input);
    expect(promotion).toEqual({
      affiliateId: affiliate.affiliateId,
      offerId,
      promotedSince: expect.any(Date),
      salesCount: 0,
      commissionCents: 0,
      currencyCode: "CAD",
    });
    await expect(affiliates().promoteOffer(affiliate.viewer, input)).resolves.toEqual(promotion);
    const [both] = await Promise.all([
      affiliates().promoteOffer(affiliate.viewer, input),
      affiliates().promoteOffer(affiliate.viewer, input),
    ]);
    expect(both).toEqual(promotion);
    const rows = await testDb.dataSource.query(
      "SELECT COUNT(*) AS n FROM offer_promotions WHERE affiliate_id = ?",
      [affiliate.affiliateId],
    );
    expect(Number(rows[0].n)).toBe(1);
  });

  it("answers every error with its code", async () => {
    const seller = await createSeller(testDb.dataSource);
    const other = await createSeller(testDb.dataSource);
    const offerId = await createOffer(testDb.dataSource, seller.sellerId);
    const inactiveOfferId = await createOffer(testDb.dataSource, seller.sellerId, {
      active: false,
    });
    const foreignOfferId = await createOffer(testDb.dataSource, other.sellerId);
    const affiliate = await createAffiliate(testDb.dataSource, seller.sellerId);
    const disabled = await createAffiliate(testDb.dataSource, seller.sellerId, {
      status: "DISABLED",
    });
    const input = { affiliateId: affiliate.affiliateId, offerId };
    // Only the affiliate's own user: not the seller, not another user.
    await expectApiError(affiliates().promoteOffer(seller.viewer, input), ErrorCode.NOT_FOUND);
    await expectApiError(affiliates().promoteOffer(disabled.viewer, input), ErrorCode.NOT_FOUND);
    await expectApiError(
      affiliates().promoteOffer(affiliate.viewer, { ...input, affiliateId: "nope" }),
      ErrorCode.NOT_FOUND,
    );
    await expectApiError(
      affiliates().promoteOffer(disabled.viewer, { affiliateId: disabled.affiliateId, offerId }),
      ErrorCode.AFFILIATE_DISABLED,
    );
    await expectApiError(
      affiliates().promoteOffer(affiliate.viewer, { ...input, offerId: foreignOfferId }),
      ErrorCode.NOT_FOUND,
    );
    await expectApiError(
      affiliates().promoteOffer(affiliate.viewer, { ...input, offerId: "1.5" }),
      ErrorCode.NOT_FOUND,
    );
    await expectApiError(
      affiliates().promoteOffer(affiliate.viewer, { ...input, offerId: inactiveOfferId }),
      ErrorCode.BAD_USER_INPUT,
      "offerId",
    );
    const rows = await testDb.dataSource.query(
      "SELECT 1 FROM offer_promotions WHERE affiliate_id IN (?, ?)",
      [affiliate.affiliateId, disabled.affiliateId],
    );
    expect(rows).toHaveLength(0);
  });
});

describe("batched reads", () => {
  it("loads affiliates by id and their promotions in one statement each, whatever their number", async () => {
    const seller = await createSeller(testDb.dataSource, { currencyCode: "AUD" });
    const offerIds = [
      await createOffer(testDb.dataSource, seller.sellerId),
      await createOffer(testDb.dataSource, seller.sellerId),
    ];
    const ids: string[] = [];
    for (let n = 0; n < 6; n++) {
      const affiliate = await createAffiliate(testDb.dataSource, seller.sellerId);
      for (const offerId of offerIds.slice(0, n % 3))
        await promote(testDb.dataSource, affiliate.affiliateId, offerId);
      ids.push(affiliate.affiliateId);
    }
    await countStatements(async (count) => {
      const service = affiliates();
      const [loaded, promotions] = await Promise.all([
        Promise.all(ids.map((id) => service.byId(id))),
        Promise.all(ids.map((id) => service.promotionsOf(id))),
      ]);
      expect(count.statements).toBe(2);
      expect(loaded.map((affiliate) => affiliate.id)).toEqual(ids);
      expect(promotions.map((list) => list.length)).toEqual([0, 1, 2, 0, 1, 2]);
      expect(promotions[2]!.map((promotion) => promotion.offerId)).toEqual(offerIds);
      expect(promotions[2]![0]!.currencyCode).toBe("AUD");
    });
    await expectApiError(affiliates().byId("123456789"), ErrorCode.NOT_FOUND);
    await expect(affiliates().promotionsOf("123456789")).resolves.toEqual([]);
  });
});
