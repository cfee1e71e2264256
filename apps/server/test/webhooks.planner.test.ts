import { WebhookEventType } from "@allyhut/schema";
import { DeliveryChannel } from "../src/modules/notifications/delivery";
import { newPublicEventId } from "../src/modules/notifications/outbox";
import { webhookPlanner } from "../src/modules/notifications/webhooks/webhook-planner";
import { WebhookService } from "../src/modules/notifications/webhooks/webhook.service";
import { useTestDatabase } from "./support/database";
import { createSeller, serviceDeps } from "./support/fixtures";

describe("the webhook planner", () => {
  const db = useTestDatabase();

  it("plans one post per live endpoint of the event's seller subscribed to its type", async () => {
    const service = new WebhookService({
      ...serviceDeps(db.dataSource),
      webhookUrls: { allowPrivate: true },
    });
    const [seller, other] = [await createSeller(db.dataSource), await createSeller(db.dataSource)];
    const create = async (viewer: typeof seller.viewer, path: string, types: WebhookEventType[]) =>
      (await service.create(viewer, { url: `http://127.0.0.1:9/${path}`, eventTypes: types }))
        .endpoint.id;
    const { SALE_RECORDED, SALE_REVERSED, WITHDRAWAL_REQUESTED } = WebhookEventType;
    const sales = await create(seller.viewer, "sales", [SALE_REVERSED, SALE_RECORDED]);
    const everything = await create(seller.viewer, "all", Object.values(WebhookEventType));
    await create(seller.viewer, "requests", [WITHDRAWAL_REQUESTED]);
    const deleted = await create(seller.viewer, "deleted", [SALE_RECORDED]);
    await service.delete(seller.viewer, deleted);
    await create(other.viewer, "other", [SALE_RECORDED]);

    const event = {
      id: "1",
      publicId: newPublicEventId(),
      sellerId: seller.sellerId,
      type: SALE_RECORDED,
      occurredAt: new Date(),
      data: {},
    };
    const planned = await db.dataSource.transaction((m) => webhookPlanner.plan(m, event));
    expect(planned).toEqual([
      { channel: DeliveryChannel.WEBHOOK, endpointId: sales },
      { channel: DeliveryChannel.WEBHOOK, endpointId: everything },
    ]);
    const none = { ...event, sellerId: (await createSeller(db.dataSource)).sellerId };
    expect(await db.dataSource.transaction((m) => webhookPlanner.plan(m, none))).toEqual([]);
  });
});
