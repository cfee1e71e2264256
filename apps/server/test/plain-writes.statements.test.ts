import { CommissionType } from "@allyhut/schema";
import type { Request, Response } from "express";
import { countStatements } from "../src/db/statement-counter";
import { AuthService } from "../src/modules/auth/auth.service";
import { createSessionControl, resolveViewer } from "../src/modules/auth/session";
import { OfferService } from "../src/modules/offers/offer.service";
import { SellerService } from "../src/modules/sellers/seller.service";
import { createTestDatabase, type TestDatabase } from "./support/database";
import { createSeller, createUser, serviceDeps } from "./support/fixtures";

let testDb: TestDatabase;
const deps = () => serviceDeps(testDb.dataSource);

beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

/** The statements `work` sends, and its result. */
async function counted<T>(work: () => Promise<T>): Promise<{ statements: number; result: T }> {
  return countStatements(async (count) => {
    const result = await work();
    return { statements: count.statements, result };
  });
}

describe("plain reads and writes send one statement each", () => {
  it("sign-up: the taken check and the insert", async () => {
    const { statements } = await counted(() =>
      new AuthService(deps()).signUp({
        name: "Ann",
        email: `ann-${process.pid}@statements.test`,
        password: "long-enough-password",
      }),
    );
    expect(statements).toBe(2);
  });

  it("a seller: its insert, and a read by slug", async () => {
    const user = await createUser(testDb.dataSource);
    const sellers = new SellerService(deps());
    const slug = `statements-${process.pid}`;
    const created = await counted(() =>
      sellers.create(user.viewer, { name: "Shop", slug, currencyCode: "USD" }),
    );
    const read = await counted(() => sellers.bySlug(slug));
    expect([created.statements, read.statements]).toEqual([1, 1]);
  });

  it("an offer: its insert then its load; a change locks, updates and loads", async () => {
    const seller = await createSeller(testDb.dataSource);
    const offers = new OfferService(deps());
    const input = {
      name: "Course",
      priceCents: 10_000,
      commissionType: CommissionType.PERCENTAGE,
      commissionValueHundredths: 1_000,
      url: null,
    };
    const created = await counted(() => offers.create(seller.viewer, input));
    const updated = await counted(() =>
      new OfferService(deps()).update(seller.viewer, {
        offerId: created.result.id,
        name: "Course 2",
        priceCents: null,
        commissionType: null,
        commissionValueHundredths: null,
        url: null,
        active: false,
      } as never),
    );
    // START TRANSACTION, SELECT … FOR UPDATE, UPDATE, COMMIT, and the load.
    expect([created.statements, updated.statements]).toEqual([2, 5]);
  });

  it("a session: sign-in deletes the old and expired ones and inserts; sign-out deletes", async () => {
    const user = await createUser(testDb.dataSource);
    const cookies: Record<string, string> = {};
    const res = {
      cookie: (name: string, value: string) => (cookies[name] = value),
      clearCookie: (name: string) => delete cookies[name],
    } as unknown as Response;
    const request = (): Request =>
      ({
        headers: {
          cookie: Object.entries(cookies)
            .map(([k, v]) => `${k}=${v}`)
            .join("; "),
        },
      }) as Request;
    const options = { secureCookies: false };
    const first = await counted(() =>
      createSessionControl(testDb.dataSource, request(), res, options).signIn(user.userId),
    );
    const again = await counted(() =>
      createSessionControl(testDb.dataSource, request(), res, options).signIn(user.userId),
    );
    expect(await resolveViewer(testDb.dataSource, request())).toEqual({
      userId: user.userId,
      sellerId: null,
      user: { id: user.userId, name: expect.any(String), email: expect.any(String) },
    });
    const out = await counted(() =>
      createSessionControl(testDb.dataSource, request(), res, options).signOut(),
    );
    expect(cookies).toEqual({});
    expect([first.statements, again.statements, out.statements]).toEqual([2, 3, 1]);
  });
});
