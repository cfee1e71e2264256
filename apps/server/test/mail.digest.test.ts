import type { DataSource } from "typeorm";
import { EmailKind } from "../src/modules/notifications/mail/email-kind";
import { EmailPlanner } from "../src/modules/notifications/mail/email-planner";
import { useTestDatabase } from "./support/database";
import {
  createAffiliate,
  createOffer,
  createSeller,
  createUser,
  earn,
  moneyServices,
  type AffiliateFixture,
} from "./support/fixtures";
import {
  planAll,
  planEvent,
  unplannedEvents,
  type TestDelivery,
  useTestMail,
} from "./support/mail-outbox";

const HOUR_MS = 60 * 60 * 1000;

/** A seller with `count` affiliates named "Ann 1", "Ann 2", ..., each of whom earned 5.00. */
async function sellerWithAffiliates(db: DataSource, count: number) {
  const seller = await createSeller(db);
  const offerId = await createOffer(db, seller.sellerId, {
    commissionType: "FLAT",
    commissionValue: 100,
  });
  const affiliates = [];
  for (let n = 1; n <= count; n++) {
    const user = await createUser(db, { name: `Ann ${n}` });
    const affiliate = await createAffiliate(db, seller.sellerId, { user, promotes: [offerId] });
    await earn(db, { seller, offerId, affiliate }, 500);
    affiliates.push(affiliate);
  }
  return { seller, affiliates };
}

describe("the seller's hourly digest of withdrawal requests", () => {
  const db = useTestDatabase();
  const planner = new EmailPlanner();
  const smtp = useTestMail(db);

  const request = (affiliate: AffiliateFixture | undefined, cents: number) =>
    moneyServices(db.dataSource).withdrawals.request(affiliate!.viewer, {
      affiliateId: affiliate!.affiliateId,
      amountCents: cents,
    });
  const digests = (deliveries: TestDelivery[]) =>
    deliveries.filter((delivery) => delivery.emailKind === EmailKind.SELLER_DIGEST);

  it("three requests within the hour: one e-mail listing three; a fourth waits an hour after it", async () => {
    const { seller, affiliates } = await sellerWithAffiliates(db.dataSource, 4);
    const [a1, a2, a3, a4] = affiliates;
    await request(a1, 100);
    await request(a2, 250);
    await request(a3, 399);
    const before = Date.now();
    const first = digests(await planAll(db.dataSource, planner));
    expect(first).toHaveLength(1);
    expect(first[0]!.emailTo).toBe(seller.owner.email);
    expect(first[0]!.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before - 1_000);
    expect(first[0]!.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());

    expect(await smtp.sender.send(first[0]!)).toMatchObject({ delivered: true });
    const [mail] = await smtp.inbox.waitFor(1);
    expect(mail!.to).toMatchObject({ value: [{ address: seller.owner.email }] });
    expect(mail!.subject).toBe("3 withdrawal requests to review");
    for (const body of [mail!.html as string, mail!.text!]) {
      for (const text of ["Ann 1", "$1.00", "Ann 2", "$2.50", "Ann 3", "$3.99"]) {
        expect(body).toContain(text);
      }
      expect(body).not.toContain("Ann 4");
      expect(body).toContain("https://app.allyhut.test/seller/payouts");
    }
    expect(mail!.headerLines.map((line) => line.key)).toEqual(
      expect.arrayContaining(["list-unsubscribe", "list-unsubscribe-post"]),
    );

    // A retry of the same delivery (the first attempt's outcome was lost) tells of the same three.
    await smtp.sender.send(first[0]!);
    const [, again] = await smtp.inbox.waitFor(2);
    expect(again!.subject).toBe("3 withdrawal requests to review");

    await request(a4, 500);
    const [{ last_sent_at: lastSentAt }] = await db.dataSource.query(
      "SELECT last_sent_at FROM seller_mail_digests WHERE seller_id = ?",
      [seller.sellerId],
    );
    const second = digests(await planAll(db.dataSource, planner));
    expect(second).toHaveLength(1);
    expect(second[0]!.nextAttemptAt.getTime()).toBe((lastSentAt as Date).getTime() + HOUR_MS);
    // Another request before it goes plans no third digest: the second will tell of it.
    await request(a1, 50);
    expect(digests(await planAll(db.dataSource, planner))).toEqual([]);

    await smtp.sender.send(second[0]!);
    const [, , next] = await smtp.inbox.waitFor(3);
    expect(next!.subject).toBe("2 withdrawal requests to review");
    expect(next!.text).toContain("Ann 4");
    expect(next!.text).toContain("$0.50");
    expect(next!.text).not.toContain("Ann 2");
  });

  it("requests planned at once by several dispatchers plan one digest, which tells of them all", async () => {
    const { affiliates } = await sellerWithAffiliates(db.dataSource, 6);
    for (const affiliate of affiliates) await request(affiliate, 100);
    await planAll(db.dataSource, planner, (event) => event.type !== "WITHDRAWAL_REQUESTED");
    const events = await unplannedEvents(db.dataSource);
    expect(events.map((event) => event.type)).toEqual(Array(6).fill("WITHDRAWAL_REQUESTED"));
    const planned = (
      await Promise.all(
        events.map((event) => db.dataSource.transaction((m) => planEvent(m, planner, event))),
      )
    ).flat();
    const [digest, ...more] = digests(planned);
    expect(more).toEqual([]);
    await smtp.sender.send(digest!);
    const [mail] = await smtp.inbox.waitFor(1);
    expect(mail!.subject).toBe("6 withdrawal requests to review");
  });

  it("a duplicate digest delivery finds every request taken: it sends nothing and restarts no hour", async () => {
    const { seller, affiliates } = await sellerWithAffiliates(db.dataSource, 2);
    await request(affiliates[0], 100);
    const [first] = digests(await planAll(db.dataSource, planner));
    await smtp.sender.send(first!);
    await request(affiliates[1], 200);
    const [second] = digests(await planAll(db.dataSource, planner));
    const digestRow = () =>
      db.dataSource.query(
        "SELECT digest_pending, last_sent_at FROM seller_mail_digests WHERE seller_id = ?",
        [seller.sellerId],
      );
    const pendingBefore = await digestRow();
    // A third delivery of the same digest (say, planned twice by mistake) before the second goes.
    const { insertId } = await db.dataSource.query(
      `INSERT INTO outbox_deliveries (event_id, seller_id, channel, email_to, email_kind,
         next_attempt_at) VALUES (?, ?, 'EMAIL', ?, 'SELLER_DIGEST', UTC_TIMESTAMP(3))`,
      [first!.event.id, seller.sellerId, seller.owner.email],
    );
    await smtp.sender.send(second!);
    const [sent] = await digestRow();
    expect(await smtp.sender.send({ ...first!, id: String(insertId) })).toEqual({
      delivered: true,
    });
    expect(smtp.inbox.messages.map((mail) => mail.subject)).toEqual([
      "1 withdrawal request to review",
      "1 withdrawal request to review",
    ]);
    expect(Number(pendingBefore[0].digest_pending)).toBe(1);
    expect(Number(sent.digest_pending)).toBe(0);
    expect(await digestRow()).toEqual([sent]);
  });
});
