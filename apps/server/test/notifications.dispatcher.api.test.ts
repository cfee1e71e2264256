import { createProgram, moneyServices } from "./support/fixtures";
import { startTestServer, type TestServer } from "./support/http";
import {
  WebhookReceiver,
  deliveryRows,
  insertEndpoint,
  webhookTestChannels,
} from "./support/outbox-receiver";

// More hanging sends than the API's pool has connections (5): a send holding one would starve it.
const SALES = 8;
const SEND_TIMEOUT_MS = 3_000;

describe("while webhook receivers hang", () => {
  let server: TestServer;
  const receiver = new WebhookReceiver();
  let endpointId = "";

  beforeAll(async () => {
    await receiver.start();
    server = await startTestServer({
      dispatcher: {
        channels: webhookTestChannels({
          endpointId: () => endpointId,
          url: () => receiver.url,
          timeoutMs: SEND_TIMEOUT_MS,
        }),
        options: { sendConcurrency: SALES },
        start: false,
      },
    });
  });
  afterAll(async () => {
    await receiver.close();
    await server.close();
  });

  it("the sends time out into retries, and the API on the same pool answers meanwhile", async () => {
    const dataSource = server.db.dataSource;
    const program = await createProgram(dataSource, { loginPassword: true });
    endpointId = await insertEndpoint(dataSource, program.seller.sellerId, receiver.url);
    for (let n = 0; n < SALES; n++) {
      await moneyServices(dataSource).commissions.record(program.seller.viewer, {
        referralCode: program.affiliate.referralCode,
        offerId: program.offerId,
        orderId: `SLOW-${n}`,
        saleCents: 1_000,
      });
    }
    const client = server.client();
    await client.login(program.seller.owner.email, "fixture-password-1");
    receiver.mode = "hold";
    let roundDone = false;
    const round = server.dispatcher!.runOnce().finally(() => (roundDone = true));
    while (receiver.held < SALES) await new Promise((resolve) => setTimeout(resolve, 10));

    // Every send hangs on the receiver; the API still reads the database and answers.
    const answer = await client.request("query { affiliates(first: 5) { totalCount } }");
    expect(answer.body.data?.affiliates.totalCount).toBe(1);
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
    // And no transaction of this database is open while they hang.
    const [{ open }] = await dataSource.query(
      `SELECT COUNT(*) AS open FROM information_schema.INNODB_TRX t
       JOIN information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id WHERE p.DB = ?`,
      [server.db.name],
    );
    expect(Number(open)).toBe(0);
    expect(roundDone).toBe(false);
    expect(receiver.held).toBe(SALES);

    expect(await round).toMatchObject({ claimed: SALES, retried: SALES, delivered: 0 });
    const rows = await deliveryRows(dataSource);
    expect(rows).toHaveLength(SALES);
    for (const row of rows) {
      expect(row).toMatchObject({ status: "PENDING", attempts: 1, claim_token: null });
      expect(row.last_error).toMatch(/timeout|aborted/i);
    }
  });
});
