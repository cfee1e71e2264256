import {
  AffiliateOrderField,
  AffiliateStatus,
  ErrorCode,
  SortDirection,
  type AffiliateOrderField as Field,
} from "@allyhut/schema";
import type { AffiliateModel } from "@allyhut/schema/domain";
import { encodeCursor } from "../src/modules/paging";
import { countStatements } from "../src/db/statement-counter";
import { AffiliateService } from "../src/modules/affiliates/affiliate.service";
import { createTestDatabase, type TestDatabase } from "./support/database";
import {
  createAffiliate,
  createSeller,
  createUser,
  expectApiError,
  type SellerFixture,
  serviceDeps,
} from "./support/fixtures";

let testDb: TestDatabase;
let seller: SellerFixture;
let foreignIds: string[];
const affiliates = () => new AffiliateService(serviceDeps(testDb.dataSource));

// Names, emails and totals with ties everywhere, so the id tie-break is exercised in every order.
const PEOPLE = [
  { name: "Anna", sales: 3, earned: 500, pending: 0, status: "ACTIVE" },
  { name: "anna", sales: 3, earned: 500, pending: 200, status: "ACTIVE" },
  { name: "Bruce", sales: 0, earned: 0, pending: 0, status: "DISABLED" },
  { name: "Clark", sales: 7, earned: 1250, pending: 300, status: "ACTIVE" },
  { name: "Diana", sales: 1, earned: 100, pending: 100, status: "ACTIVE" },
  { name: "100% Real_Deal", sales: 2, earned: 90, pending: 0, status: "ACTIVE" },
  { name: "Barry", sales: 7, earned: 1250, pending: 300, status: "DISABLED" },
  { name: "Hal", sales: 0, earned: 0, pending: 0, status: "ACTIVE" },
  { name: "Zatanna", sales: 12, earned: 99_999_999_999, pending: 5, status: "ACTIVE" },
  { name: "Oliver", sales: 1, earned: 100, pending: 0, status: "ACTIVE" },
  { name: "Arthur", sales: 4, earned: 300, pending: 300, status: "ACTIVE" },
  { name: "Victor", sales: 5, earned: 700, pending: 0, status: "DISABLED" },
  { name: "Billy", sales: 2, earned: 90, pending: 90, status: "ACTIVE" },
];

beforeAll(async () => {
  testDb = await createTestDatabase();
  const db = testDb.dataSource;
  seller = await createSeller(db);
  for (const [index, person] of PEOPLE.entries()) {
    const user = await createUser(db, { name: person.name });
    const { affiliateId } = await createAffiliate(db, seller.sellerId, {
      user,
      status: person.status as "ACTIVE" | "DISABLED",
    });
    // Three join instants, so JOINED_AT has ties too.
    await db.query(
      `UPDATE affiliates SET sales_count = ?, earned_cents = ?, pending_cents = ?,
         joined_at = TIMESTAMP('2026-01-01 10:00:00.123') + INTERVAL ? SECOND WHERE id = ?`,
      [person.sales, person.earned, person.pending, index % 3, affiliateId],
    );
  }
  const other = await createSeller(db);
  foreignIds = [];
  for (const name of ["Anna Foreign", "Clark Foreign"]) {
    const user = await createUser(db, { name });
    foreignIds.push((await createAffiliate(db, other.sellerId, { user })).affiliateId);
  }
});
afterAll(async () => {
  await testDb.drop();
});

const SORT_KEYS: Record<Field, (affiliate: AffiliateModel) => string | number> = {
  [AffiliateOrderField.NAME]: (affiliate) => affiliate.name.toLowerCase(),
  [AffiliateOrderField.JOINED_AT]: (affiliate) => affiliate.joinedAt.getTime(),
  [AffiliateOrderField.SALES_COUNT]: (affiliate) => affiliate.salesCount,
  [AffiliateOrderField.COMMISSION_TOTAL]: (affiliate) => affiliate.earnedCents,
  [AffiliateOrderField.PENDING_TOTAL]: (affiliate) => affiliate.pendingCents,
};

async function allPages(
  orderBy: { field: Field; direction: SortDirection },
  first: number,
  filters: { search?: string; status?: AffiliateStatus } = {},
): Promise<AffiliateModel[]> {
  const seen: AffiliateModel[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const connection = await affiliates().list(seller.viewer, {
      first,
      after,
      orderBy,
      ...filters,
    });
    expect(connection.nodes.length).toBeLessThanOrEqual(first);
    seen.push(...connection.nodes);
    if (!connection.hasNextPage) return seen;
    expect(connection.nodes).toHaveLength(first);
    after = connection.endCursor;
  }
  throw new Error("paging never ended");
}

