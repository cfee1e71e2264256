import type { DataSource } from "typeorm";
import { FIXTURE_PASSWORD, createProgram, earn, moneyServices } from "./support/fixtures";
import { startTestServer, type GraphQLTestClient, type TestServer } from "./support/http";
import { expectMoneyInvariants } from "./support/money-invariants";

// createOffer and updateOffer between two reads of the same document: the second read answers the
// catalogue and the promotions as they are after the write, not what the first read cached.
describe("aliased offer mutations in one document", () => {
  let server: TestServer;
  let db: DataSource;
  let program: Awaited<ReturnType<typeof createProgram>>;
  let seller: GraphQLTestClient;

  beforeAll(async () => {
    server = await startTestServer();
    db = server.db.dataSource;
    program = await createProgram(db, { loginPassword: true });
    seller = server.client();
    await seller.login(program.seller.owner.email, FIXTURE_PASSWORD);
  });
  afterAll(async () => {
    await expectMoneyInvariants(db);
    await server.close();
  });

  const credentials = () => ({ email: program.seller.owner.email, password: FIXTURE_PASSWORD });
  const offerIds = (offers: Array<{ id: string }>) => offers.map((offer) => offer.id);

  it("createOffer: the signed-in seller's offers read after it include the new offer", async () => {
    const answer = await seller.request(
      `mutation Create($login: LoginInput!) {
        before: login(input: $login) { seller { offers { id } } }
        created: createOffer(
          input: { name: "New", price: "10", commissionType: FLAT, commissionValue: "1" }
        ) { id }
        after: login(input: $login) { seller { offers { id } } }
      }`,
      { login: credentials() },
    );
    expect(answer.body.errors).toBeUndefined();
    const data = answer.body.data!;
    expect(offerIds(data.before.seller.offers)).toEqual([program.offerId]);
    expect(offerIds(data.after.seller.offers)).toEqual([program.offerId, data.created.id]);
  });

  it("updateOffer: the catalogue and the affiliate's promotions read after it show the change", async () => {
    await earn(db, program, 100);
    const { id: withdrawalId } = await moneyServices(db).withdrawals.request(
      program.affiliate.viewer,
      { affiliateId: program.affiliate.affiliateId, amountCents: 100 },
    );
    const reads = `seller { offers { name url } } offers { referralLink offer { name url } }`;
    const answer = await seller.request(
      `mutation Change($w: ID!, $offerId: ID!) {
        a: processWithdrawal(input: { withdrawalId: $w, status: PENDING, note: "a" }) { affiliate { ${reads} } }
        b: updateOffer(input: { offerId: $offerId, name: "Renamed", url: "https://coach.test/new" }) { name }
        c: processWithdrawal(input: { withdrawalId: $w, status: PENDING, note: "c" }) { affiliate { ${reads} } }
      }`,
      { w: withdrawalId, offerId: program.offerId },
    );
    expect(answer.body.errors).toBeUndefined();
    const { a, c } = answer.body.data!;
    expect(a.affiliate.offers[0].referralLink).toBeNull();
    const renamed = { name: "Renamed", url: "https://coach.test/new" };
    expect(c.affiliate.seller.offers).toContainEqual(renamed);
    expect(a.affiliate.seller.offers).not.toContainEqual(renamed);
    expect(c.affiliate.offers).toEqual([
      {
        referralLink: `https://coach.test/new?ref=${program.affiliate.referralCode}`,
        offer: renamed,
      },
    ]);
  });
});
