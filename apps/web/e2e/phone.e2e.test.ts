import type { Browser, Locator } from "playwright-core";
import { launchChromium, newContext } from "./support/browser";
import {
  apiAs,
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
    const action = details.getByRole("button", { name: "Save note" });
    await visible(action);
    await screenshot(page, "phone-withdrawal-details");
    // The action button is on the first screen, and stays there while the form scrolls.
    await expectOnScreen(action);
    await details.getByLabel(/^Note to the affiliate/).fill("Paying Friday.\n".repeat(30));
    await expectOnScreen(action);
    await screenshot(page, "phone-withdrawal-details-long-note");
    await action.click();
    await details.waitFor({ state: "hidden" });
    // The toast sits under the header, not over the list.
    const toast = page.getByText(/withdrawal is still pending/);
    await visible(toast);
    expect((await toast.boundingBox())?.y).toBeGreaterThanOrEqual(56);
    await screenshot(page, "phone-payouts-toast");

    await context.close();
  });

  it("on a tablet, a table wider than its card says it scrolls sideways", async () => {
    const context = await newContext(browser, "tablet");
    const page = await context.newPage();
    await signIn(page, COACH);
    await page.goto("/seller/payouts");
    const requests = page.getByRole("region", { name: "Withdrawal requests" });
    await visible(requests);
    await visible(page.getByText("Scroll sideways for more columns"));
    expect(await requests.getAttribute("aria-describedby")).toBeTruthy();
    await expectNoHorizontalScroll(page);
    await screenshot(page, "tablet-payouts");
    await context.close();
  });

  it("a 2,000-character note is cut to a few lines in the affiliate's list, with Show more", async () => {
    const coach = await apiAs(COACH);
    const { withdrawals } = await coach.graphql<{
      withdrawals: {
        nodes: { id: string; amount: { amount: string }; affiliate: { name: string } }[];
      };
    }>(
      `query { withdrawals(status: PENDING, first: 100) { nodes { id amount { amount } affiliate { name } } } }`,
    );
    // Clark's $2.00 request: the seed story approves his $3.00 one, with a note of its own.
    const clarks = withdrawals.nodes.find(
      (node) => node.affiliate.name === "Clark Kent" && node.amount.amount === "2.00",
    );
    expect(clarks).toBeDefined();
    const input = {
      withdrawalId: clarks?.id,
      status: "PENDING",
      receiptNumber: null,
      paidOn: null,
      note: "We pay on Fridays. ".repeat(105).slice(0, 2000),
    };
    await coach.graphql(
      `mutation ($input: ProcessWithdrawalInput!) { processWithdrawal(input: $input) { id } }`,
      { input },
    );
    await coach.api.dispose();

    const context = await newContext(browser, "phone");
    const page = await context.newPage();
    await signIn(page, CLARK);
    const withdrawalsList = page.getByRole("list", { name: "Withdrawals" });
    await visible(withdrawalsList.getByRole("button", { name: "Show more" }));
    await settled(page);
    // Was 6,175 px with the whole note in the card.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(4500);
    await withdrawalsList.getByRole("button", { name: "Show more" }).first().click();
    await visible(withdrawalsList.getByRole("button", { name: "Show less" }));
    await expectNoHorizontalScroll(page);
    await screenshot(page, "phone-affiliate-long-note");
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

/** The locator is inside the 812 px tall viewport. */
async function expectOnScreen(locator: Locator) {
  const box = await locator.boundingBox();
  expect(box).not.toBeNull();
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(812);
}
