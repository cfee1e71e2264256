import type { DataSource } from "typeorm";
import { FIXTURE_PASSWORD, createProgram, createUser } from "./support/fixtures";
import { errorOf, startTestServer, type GraphQLTestClient, type TestServer } from "./support/http";
import { sessionCookieFor } from "./support/matrix-world";
import { expectMoneyInvariants } from "./support/money-invariants";

const OFFER_FIELDS = "id name price { amount } commissionType commissionValue url active";
const UPDATE = `mutation Update($input: UpdateOfferInput!) { updateOffer(input: $input) { ${OFFER_FIELDS} } }`;
const CREATE = `mutation Create($input: CreateOfferInput!) { createOffer(input: $input) { ${OFFER_FIELDS} } }`;
const MY_OFFERS = `query { me { seller { offers { ${OFFER_FIELDS} } } } }`;
const RECORD = `mutation Record($input: RecordSaleInput!) { recordSale(input: $input) { amount { amount } } }`;
const COMMISSIONS = `query Commissions($id: ID!) {
  affiliate(id: $id) { commissionTotal { amount } commissions(first: 10) { nodes { orderId amount { amount } } } }
}`;

describe("createOffer's url and updateOffer over HTTP", () => {
  let server: TestServer;
  let db: DataSource;
  let program: Awaited<ReturnType<typeof createProgram>>;
  let other: Awaited<ReturnType<typeof createProgram>>;
  let seller: GraphQLTestClient;

  beforeAll(async () => {
    server = await startTestServer();
    db = server.db.dataSource;
    program = await createProgram(db, { loginPassword: true, commissionValue: 100 });
    other = await createProgram(db);
    seller = server.client();
    await seller.login(program.seller.owner.email, FIXTURE_PASSWORD);
  });
  afterAll(async () => {
    await expectMoneyInvariants(db);
    await server.close();
  });

  const offer = (change: object = {}) => ({
    input: {
      name: "Course",
      price: "10.00",
      commissionType: "FLAT",
      commissionValue: "1.00",
      ...change,
    },
  });
  const update = (offerId: string, change: object) =>
    seller.request(UPDATE, { input: { offerId, ...change } });
  const newOfferId = async (change: object = {}) =>
    (await seller.request(CREATE, offer(change))).body.data?.createOffer.id as string;

  it("createOffer stores the sales page trimmed; null or blank is none", async () => {
    const created = await seller.request(
      CREATE,
      offer({ url: "  https://coach.test/course?x=1 " }),
    );
    expect(created.body.data?.createOffer).toMatchObject({ url: "https://coach.test/course?x=1" });
    for (const url of [null, "", "   "]) {
      const none = await seller.request(CREATE, offer({ url }));
      expect(none.body.data?.createOffer.url).toBeNull();
    }
  });

  it.each([
    ["http://", "http://coach.test/course"],
    ["javascript:", "javascript:alert(1)"],
    ["no address", "coach.test/course"],
    ["no domain name", "https://localhost/course"],
    ["over 2000 characters", `https://coach.test/${"a".repeat(1982)}`],
  ])("createOffer and updateOffer refuse a url with %s: BAD_USER_INPUT on url", async (_, url) => {
    expect(errorOf(await seller.request(CREATE, offer({ url })))).toEqual({
      code: "BAD_USER_INPUT",
      field: "url",
    });
    expect(errorOf(await update(program.offerId, { url }))).toEqual({
      code: "BAD_USER_INPUT",
      field: "url",
    });
  });

  it("accepts a url of exactly 2000 characters", async () => {
    const url = `https://coach.test/${"a".repeat(1981)}`;
    expect([...url]).toHaveLength(2000);
    expect((await seller.request(CREATE, offer({ url }))).body.data?.createOffer.url).toBe(url);
  });

  it('changes only the fields sent; url "" removes the sales page; active toggles', async () => {
    const offerId = await newOfferId({ url: "https://coach.test/a" });
    const renamed = await update(offerId, { name: "  Course 2 ", price: "20" });
    expect(renamed.body.data?.updateOffer).toEqual({
      id: offerId,
      name: "Course 2",
      price: { amount: "20.00" },
      commissionType: "FLAT",
      commissionValue: "1.00",
      url: "https://coach.test/a",
      active: true,
    });
    const off = await update(offerId, {
      url: "",
      active: false,
      commissionType: "PERCENTAGE",
      commissionValue: "12.5",
    });
    const expected = {
      ...renamed.body.data?.updateOffer,
      url: null,
      active: false,
      commissionType: "PERCENTAGE",
      commissionValue: "12.50",
    };
    expect(off.body.data?.updateOffer).toEqual(expected);
    const nothing = await update(offerId, {});
    expect(nothing.body.data?.updateOffer).toEqual(expected);
    const mine = await seller.request(MY_OFFERS);
    expect(mine.body.data?.me.seller.offers).toContainEqual(expected);
    expect((await update(offerId, { active: true })).body.data?.updateOffer.active).toBe(true);
  });

  it.each([
    ["a blank name", { name: "  " }, "name"],
    ["a price of 0", { price: "0" }, "price"],
    [
      "a percentage over 100",
      { commissionType: "PERCENTAGE", commissionValue: "100.01" },
      "commissionValue",
    ],
    ["a flat commission over the price", { commissionValue: "100.01" }, "commissionValue"],
    ["only the price, below the flat commission", { price: "0.99" }, "commissionValue"],
    [
      "a new commission type without its value",
      { commissionType: "PERCENTAGE" },
      "commissionValue",
    ],
  ])("judges what is sent as createOffer does: %s is BAD_USER_INPUT", async (_, change, field) => {
    const before = await db.query("SELECT * FROM offers WHERE id = ?", [program.offerId]);
    expect(errorOf(await update(program.offerId, change))).toEqual({
      code: "BAD_USER_INPUT",
      field,
    });
    expect(await db.query("SELECT * FROM offers WHERE id = ?", [program.offerId])).toEqual(before);
  });

  it("lowers the price below the flat commission when the commission comes down with it", async () => {
    const offerId = await newOfferId();
    const both = await update(offerId, { price: "0.50", commissionValue: "0.50" });
    expect(both.body.data?.updateOffer).toMatchObject({
      price: { amount: "0.50" },
      commissionValue: "0.50",
    });
  });

  it("NOT_FOUND for another seller's offer, an unknown id or no id; FORBIDDEN without a seller", async () => {
    const before = await db.query("SELECT * FROM offers WHERE id = ?", [other.offerId]);
    for (const offerId of [other.offerId, "987654321", "abc", "", "1 OR 1=1"]) {
      expect(errorOf(await update(offerId, { name: "Mine now" }))).toEqual({ code: "NOT_FOUND" });
    }
    expect(await db.query("SELECT * FROM offers WHERE id = ?", [other.offerId])).toEqual(before);
    const member = server.client();
    const cookie = await sessionCookieFor(db, (await createUser(db)).userId);
    const answer = await member.request(
      UPDATE,
      { input: { offerId: program.offerId, name: "X" } },
      { cookie },
    );
    expect(errorOf(answer)).toEqual({ code: "FORBIDDEN" });
  });

  it("a new commission counts for sales recorded afterwards; recorded ones keep their amounts", async () => {
    const sale = (orderId: string) => ({
      input: {
        referralCode: program.affiliate.referralCode,
        offerId: program.offerId,
        orderId,
        saleAmount: "10.00",
      },
    });
    expect((await seller.request(RECORD, sale("BEFORE"))).body.data?.recordSale.amount.amount).toBe(
      "1.00",
    );
    await update(program.offerId, { commissionValue: "2.50" });
    expect((await seller.request(RECORD, sale("AFTER"))).body.data?.recordSale.amount.amount).toBe(
      "2.50",
    );
    // A replay of the first order answers what it earned then.
    expect((await seller.request(RECORD, sale("BEFORE"))).body.data?.recordSale.amount.amount).toBe(
      "1.00",
    );
    const listed = await seller.request(COMMISSIONS, { id: program.affiliate.affiliateId });
    expect(listed.body.data?.affiliate.commissionTotal.amount).toBe("3.50");
    expect(listed.body.data?.affiliate.commissions.nodes).toEqual(
      expect.arrayContaining([
        { orderId: "BEFORE", amount: { amount: "1.00" } },
        { orderId: "AFTER", amount: { amount: "2.50" } },
      ]),
    );
  });

  it("an offer taken off sale takes no sale until it is back on sale", async () => {
    const offerId = await newOfferId();
    await db.query("INSERT INTO offer_promotions (affiliate_id, offer_id) VALUES (?, ?)", [
      program.affiliate.affiliateId,
      offerId,
    ]);
    const sale = {
      input: {
        referralCode: program.affiliate.referralCode,
        offerId,
        orderId: `OFF-${offerId}`,
        saleAmount: "10",
      },
    };
    await update(offerId, { active: false });
    expect(errorOf(await seller.request(RECORD, sale))).toEqual({
      code: "BAD_USER_INPUT",
      field: "offerId",
    });
    await update(offerId, { active: true });
    expect((await seller.request(RECORD, sale)).body.errors).toBeUndefined();
  });
});
