import {
  FIXTURE_PASSWORD,
  createAffiliate,
  createOffer,
  createSeller,
  createUser,
  type SellerFixture,
} from "./support/fixtures";
import { startTestServer, type GraphQLTestClient, type TestServer, errorOf } from "./support/http";

const AFFILIATE_FIELDS = `id name email status joinedAt referralCode paymentMethod payoutAccount
  salesCount pendingWithdrawalCount commissionTotal { amount currencyCode }
  balance { earned { amount } available { amount } pending { amount } paid { amount } }
  seller { id slug } offers { offer { id name } salesCount commissionTotal { amount } }`;
const JOIN = `mutation Join($input: JoinAffiliateProgramInput!) {
  joinAffiliateProgram(input: $input) { ${AFFILIATE_FIELDS} }
}`;
const PROMOTE = `mutation Promote($input: PromoteOfferInput!) {
  promoteOffer(input: $input) {
    promotedSince salesCount commissionTotal { amount currencyCode } offer { id active }
  }
}`;
const SET_STATUS = `mutation SetStatus($input: SetAffiliateStatusInput!) {
  setAffiliateStatus(input: $input) { id status }
}`;
const UPDATE_PAYOUT = `mutation UpdatePayout($input: UpdatePayoutDetailsInput!) {
  updatePayoutDetails(input: $input) { id paymentMethod payoutAccount }
}`;
const AFFILIATE = `query Affiliate($id: ID!) { affiliate(id: $id) { ${AFFILIATE_FIELDS} } }`;

