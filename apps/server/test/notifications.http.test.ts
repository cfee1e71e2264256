import { Webhook } from "standardwebhooks";
import { CLARK_KENT, DEMO_COACH, DEMO_PASSWORD } from "../src/db/demo-data";
import { header, startTestInbox, type TestInbox } from "./support/mail-inbox";
import { errorOf, startTestServer, type GraphQLTestClient, type TestServer } from "./support/http";
import { startWebhookReceiver, type WebhookReceiver } from "./support/webhook-receiver";

// The whole path with every real part: a mutation over HTTP commits its outbox event, the
// dispatcher plans and sends it through the configured channels, a real SMTP server and a real
// HTTP receiver get the e-mail and the signed post, and the seller sees the delivery in the API.

const CREATE = `mutation Create($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { secret endpoint { id } }
}`;
const PENDING = `{
  withdrawals(first: 10, status: PENDING) { nodes { id amount { amount } affiliate { id name } } }
}`;
const PROCESS = `mutation Process($input: ProcessWithdrawalInput!) {
  processWithdrawal(input: $input) { id status }
}`;
const SET_STATUS = `mutation SetStatus($input: SetAffiliateStatusInput!) {
  setAffiliateStatus(input: $input) { id status }
}`;
const ENDPOINTS = `{ webhookEndpoints { id deliveries { eventType status attempts responseStatus deliveredAt } } }`;

describe("notifications end to end: mutation, outbox, dispatcher, SMTP and webhook", () => {
  let server: TestServer;
  let inbox: TestInbox;
  let receiver: WebhookReceiver;
  let seller: GraphQLTestClient;

  beforeAll(async () => {
    inbox = await startTestInbox();
    receiver = await startWebhookReceiver();
    server = await startTestServer({
      seed: true,
      env: {
        SMTP_URL: inbox.smtpUrl,
        ALLOW_PRIVATE_WEBHOOKS: "1",
        PUBLIC_URL: "https://ally.test",
      },
      dispatcher: { start: false },
    });
    seller = server.client();
    await seller.login(DEMO_COACH.email, DEMO_PASSWORD);
  });
  afterAll(async () => {
    await server.close();
    await receiver.close();
    await inbox.close();
  });

  it("an approval: the affiliate's 'you've been paid' e-mail and the signed WITHDRAWAL_PROCESSED post", async () => {
    const created = await seller.request(CREATE, {
      input: { url: `${receiver.url}/allyhut`, eventTypes: ["WITHDRAWAL_PROCESSED"] },
    });
    expect(errorOf(created)).toBeNull();
    const { secret } = created.body.data!.createWebhookEndpoint;
    const listed = await seller.request(PENDING);
    expect(listed.body.errors).toBeUndefined();
    const pending = listed.body.data!.withdrawals.nodes;
    const clarks = pending.find((w: { amount: { amount: string } }) => w.amount.amount === "3.00");
    const processed = await seller.request(PROCESS, {
      input: {
        withdrawalId: clarks.id,
        status: "APPROVED",
        receiptNumber: "PP-7781",
        paidOn: "2026-12-01",
        note: "Thanks for a great month!",
      },
    });
    expect(errorOf(processed)).toBeNull();
    // Nothing is sent in the request: only the dispatcher sends.
    expect(receiver.posts).toHaveLength(0);
    expect(inbox.messages).toHaveLength(0);

    await server.dispatcher!.runOnce();

    const [mail] = await inbox.waitFor(1);
    expect(mail!.to).toMatchObject({ value: [{ address: CLARK_KENT.email }] });
    expect(mail!.from?.value[0]).toMatchObject({ name: "Demo Coaching" });
    expect(mail!.subject).toBe("You've been paid $3.00 by Demo Coaching");
    expect(mail!.text).toContain("PP-7781");
    expect(mail!.text).toContain("Thanks for a great month!");
    expect(mail!.html).toContain("PP-7781");
    expect(header(mail!, "list-unsubscribe")).toBeUndefined();

    expect(receiver.posts).toHaveLength(1);
    const [post] = receiver.posts;
    const payload = new Webhook(secret).verify(post!.body, post!.headers as Record<string, string>);
    expect(payload).toMatchObject({
      type: "WITHDRAWAL_PROCESSED",
      data: {
        withdrawal: {
          id: clarks.id,
          reference: `AH-W-${clarks.id}`,
          amount: { amount: "3.00", currencyCode: "USD" },
          status: "APPROVED",
          receiptNumber: "PP-7781",
          paidOn: "2026-12-01",
          note: "Thanks for a great month!",
        },
      },
    });
    const endpoints = (await seller.request(ENDPOINTS)).body.data!.webhookEndpoints;
    expect(endpoints[0].deliveries).toEqual([
      {
        eventType: "WITHDRAWAL_PROCESSED",
        status: "DELIVERED",
        attempts: 1,
        responseStatus: 204,
        deliveredAt: expect.any(String),
      },
    ]);
  });

  it("switching an affiliate off e-mails them once, with the one-click unsubscribe link", async () => {
    const clark = (await seller.request(PENDING)).body.data!.withdrawals.nodes[0].affiliate;
    const before = inbox.messages.length;
    const off = { input: { affiliateId: clark.id, status: "DISABLED" } };
    expect(errorOf(await seller.request(SET_STATUS, off))).toBeNull();
    // The same status again is no news: no second event, no second e-mail.
    expect(errorOf(await seller.request(SET_STATUS, off))).toBeNull();
    await server.dispatcher!.runOnce();
    const messages = await inbox.waitFor(before + 1);
    const switched = messages.slice(before);
    expect(switched.map((m) => m.subject)).toEqual([
      "Demo Coaching switched your affiliate account off",
    ]);
    expect(header(switched[0]!, "list-unsubscribe")).toMatch(
      /^<https:\/\/ally\.test\/unsubscribe\?user=\d+&token=[\w-]+>$/,
    );
    expect(header(switched[0]!, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    // The endpoint subscribed to WITHDRAWAL_PROCESSED only: nothing more was posted.
    expect(receiver.posts).toHaveLength(1);
  });
});
