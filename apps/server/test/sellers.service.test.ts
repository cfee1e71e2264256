import { ErrorCode } from "@allyhut/schema";
import { countStatements } from "../src/db/statement-counter";
import { SellerService } from "../src/modules/sellers/seller.service";
import { UserService } from "../src/modules/users/user.service";
import { createTestDatabase, type TestDatabase } from "./support/database";
import {
  createAffiliate,
  createOffer,
  createSeller,
  createUser,
  expectApiError,
  serviceDeps,
} from "./support/fixtures";

let testDb: TestDatabase;
const deps = () => serviceDeps(testDb.dataSource);
let slugCounter = 0;
const freshSlug = (): string => `shop-${process.pid}-${++slugCounter}`;

beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(async () => {
  await testDb.drop();
});

describe("SellerService.create", () => {
  it("makes the user a seller with the trimmed name and slug and the chosen currency", async () => {
    const user = await createUser(testDb.dataSource);
    const slug = freshSlug();
    const seller = await new SellerService(deps()).create(user.viewer, {
      name: "  Demo Coaching ",
      slug: ` ${slug} `,
      currencyCode: "EUR",
    });
    expect(seller).toEqual({
      id: expect.any(String),
      name: "Demo Coaching",
      slug,
      currencyCode: "EUR",
      minimumPayoutCents: 0,
    });
    expect(await new UserService(deps()).sellerOfUser(user.userId)).toEqual(seller);
  });

  it("refuses a second seller for the same user, also when the viewer does not know it yet", async () => {
    const user = await createUser(testDb.dataSource);
    const sellers = new SellerService(deps());
    const first = await sellers.create(user.viewer, {
      name: "One",
      slug: freshSlug(),
      currencyCode: "USD",
    });
    await expectApiError(
      sellers.create(
        { userId: user.userId, sellerId: first.id },
        {
          name: "Two",
          slug: freshSlug(),
          currencyCode: "USD",
        },
      ),
      ErrorCode.ALREADY_EXISTS,
    );
    // A stale viewer (sellerId still null) is stopped by the unique owner key.
    await expectApiError(
      sellers.create(user.viewer, { name: "Two", slug: freshSlug(), currencyCode: "USD" }),
      ErrorCode.ALREADY_EXISTS,
    );
  });

  it("refuses a taken slug with ALREADY_EXISTS on slug", async () => {
    const slug = freshSlug();
    const sellers = new SellerService(deps());
    await sellers.create((await createUser(testDb.dataSource)).viewer, {
      name: "First",
      slug,
      currencyCode: "USD",
    });
    await expectApiError(
      sellers.create((await createUser(testDb.dataSource)).viewer, {
        name: "Second",
        slug,
        currencyCode: "USD",
      }),
      ErrorCode.ALREADY_EXISTS,
      "slug",
    );
  });

  it.each([
    ["a blank name", { name: " " }, "name"],
    ["a name of 101 characters", { name: "x".repeat(101) }, "name"],
    ["a slug of 2 characters", { slug: "ab" }, "slug"],
    ["a slug of 61 characters", { slug: "a".repeat(61) }, "slug"],
    ["a slug with capitals", { slug: "Demo-coaching" }, "slug"],
    ["a slug starting with a dash", { slug: "-demo" }, "slug"],
    ["a slug ending with a dash", { slug: "demo-" }, "slug"],
    ["a slug with a space", { slug: "demo coaching" }, "slug"],
    ["a slug with an accent", { slug: "café-club" }, "slug"],
    ["a currency that is not ISO 4217", { currencyCode: "XYZ" }, "currencyCode"],
    ["a currency with 0 minor digits", { currencyCode: "JPY" }, "currencyCode"],
    ["a currency with 3 minor digits", { currencyCode: "KWD" }, "currencyCode"],
    ["a lower-case currency", { currencyCode: "usd" }, "currencyCode"],
  ])("refuses %s with BAD_USER_INPUT on its field", async (_label, change, field) => {
    const user = await createUser(testDb.dataSource);
    const input = { name: "Shop", slug: freshSlug(), currencyCode: "USD", ...change };
    await expectApiError(
      new SellerService(deps()).create(user.viewer, input),
      ErrorCode.BAD_USER_INPUT,
      field,
    );
    const rows = await testDb.dataSource.query("SELECT 1 FROM sellers WHERE owner_user_id = ?", [
      user.userId,
    ]);
    expect(rows).toHaveLength(0);
  });

  it("accepts 3- and 60-character slugs with inner dashes and digits", async () => {
    const sellers = new SellerService(deps());
    for (const slug of ["a1z", `x${process.pid}-${"9".repeat(40)}`.padEnd(60, "b")]) {
      const user = await createUser(testDb.dataSource);
      await expect(
        sellers.create(user.viewer, { name: "Ok", slug, currencyCode: "GBP" }),
      ).resolves.toMatchObject({
        slug,
      });
    }
  });
});

