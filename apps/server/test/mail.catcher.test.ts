import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import nodemailer from "nodemailer";
import { startMailCatcher, type MailCatcher } from "../src/dev-mail/mail-catcher";

describe("the development mail catcher", () => {
  let catcher: MailCatcher;
  beforeAll(async () => {
    catcher = await startMailCatcher({ smtpPort: 0, webPort: 0 });
  });
  afterAll(() => catcher.close());

  it("takes mail over SMTP and lists it; a message's HTML only in a sandboxed frame", async () => {
    const transport = nodemailer.createTransport(catcher.smtpUrl);
    await transport.sendMail({
      from: '"Coach <Carter>" <no-reply@allyhut.test>',
      to: "ann@example.test",
      subject: "Paid <b>now</b>",
      html: "<p>Hello</p><script>alert(1)</script>",
      text: "Hello <script>",
      headers: { "List-Unsubscribe": "<https://app.allyhut.test/unsubscribe?user=1&token=t>" },
    });
    transport.close();
    expect(catcher.messages).toHaveLength(1);

    const list = await fetch(catcher.inboxUrl);
    expect(list.headers.get("content-security-policy")).toContain("default-src 'none'");
    const listHtml = await list.text();
    expect(listHtml).toContain("Paid &#60;b&#62;now&#60;/b&#62;");
    expect(listHtml).toContain("ann@example.test");
    expect(listHtml).not.toContain("<b>now");

    const view = await fetch(new URL("/messages/1", catcher.inboxUrl));
    const viewHtml = await view.text();
    expect(viewHtml).toContain('<iframe sandbox src="/messages/1/html"');
    expect(viewHtml).toContain("Hello &#60;script&#62;");
    expect(viewHtml).toContain('href="https://app.allyhut.test/unsubscribe?user=1&#38;token=t"');

    const raw = await fetch(new URL("/messages/1/html", catcher.inboxUrl));
    expect(raw.headers.get("content-security-policy")).toMatch(/sandbox$/);
    expect(raw.headers.get("content-security-policy")).not.toContain("script-src");
    expect(await raw.text()).toContain("<p>Hello</p>");

    expect((await fetch(new URL("/messages/99", catcher.inboxUrl))).status).toBe(404);
  });

  it("takes a free port when the usual one is taken", async () => {
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(0, "127.0.0.1", resolve));
    const taken = (squatter.address() as AddressInfo).port;
    const second = await startMailCatcher({ smtpPort: taken, webPort: 0 });
    try {
      expect(second.smtpUrl).toMatch(/^smtp:\/\/127\.0\.0\.1:\d+$/);
      expect(second.smtpUrl).not.toBe(`smtp://127.0.0.1:${taken}`);
    } finally {
      await second.close();
      await new Promise((resolve) => squatter.close(resolve));
    }
  });
});
