import { AffiliateStatus, WithdrawalStatus } from "@allyhut/schema";
import { loadConfig } from "../src/config";
import { EmailKind } from "../src/modules/notifications/mail/email-kind";
import { EmailPlanner } from "../src/modules/notifications/mail/email-planner";
import { UnsubscribeTokens } from "../src/modules/notifications/mail/unsubscribe-tokens";
import { createProgram, createUser, earn, moneyServices } from "./support/fixtures";
import { startTestServer, type TestServer } from "./support/http";
import { startTestInbox, type TestInbox } from "./support/mail-inbox";
import { planAll, switchAffiliate, testEmailSender } from "./support/mail-outbox";

const ONE_CLICK = "List-Unsubscribe=One-Click";

describe("unsubscribe links", () => {
  let server: TestServer;
  let tokens: UnsubscribeTokens;
  let inbox: TestInbox;
  const planner = new EmailPlanner();

  beforeAll(async () => {
    server = await startTestServer();
    inbox = await startTestInbox();
    // The server has no SESSION_SECRET here: both read the key the database keeps.
    tokens = new UnsubscribeTokens(server.db.dataSource, { sessionSecret: null, publicUrl: "" });
  });
  afterAll(async () => {
    await inbox.close();
    await server.close();
  });

  /** The link's path and query, on the test server. */
  const onServer = async (userId: string) => `${server.url}${await tokens.link(userId)}`;
  const postOneClick = (url: string) =>
    fetch(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: ONE_CLICK,
    });
  const optedOut = async (userId: string) =>
    (await server.db.dataSource.query("SELECT 1 FROM email_opt_outs WHERE user_id = ?", [userId]))
      .length === 1;

  it("GET shows a confirmation page; POST (one-click) records the opt-out, twice is fine", async () => {
    const user = await createUser(server.db.dataSource);
    const url = await onServer(user.userId);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Unsubscribe from AllyHut e-mails?");
    expect(html).toMatch(/<form method="post" action="\/unsubscribe\?user=\d+&#38;token=[\w-]+">/);
    expect(await optedOut(user.userId)).toBe(false);

    for (let click = 0; click < 2; click++) {
      const done = await postOneClick(url);
      expect(done.status).toBe(200);
      expect(await done.text()).toContain("You are unsubscribed");
    }
    expect(await optedOut(user.userId)).toBe(true);
  });

  it("a forged, foreign or missing token is refused with a clear 400 page, and records nothing", async () => {
    const victim = await createUser(server.db.dataSource);
    const attacker = await createUser(server.db.dataSource);
    const attackerLink = new URL(await onServer(attacker.userId));
    const foreign = `${server.url}/unsubscribe?user=${victim.userId}&token=${attackerLink.searchParams.get("token")}`;
    const cases = [
      foreign,
      `${server.url}/unsubscribe?user=${victim.userId}&token=${"A".repeat(43)}`,
      `${server.url}/unsubscribe?user=${victim.userId}`,
      `${server.url}/unsubscribe?user=${victim.userId}&token=x&token=y`,
      `${server.url}/unsubscribe?user=abc&token=${attackerLink.searchParams.get("token")}`,
      `${server.url}/unsubscribe`,
    ];
    for (const url of cases) {
      for (const response of [await fetch(url), await postOneClick(url)]) {
        expect(response.status).toBe(400);
        expect(response.headers.get("content-type")).toMatch(/^text\/html/);
        expect(await response.text()).toContain("This unsubscribe link is not valid");
      }
    }
    expect(await optedOut(victim.userId)).toBe(false);
  });

  it("with SESSION_SECRET the key is derived from it: other links, still verified", async () => {
    const user = await createUser(server.db.dataSource);
    const secret = "s".repeat(40);
    const derived = new UnsubscribeTokens(server.db.dataSource, {
      sessionSecret: secret,
      publicUrl: "",
    });
    const token = new URL(`http://x${await derived.link(user.userId)}`).searchParams.get("token");
    expect(await derived.verify(user.userId, token)).toBe(true);
    expect(await tokens.verify(user.userId, token)).toBe(false);
    const other = new UnsubscribeTokens(server.db.dataSource, {
      sessionSecret: `${secret}x`,
      publicUrl: "",
    });
    expect(await other.verify(user.userId, token)).toBe(false);
  });

  it("an affiliate who unsubscribed gets no switch e-mails but still the payment ones", async () => {
    const db = server.db.dataSource;
    const program = await createProgram(db, { commissionValue: 100 });
    const { seller, affiliate } = program;
    await earn(db, program, 1_000);
    expect((await postOneClick(await onServer(affiliate.user.userId))).status).toBe(200);
    expect((await postOneClick(await onServer(seller.owner.userId))).status).toBe(200);

    await switchAffiliate(db, program, AffiliateStatus.DISABLED);
    await switchAffiliate(db, program, AffiliateStatus.ACTIVE);
    const withdrawals = moneyServices(db).withdrawals;
    const withdrawal = await withdrawals.request(affiliate.viewer, {
      affiliateId: affiliate.affiliateId,
      amountCents: 300,
    });
    await withdrawals.process(seller.viewer, {
      withdrawalId: withdrawal.id,
      status: WithdrawalStatus.APPROVED,
      receiptNumber: "R-1",
      paidOn: new Date().toISOString().slice(0, 10),
    });
    // Only the payment e-mail: no switch e-mails, and no digest for the seller who unsubscribed.
    const deliveries = await planAll(db, planner);
    expect(deliveries.map((d) => [d.emailKind, d.emailTo])).toEqual([
      [EmailKind.WITHDRAWAL_PAID, affiliate.user.email],
    ]);
    const { sender, close } = testEmailSender(db, inbox.smtpUrl);
    try {
      expect(await sender.send(deliveries[0]!)).toMatchObject({ delivered: true });
      const [mail] = await inbox.waitFor(1);
      expect(mail!.subject).toMatch(/^You've been paid \$3\.00/);
    } finally {
      close();
    }
  });

  it("unsubscribed after the e-mail was planned: it is not sent", async () => {
    const db = server.db.dataSource;
    const program = await createProgram(db);
    const { affiliate } = program;
    await switchAffiliate(db, program, AffiliateStatus.DISABLED);
    const [delivery] = await planAll(db, planner);
    expect(delivery!.emailKind).toBe(EmailKind.AFFILIATE_SWITCHED);
    await postOneClick(await onServer(affiliate.user.userId));
    const { sender, close } = testEmailSender(db, inbox.smtpUrl);
    inbox.messages.length = 0;
    try {
      expect(await sender.send(delivery!)).toEqual({ delivered: true });
      expect(inbox.messages).toHaveLength(0);
    } finally {
      close();
    }
  });
});

// Links in e-mails outlive restarts: a new instance (as a restarted process has) reads the same key.
it("the database-kept key is the same for every instance on the database", async () => {
  const server = await startTestServer();
  try {
    const config = loadConfig({ NODE_ENV: "test" });
    const first = new UnsubscribeTokens(server.db.dataSource, config);
    const second = new UnsubscribeTokens(server.db.dataSource, config);
    const link = await first.link("42");
    expect(await second.link("42")).toBe(link);
  } finally {
    await server.close();
  }
});
