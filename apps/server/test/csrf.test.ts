import {
  FIXTURE_PASSWORD,
  createAffiliate,
  createOffer,
  createSeller,
  type AffiliateFixture,
} from "./support/fixtures";
import {
  startTestServer,
  type AnyData,
  type GraphQLTestClient,
  type TestServer,
} from "./support/http";

// A forged cross-site request: a form or fetch() a browser sends without a CORS preflight.
const DISABLE = (affiliateId: string) =>
  JSON.stringify({
    query: `mutation { setAffiliateStatus(input: { affiliateId: "${affiliateId}", status: DISABLED }) { id status } }`,
  });

describe("CSRF prevention", () => {
  let server: TestServer;
  let seller: GraphQLTestClient;
  let affiliate: AffiliateFixture;

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.db.dataSource;
    const owner = await createSeller(db, { loginPassword: true });
    const offerId = await createOffer(db, owner.sellerId);
    affiliate = await createAffiliate(db, owner.sellerId, { promotes: [offerId] });
    seller = server.client();
    await seller.login(owner.owner.email, FIXTURE_PASSWORD);
  });
  afterAll(() => server.close());

  const statusOfAffiliate = async (): Promise<string> => {
    const [row] = await server.db.dataSource.query("SELECT status FROM affiliates WHERE id = ?", [
      affiliate.affiliateId,
    ]);
    return row.status;
  };

  /** Posts with the seller's cookie, as a browser would on a forged cross-site request. */
  const post = (headers: Record<string, string>, body: string) =>
    fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { cookie: seller.cookieHeader(), origin: "https://evil.example", ...headers },
      body,
    });

  async function expectBlocked(response: Response): Promise<void> {
    expect(response.status).toBe(400);
    const body = (await response.json()) as AnyData;
    expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(body.errors[0].message).toMatch(/Cross-Site Request Forgery/);
    expect(response.headers.get("x-sql-statements")).toBeNull();
  }

  it.each([
    ["text/plain", "text/plain"],
    ["text/plain with a charset", "text/plain; charset=utf-8"],
    ["an urlencoded form", "application/x-www-form-urlencoded"],
    ["a multipart form", "multipart/form-data; boundary=x"],
  ])("refuses a POST as %s and changes nothing", async (_, contentType) => {
    await expectBlocked(
      await post({ "content-type": contentType }, DISABLE(affiliate.affiliateId)),
    );
    expect(await statusOfAffiliate()).toBe("ACTIVE");
  });

  it("refuses a POST without a content type", async () => {
    await expectBlocked(await post({}, DISABLE(affiliate.affiliateId)));
    expect(await statusOfAffiliate()).toBe("ACTIVE");
  });

  it("refuses a GET without a preflight-forcing header, and a mutation by GET in any case", async () => {
    const query = encodeURIComponent("{ me { id email } }");
    const get = (headers: Record<string, string>, search = `query=${query}`) =>
      fetch(`${server.url}/graphql?${search}`, {
        headers: { cookie: seller.cookieHeader(), ...headers },
      });
    await expectBlocked(await get({}));
    const preflighted = await get({ "apollo-require-preflight": "true" });
    expect(preflighted.status).toBe(200);
    expect(((await preflighted.json()) as AnyData).data.me.id).toBeTruthy();
    const named = await get({ "x-apollo-operation-name": "Me" });
    expect(named.status).toBe(200);
    const mutation = encodeURIComponent(
      `mutation { setAffiliateStatus(input: { affiliateId: "${affiliate.affiliateId}", status: DISABLED }) { id } }`,
    );
    const byGet = await get({ "apollo-require-preflight": "true" }, `query=${mutation}`);
    expect(byGet.status).toBe(405);
    expect(await statusOfAffiliate()).toBe("ACTIVE");
  });

  it("grants no cross-origin reads: no CORS headers, also on a preflight", async () => {
    const preflight = await fetch(`${server.url}/graphql`, {
      method: "OPTIONS",
      headers: {
        origin: "https://evil.example",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
      },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    expect(preflight.headers.get("access-control-allow-credentials")).toBeNull();
    const response = await post(
      { "content-type": "application/json" },
      '{"query":"{ me { id } }"}',
    );
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("accepts a JSON POST: the SPA's own requests work", async () => {
    const response = await seller.request(
      "mutation Disable($input: SetAffiliateStatusInput!) { setAffiliateStatus(input: $input) { id status } }",
      { input: { affiliateId: affiliate.affiliateId, status: "DISABLED" } },
    );
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      data: { setAffiliateStatus: { id: affiliate.affiliateId, status: "DISABLED" } },
    });
    expect(await statusOfAffiliate()).toBe("DISABLED");
  });
});
