import { FIXTURE_PASSWORD, createAffiliate, createSeller, createUser } from "./support/fixtures";
import { startTestServer, type GraphQLTestClient, type TestServer, errorOf } from "./support/http";

const CREATE_SELLER = `mutation CreateSeller($input: CreateSellerInput!) {
  createSeller(input: $input) { id name slug currencyCode offers { id } }
}`;
const CREATE_OFFER = `mutation CreateOffer($input: CreateOfferInput!) {
  createOffer(input: $input) {
    id name active commissionType commissionValue price { amount currencyCode }
  }
}`;
const MY_SELLER =
  "query { me { seller { id name slug currencyCode offers { id name price { amount } } } } }";

const PASSWORD = "seller password 1";
let counter = 0;
const fresh = (prefix: string): string => `${prefix}-${process.pid}-${++counter}`;

describe("createSeller and createOffer over HTTP", () => {
  let server: TestServer;
  const signedUp = async (): Promise<GraphQLTestClient> => {
    const client = server.client();
    await client.signUp("Coach", `${fresh("coach")}@sellers.test`, PASSWORD);
    return client;
  };

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it("makes the signed-in user a seller (USD by default), seen at once through me", async () => {
    const client = await signedUp();
    const slug = fresh("demo-coaching");
    const created = await client.request(CREATE_SELLER, { input: { name: "Demo Coaching", slug } });
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data?.createSeller).toEqual({
      id: expect.any(String),
      name: "Demo Coaching",
      slug,
      currencyCode: "USD",
      offers: [],
    });
    const me = await client.request(MY_SELLER);
    expect(me.body.data?.me.seller).toEqual({ ...created.body.data?.createSeller, offers: [] });
  });

  it("answers every createSeller error with its code", async () => {
    const anonymous = server.client();
    const input = { name: "Shop", slug: fresh("shop"), currencyCode: "EUR" };
    expect(errorOf(await anonymous.request(CREATE_SELLER, { input }))).toEqual({
      code: "UNAUTHENTICATED",
    });
    const client = await signedUp();
    for (const [change, field] of [
      [{ name: "  " }, "name"],
      [{ slug: "Not A Slug" }, "slug"],
      [{ currencyCode: "JPY" }, "currencyCode"],
    ] as const) {
      const response = await client.request(CREATE_SELLER, { input: { ...input, ...change } });
      expect(errorOf(response)).toEqual({ code: "BAD_USER_INPUT", field });
    }
    expect((await client.request(CREATE_SELLER, { input })).body.errors).toBeUndefined();
    // A second seller for the same user, and a slug someone else already has.
    const second = await client.request(CREATE_SELLER, {
      input: { ...input, slug: fresh("shop") },
    });
    expect(errorOf(second)).toEqual({ code: "ALREADY_EXISTS" });
    const other = await signedUp();
    const taken = await other.request(CREATE_SELLER, { input });
    expect(errorOf(taken)).toEqual({ code: "ALREADY_EXISTS", field: "slug" });
  });

  it("creates offers with Decimal money in the seller's currency", async () => {
    const client = await signedUp();
    await client.request(CREATE_SELLER, {
      input: { name: "Chef", slug: fresh("chef"), currencyCode: "GBP" },
    });
    const percentage = await client.request(CREATE_OFFER, {
      input: {
        name: "Italian Cooking Masterclass",
        price: "199.9",
        commissionType: "PERCENTAGE",
        commissionValue: "12.5",
      },
    });
    expect(percentage.body.errors).toBeUndefined();
    expect(percentage.body.data?.createOffer).toEqual({
      id: expect.any(String),
      name: "Italian Cooking Masterclass",
      active: true,
      commissionType: "PERCENTAGE",
      commissionValue: "12.50",
      price: { amount: "199.90", currencyCode: "GBP" },
    });
    const flat = await client.request(CREATE_OFFER, {
      input: { name: "Knife skills", price: "49", commissionType: "FLAT", commissionValue: "5" },
    });
    expect(flat.body.data?.createOffer).toMatchObject({
      commissionValue: "5.00",
      price: { amount: "49.00" },
    });
    const me = await client.request(MY_SELLER);
    expect(me.body.data?.me.seller.offers).toEqual([
      {
        id: percentage.body.data?.createOffer.id,
        name: "Italian Cooking Masterclass",
        price: { amount: "199.90" },
      },
      { id: flat.body.data?.createOffer.id, name: "Knife skills", price: { amount: "49.00" } },
    ]);
  });

  it("answers every createOffer error with its code", async () => {
    const input = {
      name: "Offer",
      price: "10.00",
      commissionType: "FLAT",
      commissionValue: "1.00",
    };
    expect(errorOf(await server.client().request(CREATE_OFFER, { input }))).toEqual({
      code: "UNAUTHENTICATED",
    });
    // Signed in but not a seller (an affiliate, say): FORBIDDEN.
    const db = server.db.dataSource;
    const owner = await createSeller(db);
    const affiliateUser = await createUser(db, { loginPassword: true });
    await createAffiliate(db, owner.sellerId, { user: affiliateUser });
    const affiliate = server.client();
    await affiliate.login(affiliateUser.email, FIXTURE_PASSWORD);
    expect(errorOf(await affiliate.request(CREATE_OFFER, { input }))).toEqual({
      code: "FORBIDDEN",
    });
    const seller = await createSeller(db, { loginPassword: true });
    const client = server.client();
    await client.login(seller.owner.email, FIXTURE_PASSWORD);
    for (const [change, field] of [
      [{ name: "" }, "name"],
      [{ price: "0" }, "price"],
      [{ price: "-5" }, "price"],
      [{ price: "1.001" }, "price"],
      [{ commissionValue: "10.01" }, "commissionValue"],
      [{ commissionType: "PERCENTAGE", commissionValue: "100.01" }, "commissionValue"],
    ] as const) {
      const response = await client.request(CREATE_OFFER, { input: { ...input, ...change } });
      expect(errorOf(response)).toEqual({ code: "BAD_USER_INPUT", field });
    }
    const [row] = await db.query("SELECT COUNT(*) AS n FROM offers WHERE seller_id = ?", [
      seller.sellerId,
    ]);
    expect(Number(row.n)).toBe(0);
  });
});
