import { errorsOf, run } from "./support/execute";
import { affiliateViewer, sellerViewer } from "./support/fake-services";

describe("the webhook resolvers over the service interface", () => {
  it("lists the seller's endpoints with their deliveries (default 20)", async () => {
    const result = await run(
      sellerViewer,
      `{ webhookEndpoints { id url eventTypes createdAt
          deliveries { id eventType status attempts responseStatus createdAt deliveredAt } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.webhookEndpoints).toEqual([
      {
        id: "wh1",
        url: "https://hooks.demo-coaching.test/allyhut",
        eventTypes: ["WITHDRAWAL_PROCESSED"],
        createdAt: "2026-02-01T00:00:00.000Z",
        deliveries: [
          {
            id: "d1",
            eventType: "WITHDRAWAL_PROCESSED",
            status: "DELIVERED",
            attempts: 1,
            responseStatus: 204,
            createdAt: "2026-02-01T00:00:01.000Z",
            deliveredAt: "2026-02-01T00:00:02.000Z",
          },
        ],
      },
    ]);
    expect(result.recorder.calls.map((call) => [call.service, call.input])).toEqual([
      ["webhooks.list", null],
      ["webhooks.deliveriesOf", { id: "wh1", first: 20 }],
    ]);
  });

  it("checks deliveries(first) is 1..100", async () => {
    const result = await run(sellerViewer, "{ webhookEndpoints { deliveries(first: 0) { id } } }");
    expect(errorsOf(result)).toEqual([{ code: "BAD_USER_INPUT", field: "first" }]);
  });

  it("creates with the address and event types as sent, answering the secret", async () => {
    const result = await run(
      sellerViewer,
      `mutation { createWebhookEndpoint(input: { url: "https://h.example.com/x", eventTypes: [SALE_RECORDED, SALE_REVERSED] }) {
          secret endpoint { id url eventTypes } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.createWebhookEndpoint).toEqual({
      secret: expect.stringMatching(/^whsec_/),
      endpoint: {
        id: "wh1",
        url: "https://h.example.com/x",
        eventTypes: ["SALE_RECORDED", "SALE_REVERSED"],
      },
    });
    expect(result.recorder.calls[0]).toEqual({
      service: "webhooks.create",
      viewer: sellerViewer,
      input: { url: "https://h.example.com/x", eventTypes: ["SALE_RECORDED", "SALE_REVERSED"] },
    });
  });

  it("deletes by id", async () => {
    const result = await run(sellerViewer, `mutation { deleteWebhookEndpoint(id: "wh1") }`);
    expect(result.data).toEqual({ deleteWebhookEndpoint: true });
    expect(result.recorder.calls[0]).toMatchObject({ service: "webhooks.delete", input: "wh1" });
  });

  it("is the seller's only: FORBIDDEN to an affiliate, UNAUTHENTICATED signed out", async () => {
    for (const [viewer, code] of [
      [affiliateViewer, "FORBIDDEN"],
      [null, "UNAUTHENTICATED"],
    ] as const) {
      for (const operation of [
        "{ webhookEndpoints { id } }",
        `mutation { deleteWebhookEndpoint(id: "wh1") }`,
        `mutation { createWebhookEndpoint(input: { url: "https://h.example.com", eventTypes: [SALE_RECORDED] }) { secret } }`,
      ]) {
        const result = await run(viewer, operation);
        expect(errorsOf(result)).toEqual([{ code }]);
        expect(result.recorder.calls).toEqual([]);
      }
    }
  });
});
