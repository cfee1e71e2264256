import type { AffiliateStatus } from "@allyhut/schema";
import type { DataSource, EntityManager } from "typeorm";
import type {
  ClaimedDelivery,
  DeliveryChannel,
  DeliveryPlanner,
  OutboxEventRecord,
} from "../../src/modules/notifications/delivery";
import { loadConfig } from "../../src/config";
import {
  EVENT_COLUMNS,
  eventRecordOf,
} from "../../src/modules/notifications/dispatcher/event-records";
import { AffiliateService } from "../../src/modules/affiliates/affiliate.service";
import { EmailSender } from "../../src/modules/notifications/mail/email-sender";
import { createMailTransport } from "../../src/modules/notifications/mail/transport";
import { UnsubscribeTokens } from "../../src/modules/notifications/mail/unsubscribe-tokens";
import type { DescribedDatabase } from "./database";
import { serviceDeps, type AffiliateFixture, type SellerFixture } from "./fixtures";
import { startTestInbox, type TestInbox } from "./mail-inbox";

// The dispatcher's planning step, as small as a test needs, for tests of the e-mail channel alone.

/** A planned delivery as the dispatcher would claim it, with when it is due. */
export interface TestDelivery extends ClaimedDelivery {
  nextAttemptAt: Date;
}

/** The events not yet planned, oldest first. */
export async function unplannedEvents(db: DataSource): Promise<OutboxEventRecord[]> {
  const rows = await db.query(
    `SELECT ${EVENT_COLUMNS} FROM outbox_events e WHERE e.planned_at IS NULL ORDER BY e.id`,
  );
  return rows.map(eventRecordOf);
}

/** Plans one event in `m` as the dispatcher does: the planner's deliveries stored, planned_at set. */
export async function planEvent(
  m: EntityManager,
  planner: DeliveryPlanner,
  event: OutboxEventRecord,
): Promise<TestDelivery[]> {
  const planned = await planner.plan(m, event);
  const deliveries: TestDelivery[] = [];
  for (const delivery of planned) {
    const nextAttemptAt = delivery.notBefore ?? new Date();
    const result = await m.query(
      `INSERT INTO outbox_deliveries (event_id, seller_id, channel, endpoint_id, email_to, email_kind,
         next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      [
        event.id,
        event.sellerId,
        delivery.channel,
        delivery.endpointId ?? null,
        delivery.emailTo ?? null,
        delivery.emailKind ?? null,
        nextAttemptAt,
      ],
    );
    deliveries.push({
      id: String(result.insertId),
      sellerId: event.sellerId,
      channel: delivery.channel as DeliveryChannel,
      endpointId: delivery.endpointId ?? null,
      emailTo: delivery.emailTo ?? null,
      emailKind: delivery.emailKind ?? null,
      attempt: 1,
      event,
      nextAttemptAt,
    });
  }
  await m.query("UPDATE outbox_events SET planned_at = UTC_TIMESTAMP(3) WHERE id = ?", [event.id]);
  return deliveries;
}

/** Plans every unplanned event, each in its own transaction; returns the deliveries planned. */
export async function planAll(
  db: DataSource,
  planner: DeliveryPlanner,
  which: (event: OutboxEventRecord) => boolean = () => true,
): Promise<TestDelivery[]> {
  const deliveries: TestDelivery[] = [];
  for (const event of (await unplannedEvents(db)).filter(which)) {
    deliveries.push(...(await db.transaction((m) => planEvent(m, planner, event))));
  }
  return deliveries;
}

/** The configuration the mail tests send with: links to https://app.allyhut.test. */
export const MAIL_TEST_CONFIG = loadConfig({
  NODE_ENV: "test",
  PUBLIC_URL: "https://app.allyhut.test",
  MAIL_FROM: "AllyHut <no-reply@allyhut.test>",
});

/** The real e-mail sender on a pooled transport to `smtpUrl`; close() ends the pool. */
export function testEmailSender(db: DataSource, smtpUrl: string) {
  const transport = createMailTransport(smtpUrl);
  const sender = new EmailSender({
    db,
    transport,
    tokens: new UnsubscribeTokens(db, MAIL_TEST_CONFIG),
    publicUrl: MAIL_TEST_CONFIG.publicUrl,
    fromAddress: "no-reply@allyhut.test",
  });
  return { sender, close: () => transport.close() };
}

/** A real SMTP inbox and the real sender to it for a describe block; emptied before each test. */
export function useTestMail(db: DescribedDatabase): { inbox: TestInbox; sender: EmailSender } {
  let inbox: TestInbox | undefined;
  let mail: ReturnType<typeof testEmailSender> | undefined;
  beforeAll(async () => {
    inbox = await startTestInbox();
    mail = testEmailSender(db.dataSource, inbox.smtpUrl);
  });
  afterAll(async () => {
    mail?.close();
    await inbox?.close();
  });
  beforeEach(() => {
    if (inbox) inbox.messages.length = 0;
  });
  return {
    get inbox() {
      return inbox!;
    },
    get sender() {
      return mail!.sender;
    },
  };
}

/** The seller switches the affiliate off or on, through the service (which writes the event). */
export const switchAffiliate = (
  db: DataSource,
  program: { seller: SellerFixture; affiliate: AffiliateFixture },
  status: AffiliateStatus,
) =>
  new AffiliateService(serviceDeps(db)).setStatus(program.seller.viewer, {
    affiliateId: program.affiliate.affiliateId,
    status,
  });
