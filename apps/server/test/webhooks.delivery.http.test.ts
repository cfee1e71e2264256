import { Webhook } from "standardwebhooks";
import { FIXTURE_PASSWORD, createProgram } from "./support/fixtures";
import { errorOf, startTestServer, type GraphQLTestClient, type TestServer } from "./support/http";
import { deliverPlanned } from "./support/webhook-outbox";
import { startWebhookReceiver, type WebhookReceiver } from "./support/webhook-receiver";

const CREATE = `mutation Create($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { secret endpoint { id } }
}`;
const RECORD_SALE = `mutation Sale($input: RecordSaleInput!) { recordSale(input: $input) { id } }`;

describe("a change made through the API reaches the subscribed endpoint, signed", () => {
  let server: TestServer;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    server = await startTestServer({ env: { ALLOW_PRIVATE_WEBHOOKS: "1" } });
    receiver = await startWebhookReceiver();
  });
  afterAll(async () => {
    await receiver.close();
    await server.close();
  });

  it("recordSale: the SALE_RECORDED endpoint gets the commission, the other endpoint nothing", async () => {
    const db = server.db.dataSource;
    const program = await createProgram(db, { loginPassword: true });
    const seller = server.client();
    await seller.login(program.seller.owner.email, FIXTURE_PASSWORD);
    const sales = await create(seller, `${receiver.url}/sales`, ["SALE_RECORDED"]);
    const payouts = await create(seller, `${receiver.url}/payouts`, ["WITHDRAWAL_PROCESSED"]);
    expect(errorOf(payouts)).toBeNull();
    const sale = await seller.request(RECORD_SALE, {
      input: {
        referralCode: program.affiliate.referralCode,
        offerId: program.offerId,
        orderId: "order-webhook-1",
        saleAmount: "10.00",
      },
    });
    expect(errorOf(sale)).toBeNull();
    const outcomes = await deliverPlanned(db, { allowPrivate: true });
    expect(outcomes).toEqual([{ delivered: true, responseStatus: 204 }]);
    expect(receiver.posts.map((post) => post.path)).toEqual(["/sales"]);
    const [post] = receiver.posts;
    const { secret } = sales.body.data!.createWebhookEndpoint;
    const payload = new Webhook(secret).verify(post!.body, post!.headers as Record<string, string>);
    expect(payload).toMatchObject({
      type: "SALE_RECORDED",
      data: {
        commission: {
          id: sale.body.data!.recordSale.id,
          orderId: "order-webhook-1",
          saleAmount: "10.00",
          amount: "1.00",
          currencyCode: "USD",
          reversed: false,
        },
      },
    });
    const [event] = await db.query("SELECT public_id FROM outbox_events");
    expect(post!.headers["webhook-id"]).toBe(event.public_id);
  });

  function create(client: GraphQLTestClient, url: string, eventTypes: string[]) {
    return client.request(CREATE, { input: { url, eventTypes } });
  }
});
