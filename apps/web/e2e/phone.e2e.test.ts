import type { Browser } from "playwright-core";
import { launchChromium, newContext } from "./support/browser";
import {
  CLARK,
  COACH,
  expectAccessible,
  expectNoHorizontalScroll,
  screenshot,
  settled,
  signIn,
  visible,
} from "./support/pages";

// 375 px wide: nothing overflows the page (wide tables scroll inside their card), menus still reachable.
describe("on a 375 px phone", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the seller's screens fit and the navigation opens from the menu button", async () => {
    const context = await newContext(browser, "phone");
    const page = await context.newPage();
    await page.goto("/login");
    await visible(page.getByRole("heading", { name: "Sign in" }));
    await expectNoHorizontalScroll(page);
    await screenshot(page, "phone-sign-in");

    await signIn(page, COACH);
    await visible(page.getByRole("list", { name: "Affiliates" }));
    await settled(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, "phone-my-affiliates");
    await expectAccessible(page, "My Affiliates (phone)");

    await page.getByRole("button", { name: "Open navigation" }).click();
    await page.getByRole("link", { name: "Payouts" }).click();
    await visible(page.getByRole("heading", { name: "Payouts", level: 1 }));
    await settled(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, "phone-payouts");

    await page
      .getByRole("button", { name: /^Process: / })
      .first()
      .click();
    const details = page.getByRole("dialog", { name: "Withdrawal Details" });
    await visible(details.getByRole("button", { name: "Save" }));
    await screenshot(page, "phone-withdrawal-details");
    await context.close();
  });

  it("the affiliate center fits", async () => {
    const context = await newContext(browser, "phone");
    const page = await context.newPage();
    await signIn(page, CLARK);
    await visible(page.getByTestId("balance-available"));
    await settled(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, "phone-affiliate-center");
    await expectAccessible(page, "Affiliate center (phone)");
    await context.close();
  });
});
