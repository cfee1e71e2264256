import { AffiliateStatus, WithdrawalStatus, withdrawalReference } from "@allyhut/schema";
import pino from "pino";
import { createChannels } from "../src/modules/notifications/channels";
import { DeliveryChannel } from "../src/modules/notifications/delivery";
import { EmailKind } from "../src/modules/notifications/mail/email-kind";
import { EmailPlanner } from "../src/modules/notifications/mail/email-planner";
import { EmailSender } from "../src/modules/notifications/mail/email-sender";
import { useTestDatabase } from "./support/database";
import { createProgram, earn, moneyServices } from "./support/fixtures";
import { header, startTestInbox } from "./support/mail-inbox";
import {
  MAIL_TEST_CONFIG,
  planAll,
  switchAffiliate,
  testEmailSender,
  useTestMail,
  type TestDelivery,
} from "./support/mail-outbox";

const today = new Date().toISOString().slice(0, 10);
/** A header as it came on the wire (mailparser turns List-* headers into objects), or undefined. */

describe("e-mails to affiliates", () => {
  const db = useTestDatabase();
  const planner = new EmailPlanner();
  const smtp = useTestMail(db);

  /** A seller named with characters a header and HTML must escape, an affiliate who asked for 3.00. */
  async function requested() {
    const program = await createProgram(db.dataSource, { commissionValue: 100 });
    await db.dataSource.query("UPDATE sellers SET name = ? WHERE id = ?", [
      'Coach "Carter" <Academy>',
      program.seller.sellerId,
    ]);
    await earn(db.dataSource, program, 1_000);
    const withdrawal = await moneyServices(db.dataSource).withdrawals.request(
      program.affiliate.viewer,
      { affiliateId: program.affiliate.affiliateId, amountCents: 300 },
    );
    return { ...program, withdrawal };
  }

  const ofKind = (deliveries: TestDelivery[], kind: EmailKind) =>
    deliveries.filter((delivery) => delivery.emailKind === kind);

  it('approved: "You\'ve been paid" with amount, receipt, date and the escaped note; no unsubscribe', async () => {
    const { seller, affiliate, withdrawal } = await requested();
    await moneyServices(db.dataSource).withdrawals.process(seller.viewer, {
      withdrawalId: withdrawal.id,
      status: WithdrawalStatus.APPROVED,
      receiptNumber: "PP-12345",
      paidOn: today,
      note: "Thanks! <script>alert(1)</script> & see you",
    });
    const deliveries = ofKind(await planAll(db.dataSource, planner), EmailKind.WITHDRAWAL_PAID);
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]!.emailTo).toBe(affiliate.user.email);

    expect(await smtp.sender.send(deliveries[0]!)).toMatchObject({ delivered: true });
    const [mail] = await smtp.inbox.waitFor(1);
    expect(mail!.to).toMatchObject({ value: [{ address: affiliate.user.email }] });
    expect(mail!.from!.value).toEqual([
      { name: 'Coach "Carter" <Academy>', address: "no-reply@allyhut.test" },
    ]);
    expect(mail!.subject).toBe(`You've been paid $3.00 by Coach "Carter" <Academy>`);
    const day = new Date(`${today}T00:00:00Z`);
    const dayText = day.toLocaleDateString("en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    for (const body of [mail!.html as string, mail!.text!]) {
      expect(body).toContain("$3.00");
      expect(body).toContain("PP-12345");
      expect(body).toContain(dayText);
      expect(body).toContain(withdrawalReference(withdrawal.id));
    }
    expect(mail!.html).toContain("Thanks! &lt;script&gt;alert(1)&lt;/script&gt; &amp; see you");
    expect(mail!.html).not.toContain("<script");
    expect(mail!.html).toContain("Coach &quot;Carter&quot; &lt;Academy&gt;");
    expect(mail!.text).toContain("Thanks! <script>alert(1)</script> & see you");
    expect(header(mail!, "list-unsubscribe")).toBeUndefined();
    expect(mail!.messageId).toBe(
      `<${deliveries[0]!.event.publicId}.${deliveries[0]!.id}@allyhut.test>`,
    );
  });

  it("rejected: the seller's note, no unsubscribe", async () => {
    const { seller, affiliate, withdrawal } = await requested();
    await moneyServices(db.dataSource).withdrawals.process(seller.viewer, {
      withdrawalId: withdrawal.id,
      status: WithdrawalStatus.REJECTED,
      note: "Your PayPal address bounced.",
    });
    const [delivery] = ofKind(await planAll(db.dataSource, planner), EmailKind.WITHDRAWAL_REJECTED);
    expect(delivery!.emailTo).toBe(affiliate.user.email);
    expect(await smtp.sender.send(delivery!)).toMatchObject({ delivered: true });
    const [mail] = await smtp.inbox.waitFor(1);
    expect(mail!.subject).toBe("Your withdrawal of $3.00 was not approved");
    expect(mail!.html).toContain("Your PayPal address bounced.");
    expect(mail!.text).toContain("Your PayPal address bounced.");
    expect(header(mail!, "list-unsubscribe")).toBeUndefined();
  });

  it("switched off, then on: one e-mail each, with a one-click List-Unsubscribe", async () => {
    const program = await createProgram(db.dataSource);
    const { affiliate } = program;
    // Twice off: the second changes nothing and writes no event.
    await switchAffiliate(db.dataSource, program, AffiliateStatus.DISABLED);
    await switchAffiliate(db.dataSource, program, AffiliateStatus.DISABLED);
    await switchAffiliate(db.dataSource, program, AffiliateStatus.ACTIVE);
    const deliveries = await planAll(db.dataSource, planner);
    expect(deliveries.map((d) => [d.emailKind, d.emailTo])).toEqual([
      [EmailKind.AFFILIATE_SWITCHED, affiliate.user.email],
      [EmailKind.AFFILIATE_SWITCHED, affiliate.user.email],
    ]);
    for (const delivery of deliveries) await smtp.sender.send(delivery);
    const [off, on] = await smtp.inbox.waitFor(2);
    expect(off!.subject).toMatch(/switched your affiliate account off$/);
    expect(on!.subject).toMatch(/switched your affiliate account on$/);
    const link = new URL(String(header(on!, "list-unsubscribe")).replace(/^<|>$/g, ""));
    expect(link.origin + link.pathname).toBe("https://app.allyhut.test/unsubscribe");
    expect(link.searchParams.get("user")).toBe(affiliate.user.userId);
    expect(header(on!, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(on!.html).toContain(link.search.replace(/&/g, "&amp;"));
  });

  it("SMTP server down: a retryable failure", async () => {
    const program = await createProgram(db.dataSource);
    await switchAffiliate(db.dataSource, program, AffiliateStatus.DISABLED);
    const [delivery] = await planAll(db.dataSource, planner);
    const down = await startTestInbox();
    await down.close();
    const dead = testEmailSender(db.dataSource, down.smtpUrl);
    try {
      const outcome = await dead.sender.send(delivery!);
      expect(outcome).toMatchObject({ delivered: false, permanent: false });
      expect(outcome.delivered === false && outcome.error).toMatch(/ECONNREFUSED|connect/i);
    } finally {
      dead.close();
    }
  });

  it("550 no such user: a permanent failure", async () => {
    const program = await createProgram(db.dataSource);
    await switchAffiliate(db.dataSource, program, AffiliateStatus.DISABLED);
    const [delivery] = await planAll(db.dataSource, planner);
    smtp.inbox.refuse.add(program.affiliate.user.email.toLowerCase());
    const outcome = await smtp.sender.send(delivery!);
    expect(outcome).toMatchObject({ delivered: false, permanent: true, responseStatus: 550 });
    expect(smtp.inbox.messages).toHaveLength(0);
  });

  it("createChannels has the e-mail planner and sender when there is an SMTP server", async () => {
    const deps = { db: db.dataSource, log: pino({ level: "silent" }) };
    const withMail = createChannels({
      ...deps,
      config: { ...MAIL_TEST_CONFIG, smtpUrl: smtp.inbox.smtpUrl },
    });
    expect(withMail.planners.some((planner) => planner instanceof EmailPlanner)).toBe(true);
    expect(withMail.senders[DeliveryChannel.EMAIL]).toBeInstanceOf(EmailSender);
    await withMail.close();
    const without = createChannels({ ...deps, config: { ...MAIL_TEST_CONFIG, smtpUrl: null } });
    expect(without.planners.some((planner) => planner instanceof EmailPlanner)).toBe(false);
    expect(without.senders[DeliveryChannel.EMAIL]).toBeUndefined();
    await without.close();
  });
});