describe("batched reads", () => {
  it("loads sellers, their offers and users' sellers and memberships in one statement each", async () => {
    const sellerIds: string[] = [];
    const ownerIds: string[] = [];
    for (let n = 0; n < 4; n++) {
      const seller = await createSeller(testDb.dataSource, { currencyCode: n % 2 ? "EUR" : "USD" });
      sellerIds.push(seller.sellerId);
      ownerIds.push(seller.owner.userId);
      await createOffer(testDb.dataSource, seller.sellerId);
      await createOffer(testDb.dataSource, seller.sellerId, { active: false });
    }
    const member = await createUser(testDb.dataSource);
    for (const sellerId of sellerIds.slice(0, 3)) {
      await createAffiliate(testDb.dataSource, sellerId, { user: member });
    }
    await countStatements(async (count) => {
      const sellers = new SellerService(deps());
      const users = new UserService(deps());
      const [loaded, offers, owned, accounts] = await Promise.all([
        Promise.all(sellerIds.map((id) => sellers.byId(id))),
        Promise.all(sellerIds.map((id) => sellers.offersOf(id))),
        Promise.all([...ownerIds, member.userId].map((id) => users.sellerOfUser(id))),
        Promise.all([member.userId, ownerIds[0]!].map((id) => users.affiliateAccounts(id))),
      ]);
      expect(count.statements).toBe(4);
      expect(loaded.map((seller) => seller.id)).toEqual(sellerIds);
      expect(loaded.map((seller) => seller.currencyCode)).toEqual(["USD", "EUR", "USD", "EUR"]);
      expect(offers.map((list) => list.map((offer) => offer.active))).toEqual(
        sellerIds.map(() => [true, false]),
      );
      expect(
        offers[1]!.every(
          (offer) => offer.sellerId === sellerIds[1] && offer.currencyCode === "EUR",
        ),
      ).toBe(true);
      expect(owned.map((seller) => seller?.id ?? null)).toEqual([...sellerIds, null]);
      expect(accounts[0]!.map((affiliate) => affiliate.sellerId)).toEqual(sellerIds.slice(0, 3));
      expect(accounts[0]!.map((affiliate) => affiliate.currencyCode)).toEqual([
        "USD",
        "EUR",
        "USD",
      ]);
      expect(accounts[1]).toEqual([]);
    });
  });

  it("answers users.byId with the user or null; sellers.byId of an unknown id fails", async () => {
    const user = await createUser(testDb.dataSource, { name: "Known" });
    const users = new UserService(deps());
    await expect(users.byId(user.userId)).resolves.toEqual({
      id: user.userId,
      name: "Known",
      email: user.email,
    });
    await expect(users.byId("999999999")).resolves.toBeNull();
    await expect(users.byId("not-an-id")).resolves.toBeNull();
    await expect(new SellerService(deps()).byId("999999999")).rejects.toThrow();
  });
});
