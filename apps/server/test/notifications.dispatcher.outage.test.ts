import { createServer as createTcpServer, connect, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { WebhookEventType } from "@allyhut/schema";
import pino from "pino";
import type { DataSource } from "typeorm";
import { createDataSource } from "../src/db/data-source";
import { createDispatcher } from "../src/modules/notifications/dispatcher/dispatcher";
import { recordEvents } from "../src/modules/notifications/outbox";
import { useTestDatabase } from "./support/database";
import { createSeller } from "./support/fixtures";
import {
  WebhookReceiver,
  deliveryRows,
  insertEndpoint,
  waitUntil,
  webhookTestChannels,
} from "./support/outbox-receiver";

/** A TCP door to MariaDB that can be shut (every connection dropped) and opened again. */
class DatabaseDoor {
  private server: Server | null = null;
  private readonly open = new Set<Socket>();
  port = 0;

  constructor(private readonly targetPort: number) {}

  async openDoor(): Promise<void> {
    const server = createTcpServer((socket) => {
      const upstream = connect(this.targetPort, "127.0.0.1");
      const pair = [socket, upstream];
      pair.forEach((end) => {
        this.open.add(end);
        end.once("close", () => this.open.delete(end));
        end.on("error", () => pair.forEach((s) => s.destroy()));
      });
      socket.pipe(upstream);
      upstream.pipe(socket);
    });
    await new Promise<void>((resolve) => server.listen(this.port, "127.0.0.1", resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async shut(): Promise<void> {
    const server = this.server;
    this.server = null;
    this.open.forEach((socket) => socket.destroy());
    await new Promise((resolve) => server?.close(resolve));
  }
}

describe("the dispatcher while the database is down", () => {
  const db = useTestDatabase();
  const receiver = new WebhookReceiver();
  let door: DatabaseDoor;
  let behindDoor: DataSource;

  beforeAll(async () => {
    await receiver.start();
    door = new DatabaseDoor(Number(new URL(db.url).port || 3306));
    await door.openDoor();
    const url = new URL(db.url);
    url.port = String(door.port);
    behindDoor = createDataSource({ url: url.toString() });
    await behindDoor.initialize();
  });
  afterAll(async () => {
    await door.shut();
    await behindDoor.destroy().catch(() => {});
    await receiver.close();
  });

  it("logs the failed rounds, keeps running, and sends once the database is back", async () => {
    const errors: string[] = [];
    const log = pino({ level: "error" }, { write: (line: string) => void errors.push(line) });
    const { sellerId } = await createSeller(db.dataSource);
    const endpointId = await insertEndpoint(db.dataSource, sellerId, receiver.url);
    const dispatcher = createDispatcher({
      db: behindDoor,
      log,
      channels: webhookTestChannels({ endpointId: () => endpointId, url: () => receiver.url }),
      options: { idlePollMs: 50 },
    });
    await door.shut();
    dispatcher.start();
    try {
      await recordEvents(db.dataSource, [
        { sellerId, type: WebhookEventType.SALE_RECORDED, data: { during: "outage" } },
      ]);
      await waitUntil(() => errors.length >= 2);
      expect(errors.join("\n")).toContain("outbox dispatch round failed");
      expect(receiver.received).toHaveLength(0);
      await door.openDoor();
      await waitUntil(() => receiver.received.length === 1, 15_000);
    } finally {
      await dispatcher.stop();
    }
    expect((await deliveryRows(db.dataSource))[0]).toMatchObject({
      status: "DELIVERED",
      attempts: 1,
    });
  });
});
