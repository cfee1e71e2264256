import { FIXTURE_PASSWORD, createProgram, earn } from "./support/fixtures";
import { errorOf, startTestServer, type GraphQLTestClient, type TestServer } from "./support/http";
import { expectMoneyInvariants } from "./support/money-invariants";

const SETTINGS = `mutation Settings($input: UpdateSellerSettingsInput!) {
  updateSellerSettings(input: $input) { id name minimumPayout { amount currencyCode } }
}`;
const REQUEST = `mutation Request($input: RequestWithdrawalInput!) {
  requestWithdrawal(input: $input) { id amount { amount } }
}`;
const MY_SELLER = "query { me { seller { id name minimumPayout { amount currencyCode } } } }";
const AFFILIATE_SELLER = `query Mine($id: ID!) {
  affiliate(id: $id) { seller { minimumPayout { amount currencyCode } } }
}`;
const JOIN_PAGE = `query Face($slug: String!) { sellerBySlug(slug: $slug) { minimumPayout { amount } } }`;

describe("updateSellerSettings and the minimum payout over HTTP", () => {
  let server: TestServer;
  let program: Awaited<ReturnType<typeof createProgram>>;
  let seller: GraphQLTestClient;
  let affiliate: GraphQLTestClient;
  let slug: string;

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.db.dataSource;
    program = await createProgram(db, { loginPassword: true, commissionValue: 500 });
    await earn(db, program, 5_000);
    [{ slug }] = await db.query("SELECT slug FROM sellers WHERE id = ?", [program.seller.sellerId]);
    seller = await signedIn(program.seller.owner.email);
    affiliate = await signedIn(program.affiliate.user.email);
  });
  afterAll(() => expectMoneyInvariants(server.db.dataSource).finally(() => server.close()));

  async function signedIn(email: string): Promise<GraphQLTestClient> {
    const client = server.client();
    await client.login(email, FIXTURE_PASSWORD);
    return client;
  }

  const ask = (amount: string) =>
    affiliate.request(REQUEST, { input: { affiliateId: program.affiliate.affiliateId, amount } });

  it("sets the minimum, seen by the seller, its affiliates and the join page", async () => {
    const changed = await seller.request(SETTINGS, {
      input: { name: " Pasta School ", minimumPayout: "25" },
    });
    expect(changed.body).toEqual({
      data: {
        updateSellerSettings: {
          id: program.seller.sellerId,
          name: "Pasta School",
          minimumPayout: { amount: "25.00", currencyCode: "USD" },
        },
      },
    });
    const minimum = { amount: "25.00", currencyCode: "USD" };
    expect((await seller.request(MY_SELLER)).body.data?.me.seller.minimumPayout).toEqual(minimum);
    const mine = await affiliate.request(AFFILIATE_SELLER, { id: program.affiliate.affiliateId });
    expect(mine.body.data?.affiliate.seller.minimumPayout).toEqual(minimum);
    const face = await server.client().request(JOIN_PAGE, { slug });
    expect(face.body.data?.sellerBySlug.minimumPayout.amount).toBe("25.00");
  });

  it('refuses a request below the minimum on "amount" with the minimum; exactly it is fine', async () => {
    await seller.request(SETTINGS, { input: { minimumPayout: "25.00" } });
    const below = await ask("24.99");
    expect(errorOf(below)).toEqual({ code: "BAD_USER_INPUT", field: "amount" });
    expect(below.body.errors?.[0]?.message).toBe("The minimum payout is $25.00.");
    expect(below.body.data).toBeNull();
    const exactly = await ask("25");
    expect(exactly.body.errors).toBeUndefined();
    expect(exactly.body.data?.requestWithdrawal.amount.amount).toBe("25.00");
  });

  it("has no minimum at 0.00", async () => {
    await seller.request(SETTINGS, { input: { minimumPayout: "0" } });
    const cent = await ask("0.01");
    expect(cent.body.errors).toBeUndefined();
  });

  it("refuses bad settings on their field and changes nothing", async () => {
    const before = (await seller.request(MY_SELLER)).body.data?.me.seller;
    for (const [input, field, status] of [
      [{ name: "  " }, "name", 200],
      [{ name: "n".repeat(101) }, "name", 200],
      [{ minimumPayout: "-1" }, "minimumPayout", 400],
      [{ minimumPayout: "12345678901234" }, "minimumPayout", 400],
      [{ minimumPayout: "1.001" }, "minimumPayout", 400],
      [{ minimumPayout: 25 }, "minimumPayout", 400],
    ] as const) {
      const response = await seller.request(SETTINGS, { input });
      expect([response.status, errorOf(response)]).toEqual([
        status,
        { code: "BAD_USER_INPUT", field },
      ]);
    }
    expect((await seller.request(MY_SELLER)).body.data?.me.seller).toEqual(before);
  });

  it("is for a seller about its own seller: FORBIDDEN for an affiliate, UNAUTHENTICATED signed out", async () => {
    const input = { name: "Taken over", minimumPayout: "999" };
    expect(errorOf(await affiliate.request(SETTINGS, { input }))).toEqual({ code: "FORBIDDEN" });
    expect(errorOf(await server.client().request(SETTINGS, { input }))).toEqual({
      code: "UNAUTHENTICATED",
    });
    const after = (await seller.request(MY_SELLER)).body.data?.me.seller;
    expect(after.name).not.toBe("Taken over");
    expect(after.minimumPayout.amount).not.toBe("999.00");
  });
});
