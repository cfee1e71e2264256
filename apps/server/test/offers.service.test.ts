import { CommissionType, ErrorCode } from "@allyhut/schema";
import { countStatements } from "../src/db/statement-counter";
import { OfferService } from "../src/modules/offers/offer.service";
import { createTestDatabase, type TestDatabase } from "./support/database";
import {
  createOffer,
  createSeller,
  createUser,
  expectApiError,
  serviceDeps,
} from "./support/fixtures";

let testDb: TestDatabase;
const deps = () => serviceDeps(testDb.dataSource);

beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(async () => {
  await testDb.drop();
});

describe("OfferService", () => {
  it("creates active offers in the seller's currency: percentage and flat", async () => {
    const seller = await createSeller(testDb.dataSource, { currencyCode: "GBP" });
    const offers = new OfferService(deps());
    const percentage = await offers.create(seller.viewer, {
      name: "  Masterclass ",
      priceCents: 19_999,
      commissionType: CommissionType.PERCENTAGE,
      commissionValueHundredths: 1_250,
    });
    expect(percentage).toEqual({
      id: expect.any(String),
      sellerId: seller.sellerId,
      name: "Masterclass",
      priceCents: 19_999,
      commissionType: CommissionType.PERCENTAGE,
      commissionValueHundredths: 1_250,
      active: true,
      url: null,
      holdDays: 0,
      currencyCode: "GBP",
    });
    const flat = await offers.create(seller.viewer, {
      name: "Ebook",
      priceCents: 1_000,
      commissionType: CommissionType.FLAT,
      commissionValueHundredths: 1_000,
    });
    expect(flat).toMatchObject({
      commissionType: CommissionType.FLAT,
      commissionValueHundredths: 1_000,
    });
    expect(await new OfferService(deps()).byId(flat.id)).toEqual(flat);
  });

  it("accepts 0 % and 100 %, and a flat 0", async () => {
    const seller = await createSeller(testDb.dataSource);
    const offers = new OfferService(deps());
    for (const [commissionType, commissionValueHundredths] of [
      [CommissionType.PERCENTAGE, 0],
      [CommissionType.PERCENTAGE, 10_000],
      [CommissionType.FLAT, 0],
    ] as const) {
      await expect(
        offers.create(seller.viewer, {
          name: "Edge",
          priceCents: 500,
          commissionType,
          commissionValueHundredths,
        }),
      ).resolves.toMatchObject({ commissionValueHundredths });
    }
  });

  it.each([
    ["a blank name", { name: "  " }, "name"],
    ["a name of 201 characters", { name: "o".repeat(201) }, "name"],
    ["a price of 0", { priceCents: 0 }, "price"],
    ["a negative price", { priceCents: -100 }, "price"],
    ["a fractional price", { priceCents: 10.5 }, "price"],
    ["a percentage over 100", { commissionValueHundredths: 10_001 }, "commissionValue"],
    ["a negative percentage", { commissionValueHundredths: -1 }, "commissionValue"],
    [
      "a flat commission above the price",
      { commissionType: CommissionType.FLAT, priceCents: 1_000, commissionValueHundredths: 1_001 },
      "commissionValue",
    ],
    [
      "a negative flat commission",
      { commissionType: CommissionType.FLAT, commissionValueHundredths: -5 },
      "commissionValue",
    ],
    ["an unknown commission type", { commissionType: "BONUS" as CommissionType }, "commissionType"],
  ])("refuses %s with BAD_USER_INPUT on its field", async (_label, change, field) => {
    const seller = await createSeller(testDb.dataSource);
    const input = {
      name: "Offer",
      priceCents: 5_000,
      commissionType: CommissionType.PERCENTAGE,
      commissionValueHundredths: 1_000,
      ...change,
    };
    await expectApiError(
      new OfferService(deps()).create(seller.viewer, input),
      ErrorCode.BAD_USER_INPUT,
      field,
    );
  });

  it("is FORBIDDEN to a user without a seller", async () => {
    const user = await createUser(testDb.dataSource);
    await expectApiError(
      new OfferService(deps()).create(user.viewer, {
        name: "Offer",
        priceCents: 100,
        commissionType: CommissionType.FLAT,
        commissionValueHundredths: 10,
      }),
      ErrorCode.FORBIDDEN,
    );
  });

  it("loads offers of different sellers by id in one statement; an unknown id is NOT_FOUND", async () => {
    const first = await createSeller(testDb.dataSource, { currencyCode: "USD" });
    const second = await createSeller(testDb.dataSource, { currencyCode: "CHF" });
    const ids = [
      await createOffer(testDb.dataSource, first.sellerId),
      await createOffer(testDb.dataSource, second.sellerId),
    ];
    await countStatements(async (count) => {
      const offers = new OfferService(deps());
      const loaded = await Promise.all([...ids, ids[0]!].map((id) => offers.byId(id)));
      expect(count.statements).toBe(1);
      expect(loaded.map((offer) => offer.currencyCode)).toEqual(["USD", "CHF", "USD"]);
    });
    await expectApiError(new OfferService(deps()).byId("987654321"), ErrorCode.NOT_FOUND);
  });
});