describe("AffiliateService.list", () => {
  const orders = Object.values(AffiliateOrderField).flatMap((field) =>
    Object.values(SortDirection).map((direction) => [field, direction] as const),
  );

  it.each(orders)(
    "pages by %s %s: every affiliate once, sorted, ties broken by id",
    async (field, direction) => {
      const rows = await allPages({ field, direction }, 4);
      expect(rows).toHaveLength(PEOPLE.length);
      expect(new Set(rows.map((row) => row.id)).size).toBe(PEOPLE.length);
      const sign = direction === SortDirection.ASC ? 1 : -1;
      const key = SORT_KEYS[field];
      const expected = [...rows].sort((a, b) => {
        const [x, y] = [key(a), key(b)];
        if (x !== y) return (x < y ? -1 : 1) * sign;
        return (Number(a.id) - Number(b.id)) * sign;
      });
      expect(rows.map((row) => row.id)).toEqual(expected.map((row) => row.id));
      expect(rows.every((row) => row.sellerId === seller.sellerId)).toBe(true);
    },
  );

  it("defaults to the newest members first", async () => {
    const page = await affiliates().list(seller.viewer, { first: 100 });
    const newestFirst = await allPages(
      { field: AffiliateOrderField.JOINED_AT, direction: SortDirection.DESC },
      100,
    );
    expect(page.nodes.map((row) => row.id)).toEqual(newestFirst.map((row) => row.id));
  });

  it("maps the running totals and counts the whole filtered list", async () => {
    const page = await affiliates().list(seller.viewer, {
      first: 2,
      orderBy: { field: AffiliateOrderField.COMMISSION_TOTAL, direction: SortDirection.DESC },
    });
    expect(page.nodes[0]).toMatchObject({
      name: "Zatanna",
      salesCount: 12,
      earnedCents: 99_999_999_999,
      pendingCents: 5,
    });
    await expect(page.totalCount()).resolves.toBe(PEOPLE.length);
    const disabled = await affiliates().list(seller.viewer, {
      first: 2,
      status: AffiliateStatus.DISABLED,
    });
    await expect(disabled.totalCount()).resolves.toBe(3);
    expect(disabled.hasNextPage).toBe(true);
  });

  it("searches names and emails case-insensitively, with % and _ taken literally", async () => {
    const names = async (search: string, status?: AffiliateStatus) =>
      (
        await allPages({ field: AffiliateOrderField.NAME, direction: SortDirection.ASC }, 3, {
          search,
          status,
        })
      )
        .map((row) => row.name)
        .sort();
    expect(await names("  ANNA ")).toEqual(["Anna", "Zatanna", "anna"].sort());
    expect(await names("%")).toEqual(["100% Real_Deal"]);
    expect(await names("_")).toEqual(["100% Real_Deal"]);
    expect(await names("l%D")).toEqual([]);
    expect(await names("0__R")).toEqual([]);
    // Letters that fixture emails (user-<hex>@fixture.test) never contain.
    expect(await names("o", AffiliateStatus.DISABLED)).toEqual(["Victor"]);
    expect(await names("RR")).toEqual(["Barry"]);
    const [clark] = (await affiliates().list(seller.viewer, { first: 1, search: "clark" })).nodes;
    expect(await names(clark!.email.toUpperCase())).toEqual(["Clark"]);
    const counted = await affiliates().list(seller.viewer, { first: 1, search: "anna" });
    await expect(counted.totalCount()).resolves.toBe(3);
    await expectApiError(
      affiliates().list(seller.viewer, { first: 5, search: "x".repeat(101) }),
      ErrorCode.BAD_USER_INPUT,
      "search",
    );
  });

  it("never shows another seller's affiliates; a user without a seller is FORBIDDEN", async () => {
    const all = await affiliates().list(seller.viewer, { first: 100, search: "Foreign" });
    expect(all.nodes).toEqual([]);
    await expect(all.totalCount()).resolves.toBe(0);
    const everyone = await affiliates().list(seller.viewer, { first: 100 });
    expect(everyone.nodes.map((row) => row.id)).not.toEqual(
      expect.arrayContaining([foreignIds[0]]),
    );
    const user = await createUser(testDb.dataSource);
    await expectApiError(affiliates().list(user.viewer, { first: 5 }), ErrorCode.FORBIDDEN);
  });

  it("refuses a cursor that is not one of this order's", async () => {
    const byName = { field: AffiliateOrderField.NAME, direction: SortDirection.ASC };
    const bySales = { field: AffiliateOrderField.SALES_COUNT, direction: SortDirection.ASC };
    const nameCursor = (await affiliates().list(seller.viewer, { first: 1, orderBy: byName }))
      .endCursor;
    for (const [after, orderBy] of [
      ["garbage", byName],
      [nameCursor, bySales],
      [encodeCursor(["SALES_COUNT:abc", "1"]), bySales],
      [encodeCursor([7, "1"]), bySales],
      [
        encodeCursor(["JOINED_AT:99999999999999999", "1"]),
        { ...bySales, field: AffiliateOrderField.JOINED_AT },
      ],
    ] as const) {
      await expectApiError(
        affiliates().list(seller.viewer, { first: 5, after, orderBy }),
        ErrorCode.BAD_USER_INPUT,
        "after",
      );
    }
    for (const first of [0, 101]) {
      await expectApiError(
        affiliates().list(seller.viewer, { first }),
        ErrorCode.BAD_USER_INPUT,
        "first",
      );
    }
  });

  it("costs one statement per page and one for the count, whatever the page size", async () => {
    for (const first of [2, 13]) {
      await countStatements(async (count) => {
        const page = await affiliates().list(seller.viewer, { first, search: "a" });
        await page.totalCount();
        expect(count.statements).toBe(2);
      });
    }
  });
});
