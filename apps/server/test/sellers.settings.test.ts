import { MAX_DECIMAL_CENTS } from "@allyhut/schema";
import { countStatements } from "../src/db/statement-counter";
import { SellerService } from "../src/modules/sellers/seller.service";
import { createTestDatabase, type TestDatabase } from "./support/database";
import { createAffiliate, createSeller, expectApiError, serviceDeps } from "./support/fixtures";

let testDb: TestDatabase;
const sellers = () => new SellerService(serviceDeps(testDb.dataSource));
const stored = async (sellerId: string) =>
  (
    await testDb.dataSource.query(
      "SELECT name, minimum_payout_cents AS minimum FROM sellers WHERE id = ?",
      [sellerId],
    )
  )[0];

beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

describe("SellerService.updateSettings", () => {
  it("starts every seller at no minimum (0) and shows it on the join page", async () => {
    const seller = await createSeller(testDb.dataSource, { currencyCode: "EUR" });
    expect((await sellers().byId(seller.sellerId)).minimumPayoutCents).toBe(0);
    const [{ slug }] = await testDb.dataSource.query("SELECT slug FROM sellers WHERE id = ?", [
      seller.sellerId,
    ]);
    expect(await sellers().bySlug(slug)).toMatchObject({
      currencyCode: "EUR",
      minimumPayoutCents: 0,
    });
  });

  it("changes the name (trimmed) and the minimum; null leaves a field as it is", async () => {
    const seller = await createSeller(testDb.dataSource);
    const service = sellers();
    const before = await service.byId(seller.sellerId);
    const changed = await service.updateSettings(seller.viewer, {
      name: "  Pasta School ",
      minimumPayoutCents: 2_500,
    });
    expect(changed).toEqual({ ...before, name: "Pasta School", minimumPayoutCents: 2_500 });
    // The same service answers with the new settings at once (its loader was cleared).
    expect(await service.byId(seller.sellerId)).toEqual(changed);
    const renamed = await sellers().updateSettings(seller.viewer, {
      name: "Pasta Academy",
      minimumPayoutCents: null,
    });
    expect(renamed.minimumPayoutCents).toBe(2_500);
    const noMinimum = await sellers().updateSettings(seller.viewer, {
      name: null,
      minimumPayoutCents: 0,
    });
    expect(noMinimum).toMatchObject({ name: "Pasta Academy", minimumPayoutCents: 0 });
    const [{ slug }] = await testDb.dataSource.query("SELECT slug FROM sellers WHERE id = ?", [
      seller.sellerId,
    ]);
    expect((await sellers().bySlug(slug))?.minimumPayoutCents).toBe(0);
  });

  it("takes the largest Decimal as a minimum, exactly", async () => {
    const seller = await createSeller(testDb.dataSource);
    const changed = await sellers().updateSettings(seller.viewer, {
      name: null,
      minimumPayoutCents: MAX_DECIMAL_CENTS,
    });
    expect(changed.minimumPayoutCents).toBe(MAX_DECIMAL_CENTS);
    expect(String((await stored(seller.sellerId)).minimum)).toBe(String(MAX_DECIMAL_CENTS));
  });

  it.each([
    [{ name: "", minimumPayoutCents: null }, "name"],
    [{ name: "   ", minimumPayoutCents: 100 }, "name"],
    [{ name: "n".repeat(101), minimumPayoutCents: null }, "name"],
    [{ name: "line\nbreak", minimumPayoutCents: null }, "name"],
    [{ name: null, minimumPayoutCents: -1 }, "minimumPayout"],
    [{ name: null, minimumPayoutCents: MAX_DECIMAL_CENTS + 1 }, "minimumPayout"],
    [{ name: null, minimumPayoutCents: 2.5 }, "minimumPayout"],
    [{ name: "Fine", minimumPayoutCents: Number.NaN }, "minimumPayout"],
  ])("refuses %p on %p and changes nothing", async (input, field) => {
    const seller = await createSeller(testDb.dataSource);
    const before = await stored(seller.sellerId);
    await expectApiError(sellers().updateSettings(seller.viewer, input), "BAD_USER_INPUT", field);
    expect(await stored(seller.sellerId)).toEqual(before);
  });

  it("is the viewer's own seller's only: a user without one (an affiliate) is FORBIDDEN", async () => {
    const seller = await createSeller(testDb.dataSource);
    const affiliate = await createAffiliate(testDb.dataSource, seller.sellerId);
    const before = await stored(seller.sellerId);
    await expectApiError(
      sellers().updateSettings(affiliate.viewer, { name: "Mine now", minimumPayoutCents: 1 }),
      "FORBIDDEN",
    );
    expect(await stored(seller.sellerId)).toEqual(before);
  });

  it("sends an update and a load: two statements; nothing to change, only the load", async () => {
    const seller = await createSeller(testDb.dataSource);
    const count = (input: { name: string | null; minimumPayoutCents: number | null }) =>
      countStatements(async (counter) => {
        await sellers().updateSettings(seller.viewer, input);
        return counter.statements;
      });
    expect(await count({ name: "Counted", minimumPayoutCents: 1_000 })).toBe(2);
    expect(await count({ name: null, minimumPayoutCents: null })).toBe(1);
  });
});