describe("affiliate membership over HTTP", () => {
  let server: TestServer;
  let seller: SellerFixture;
  let slug: string;
  let offerId: string;
  let inactiveOfferId: string;
  let sellerClient: GraphQLTestClient;
  let otherSellerClient: GraphQLTestClient;

  const signedIn = async (options: { name?: string } = {}) => {
    const user = await createUser(server.db.dataSource, { ...options, loginPassword: true });
    const client = server.client();
    await client.login(user.email, FIXTURE_PASSWORD);
    return { user, client };
  };
  const join = (client: GraphQLTestClient, input: Record<string, string> = {}) =>
    client.request(JOIN, {
      input: {
        sellerSlug: slug,
        paymentMethod: "PAYPAL",
        payoutAccount: "me@paypal.test",
        ...input,
      },
    });

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.db.dataSource;
    seller = await createSeller(db, { loginPassword: true, currencyCode: "EUR" });
    slug = (await db.query("SELECT slug FROM sellers WHERE id = ?", [seller.sellerId]))[0].slug;
    offerId = await createOffer(db, seller.sellerId);
    inactiveOfferId = await createOffer(db, seller.sellerId, { active: false });
    sellerClient = server.client();
    await sellerClient.login(seller.owner.email, FIXTURE_PASSWORD);
    const other = await createSeller(db, { loginPassword: true });
    otherSellerClient = server.client();
    await otherSellerClient.login(other.owner.email, FIXTURE_PASSWORD);
  });
  afterAll(async () => {
    await server.close();
  });

  it("joins a program: ACTIVE, name and email copied, zero balance in the seller's currency", async () => {
    const { user, client } = await signedIn({ name: "Clark Kent" });
    const response = await join(client, { payoutAccount: " clark.kent@dailyplanet.test " });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.joinAffiliateProgram).toEqual({
      id: expect.any(String),
      name: "Clark Kent",
      email: user.email,
      status: "ACTIVE",
      joinedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      referralCode: expect.stringMatching(/^[0-9A-Z]{10}$/),
      paymentMethod: "PAYPAL",
      payoutAccount: "clark.kent@dailyplanet.test",
      salesCount: 0,
      pendingWithdrawalCount: 0,
      commissionTotal: { amount: "0.00", currencyCode: "EUR" },
      balance: {
        earned: { amount: "0.00" },
        available: { amount: "0.00" },
        pending: { amount: "0.00" },
        paid: { amount: "0.00" },
      },
      seller: { id: seller.sellerId, slug },
      offers: [],
    });
    const me = await client.request("query { me { affiliateAccounts { id } } }");
    expect(me.body.data?.me.affiliateAccounts).toEqual([
      { id: response.body.data?.joinAffiliateProgram.id },
    ]);
  });

  it("answers every joinAffiliateProgram error with its code", async () => {
    expect(errorOf(await join(server.client()))).toEqual({ code: "UNAUTHENTICATED" });
    const { client } = await signedIn();
    expect(errorOf(await join(client, { sellerSlug: "nobody-sells-here" }))).toEqual({
      code: "NOT_FOUND",
    });
    expect(errorOf(await join(client, { payoutAccount: "not an email" }))).toEqual({
      code: "BAD_USER_INPUT",
      field: "payoutAccount",
    });
    expect(
      errorOf(await join(client, { paymentMethod: "BANK_TRANSFER", payoutAccount: "" })),
    ).toEqual({
      code: "BAD_USER_INPUT",
      field: "payoutAccount",
    });
    expect((await join(client)).body.errors).toBeUndefined();
    expect(errorOf(await join(client))).toEqual({ code: "ALREADY_EXISTS" });
  });

  it("refuses a seller joining their own program (FORBIDDEN), and records nothing", async () => {
    const response = await join(sellerClient);
    expect(errorOf(response)).toEqual({ code: "FORBIDDEN" });
    expect(response.body.errors?.[0]?.message).toMatch(/your own affiliate program/);
    const [{ members }] = await server.db.dataSource.query(
      "SELECT COUNT(*) AS members FROM affiliates WHERE seller_id = ? AND user_id = ?",
      [seller.sellerId, seller.owner.userId],
    );
    expect(Number(members)).toBe(0);
    // Another seller's owner may still join this program as an affiliate.
    expect((await join(otherSellerClient)).body.errors).toBeUndefined();
  });

  it("shows an affiliate center's public face to anyone (sellerBySlug), null for an unknown slug", async () => {
    const query = `query Face($slug: String!) {
      sellerBySlug(slug: $slug) { name slug currencyCode minimumPayout { amount currencyCode } }
    }`;
    const [row] = await server.db.dataSource.query("SELECT name FROM sellers WHERE id = ?", [
      seller.sellerId,
    ]);
    const expected = {
      name: row.name,
      slug,
      currencyCode: "EUR",
      minimumPayout: { amount: "0.00", currencyCode: "EUR" },
    };
    for (const client of [server.client(), sellerClient, otherSellerClient]) {
      const response = await client.request(query, { slug });
      expect(response.body).toEqual({ data: { sellerBySlug: expected } });
    }
    const unknown = await server.client().request(query, { slug: "no-such-center" });
    expect(unknown.body).toEqual({ data: { sellerBySlug: null } });
  });

  it("promotes an active offer idempotently; every promoteOffer error has its code", async () => {
    const { client } = await signedIn();
    const affiliateId = (await join(client)).body.data?.joinAffiliateProgram.id;
    const input = { affiliateId, offerId };
    const first = await client.request(PROMOTE, { input });
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data?.promoteOffer).toEqual({
      promotedSince: expect.any(String),
      salesCount: 0,
      commissionTotal: { amount: "0.00", currencyCode: "EUR" },
      offer: { id: offerId, active: true },
    });
    expect((await client.request(PROMOTE, { input })).body.data).toEqual(first.body.data);
    const overview = await client.request(AFFILIATE, { id: affiliateId });
    expect(overview.body.data?.affiliate.offers).toEqual([
      {
        offer: { id: offerId, name: expect.any(String) },
        salesCount: 0,
        commissionTotal: { amount: "0.00" },
      },
    ]);

    expect(errorOf(await server.client().request(PROMOTE, { input }))).toEqual({
      code: "UNAUTHENTICATED",
    });
    expect(errorOf(await sellerClient.request(PROMOTE, { input }))).toEqual({ code: "NOT_FOUND" });
    const foreignOfferId = await createOffer(
      server.db.dataSource,
      (await createSeller(server.db.dataSource)).sellerId,
    );
    expect(
      errorOf(await client.request(PROMOTE, { input: { ...input, offerId: foreignOfferId } })),
    ).toEqual({
      code: "NOT_FOUND",
    });
    expect(
      errorOf(await client.request(PROMOTE, { input: { ...input, offerId: inactiveOfferId } })),
    ).toEqual({
      code: "BAD_USER_INPUT",
      field: "offerId",
    });
    await sellerClient.request(SET_STATUS, { input: { affiliateId, status: "DISABLED" } });
    expect(errorOf(await client.request(PROMOTE, { input }))).toEqual({
      code: "AFFILIATE_DISABLED",
    });
  });

  it("lets the seller toggle the status; other tenants and non-sellers cannot", async () => {
    const { client } = await signedIn();
    const affiliateId = (await join(client)).body.data?.joinAffiliateProgram.id;
    const input = { affiliateId, status: "DISABLED" };
    const disabled = await sellerClient.request(SET_STATUS, { input });
    expect(disabled.body.data?.setAffiliateStatus).toEqual({ id: affiliateId, status: "DISABLED" });
    const enabled = await sellerClient.request(SET_STATUS, {
      input: { ...input, status: "ACTIVE" },
    });
    expect(enabled.body.data?.setAffiliateStatus).toEqual({ id: affiliateId, status: "ACTIVE" });

    expect(errorOf(await server.client().request(SET_STATUS, { input }))).toEqual({
      code: "UNAUTHENTICATED",
    });
    expect(errorOf(await client.request(SET_STATUS, { input }))).toEqual({ code: "FORBIDDEN" });
    expect(errorOf(await otherSellerClient.request(SET_STATUS, { input }))).toEqual({
      code: "NOT_FOUND",
    });
    expect(
      errorOf(
        await sellerClient.request(SET_STATUS, { input: { ...input, affiliateId: "999999" } }),
      ),
    ).toEqual({
      code: "NOT_FOUND",
    });
    expect(
      errorOf(await sellerClient.request(SET_STATUS, { input: { ...input, status: "PAUSED" } })),
    ).toMatchObject({
      code: "BAD_USER_INPUT",
    });
    const [row] = await server.db.dataSource.query("SELECT status FROM affiliates WHERE id = ?", [
      affiliateId,
    ]);
    expect(row.status).toBe("ACTIVE");
  });

  it("lets only the affiliate's own user update the payout details", async () => {
    const { client } = await signedIn();
    const affiliateId = (await join(client)).body.data?.joinAffiliateProgram.id;
    const input = {
      affiliateId,
      paymentMethod: "BANK_TRANSFER",
      payoutAccount: " NL91 ABNA 0417 1643 00 ",
    };
    const updated = await client.request(UPDATE_PAYOUT, { input });
    expect(updated.body.data?.updatePayoutDetails).toEqual({
      id: affiliateId,
      paymentMethod: "BANK_TRANSFER",
      payoutAccount: "NL91 ABNA 0417 1643 00",
    });
    expect(errorOf(await server.client().request(UPDATE_PAYOUT, { input }))).toEqual({
      code: "UNAUTHENTICATED",
    });
    expect(errorOf(await sellerClient.request(UPDATE_PAYOUT, { input }))).toEqual({
      code: "NOT_FOUND",
    });
    const stranger = (await signedIn()).client;
    expect(errorOf(await stranger.request(UPDATE_PAYOUT, { input }))).toEqual({
      code: "NOT_FOUND",
    });
    expect(
      errorOf(
        await client.request(UPDATE_PAYOUT, { input: { ...input, paymentMethod: "PAYPAL" } }),
      ),
    ).toEqual({
      code: "BAD_USER_INPUT",
      field: "payoutAccount",
    });
  });

  it("shows affiliate(id) to its seller and its own user; null to everyone else", async () => {
    const { user, client } = await signedIn();
    const affiliateId = (await join(client)).body.data?.joinAffiliateProgram.id;
    for (const viewer of [sellerClient, client]) {
      const response = await viewer.request(AFFILIATE, { id: affiliateId });
      expect(response.body.data?.affiliate).toMatchObject({ id: affiliateId, email: user.email });
    }
    const stranger = (await signedIn()).client;
    for (const viewer of [otherSellerClient, stranger]) {
      expect((await viewer.request(AFFILIATE, { id: affiliateId })).body).toEqual({
        data: { affiliate: null },
      });
    }
    expect((await sellerClient.request(AFFILIATE, { id: "not-a-number" })).body).toEqual({
      data: { affiliate: null },
    });
    expect(errorOf(await server.client().request(AFFILIATE, { id: affiliateId }))).toEqual({
      code: "UNAUTHENTICATED",
    });
    // An affiliate of another seller is invisible to this seller.
    const foreign = await createAffiliate(
      server.db.dataSource,
      (await createSeller(server.db.dataSource)).sellerId,
    );
    expect(
      (await sellerClient.request(AFFILIATE, { id: foreign.affiliateId })).body.data?.affiliate,
    ).toBeNull();
  });
});
