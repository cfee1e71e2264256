import type { DataSource } from "typeorm";
import { FIXTURE_PASSWORD, createOffer, createProgram } from "./support/fixtures";
import { startTestServer, type GraphQLTestClient, type TestServer } from "./support/http";
import { expectMoneyInvariants } from "./support/money-invariants";

// An offer's url reaches every place an offer is answered, and each promotion links to it with the
// affiliate's referral code.
const PROMOTIONS = "offers { referralLink offer { id url } }";
const SELLER_VIEWS = `query Views($id: ID!) {
  affiliates(first: 10) { nodes { id ${PROMOTIONS} } }
  affiliate(id: $id) { ${PROMOTIONS} commissions(first: 10) { nodes { offer { id url } } } seller { offers { id url } } }
  me { seller { offers { id url } } }
}`;
const AFFILIATE_VIEWS = `query { me { affiliateAccounts { id ${PROMOTIONS} } } }`;

describe("Offer.url and OfferPromotion.referralLink over HTTP", () => {
  let server: TestServer;
  let db: DataSource;
  let program: Awaited<ReturnType<typeof createProgram>>;
  let seller: GraphQLTestClient;
  let affiliate: GraphQLTestClient;
  const url = "https://coach.test/course?utm_source=allyhut&ref=OLD";

  beforeAll(async () => {
    server = await startTestServer();
    db = server.db.dataSource;
    program = await createProgram(db, { loginPassword: true });
    seller = server.client();
    await seller.login(program.seller.owner.email, FIXTURE_PASSWORD);
    affiliate = server.client();
    await affiliate.login(program.affiliate.user.email, FIXTURE_PASSWORD);
    const set = await seller.request(
      `mutation Set($input: UpdateOfferInput!) { updateOffer(input: $input) { url } }`,
      { input: { offerId: program.offerId, url } },
    );
    expect(set.body.data?.updateOffer.url).toBe(url);
    const sale = await seller.request(
      `mutation Sale($input: RecordSaleInput!) { recordSale(input: $input) { offer { id url } } }`,
      {
        input: {
          referralCode: program.affiliate.referralCode,
          offerId: program.offerId,
          orderId: "LINKED-1",
          saleAmount: "10.00",
        },
      },
    );
    expect(sale.body.data?.recordSale.offer).toEqual({ id: program.offerId, url });
  });
  afterAll(async () => {
    await expectMoneyInvariants(db);
    await server.close();
  });

  const link = () =>
    `https://coach.test/course?utm_source=allyhut&ref=${program.affiliate.referralCode}`;

  it("the seller sees the url and the link on the list, the overview, its commissions and the catalogue", async () => {
    const answer = await seller.request(SELLER_VIEWS, { id: program.affiliate.affiliateId });
    expect(answer.body.errors).toBeUndefined();
    const promotions = [{ referralLink: link(), offer: { id: program.offerId, url } }];
    const data = answer.body.data!;
    expect(data.affiliates.nodes).toEqual([
      { id: program.affiliate.affiliateId, offers: promotions },
    ]);
    expect(data.affiliate.offers).toEqual(promotions);
    expect(data.affiliate.commissions.nodes).toEqual([{ offer: { id: program.offerId, url } }]);
    expect(data.affiliate.seller.offers).toEqual([{ id: program.offerId, url }]);
    expect(data.me.seller.offers).toEqual([{ id: program.offerId, url }]);
  });

  it("the affiliate sees its own link; an offer without a url has no link", async () => {
    const bare = await createOffer(db, program.seller.sellerId);
    const promoted = await affiliate.request(
      `mutation Promote($input: PromoteOfferInput!) { promoteOffer(input: $input) { referralLink offer { id url } } }`,
      { input: { affiliateId: program.affiliate.affiliateId, offerId: bare } },
    );
    expect(promoted.body.data?.promoteOffer).toEqual({
      referralLink: null,
      offer: { id: bare, url: null },
    });
    const mine = await affiliate.request(AFFILIATE_VIEWS);
    expect(mine.body.data?.me.affiliateAccounts).toEqual([
      {
        id: program.affiliate.affiliateId,
        offers: [
          { referralLink: link(), offer: { id: program.offerId, url } },
          { referralLink: null, offer: { id: bare, url: null } },
        ],
      },
    ]);
  });
});
