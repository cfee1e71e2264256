import type { Browser, Page } from "playwright-core";
import { launchChromium, newContext } from "./support/browser";
import {
  CLARK,
  COACH,
  expectAccessible,
  screenshot,
  settled,
  shownDate,
  signIn,
  todayUtc,
  visible,
} from "./support/pages";

// The DESIGN story: the coach pays Clark's $3.00 withdrawal by hand; Clark sees the receipt, date and note.
const RECEIPT = `PAYPAL-RCPT-${Date.now()}`;
const NOTE = "Paid by PayPal <script>window.__allyhutXss = 1</script> thanks!";

describe("the seed story", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the coach reviews Clark Kent, toggles his status and approves his $3.00 withdrawal", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    failOnDialogs(page);

    await page.goto("/login");
    await visible(page.getByRole("heading", { name: "Sign in" }));
    await screenshot(page, "sign-in");
    await expectAccessible(page, "Sign in");

    await signIn(page, COACH);
    expect(new URL(page.url()).pathname).toBe("/seller/affiliates");
    const affiliates = page.getByRole("table", { name: "Affiliates" });
    await visible(affiliates.getByRole("row", { name: /Clark Kent/ }));
    await settled(page);
    await screenshot(page, "my-affiliates");
    await expectAccessible(page, "My Affiliates");

    await page.getByRole("link", { name: "Options for Clark Kent" }).click();
    await visible(page.getByRole("heading", { name: "Clark Kent", level: 1 }));
    const withdrawals = page.getByRole("table", { name: "Withdrawals" });
    const pendingRows = withdrawals.getByRole("row").filter({ hasText: "Pending" });
    await visible(pendingRows);
    expect(await pendingRows.count()).toBe(2);
    expect((await pendingRows.allTextContents()).join(" ")).toMatch(
      /\$3\.00[\s\S]*\$2\.00|\$2\.00[\s\S]*\$3\.00/,
    );
    await settled(page);
    await screenshot(page, "affiliate-overview");
    await expectAccessible(page, "Affiliate overview");

    // Status toggle off and on again: the badge follows, and a reload shows what the server kept.
    const statusSwitch = page.getByRole("switch", { name: "Active" });
    expect(await statusSwitch.isChecked()).toBe(true);
    await statusSwitch.click({ force: true });
    await visible(page.getByText("Clark Kent is now disabled."));
    await page.reload();
    await visible(page.getByRole("heading", { name: "Clark Kent", level: 1 }));
    await settled(page);
    expect(await page.getByRole("switch", { name: "Active" }).isChecked()).toBe(false);
    await page.getByRole("switch", { name: "Active" }).click({ force: true });
    await visible(page.getByText("Clark Kent is now active."));
    expect(await page.getByRole("switch", { name: "Active" }).isChecked()).toBe(true);

    await page.getByRole("link", { name: "Payouts" }).click();
    await visible(page.getByRole("heading", { name: "Payouts", level: 1 }));
    await visible(page.getByRole("button", { name: "Process: $3.00 for Clark Kent" }));
    await settled(page);
    await screenshot(page, "payouts");
    await expectAccessible(page, "Payouts");

    await page.getByRole("button", { name: "Process: $3.00 for Clark Kent" }).click();
    const details = page.getByRole("dialog", { name: "Withdrawal Details" });
    await visible(details.getByRole("button", { name: "Save" }));
    await screenshot(page, "withdrawal-details");
    await expectAccessible(page, "Withdrawal Details");

    // The seller notes the payment first, while the status still says Pending, then approves.
    await details.getByLabel("Receipt number").fill(RECEIPT);
    const datePaid = details.getByLabel("Date paid");
    await datePaid.fill(todayUtc());
    // Typing keeps the calendar open over the next field; leaving the field (Tab) closes it.
    await datePaid.press("Tab");
    await page.locator(".mantine-DateInput-day").first().waitFor({ state: "hidden" });
    // The field shows the date it understood, formatted as the app does in the context's en-US/UTC.
    expect(await datePaid.inputValue()).toBe(
      new Date(`${todayUtc()}T00:00:00Z`).toLocaleDateString("en-US", {
        month: "short",
        day: "numeric",
        year: "numeric",
        timeZone: "UTC",
      }),
    );
    await details.getByText("Approved", { exact: true }).click();
    await details.getByLabel("Note to the affiliate").click();
    await details.getByLabel("Note to the affiliate").fill(NOTE);
    await screenshot(page, "withdrawal-details-filled");
    await details.getByRole("button", { name: "Save" }).click();
    await details.waitFor({ state: "hidden" });

    const clarksRows = page
      .getByRole("table", { name: "Withdrawal requests" })
      .getByRole("row")
      .filter({ hasText: "Clark Kent" });
    await visible(clarksRows.filter({ hasText: "$3.00" }).filter({ hasText: "Approved" }));
    expect(
      await clarksRows.filter({ hasText: "$3.00" }).filter({ hasText: "Pending" }).count(),
    ).toBe(0);
    expect(
      await clarksRows.filter({ hasText: "$2.00" }).filter({ hasText: "Pending" }).count(),
    ).toBe(1);
    await screenshot(page, "payouts-after-approval");

    await page.getByRole("link", { name: "Offers" }).click();
    await visible(page.getByRole("table", { name: "Offers" }));
    await settled(page);
    await screenshot(page, "offers");
    await expectAccessible(page, "Offers");
    const offerName = `Knife Sharpening ${Date.now()}`;
    await page.getByLabel(/^Name/).fill(offerName);
    await page.getByLabel(/^Price/).fill("29.5");
    await page.getByText("Flat amount", { exact: true }).click();
    await page.getByLabel(/^Commission \(USD\)/).fill("2.95");
    await page.getByRole("button", { name: "Create offer" }).click();
    const newOffer = page
      .getByRole("table", { name: "Offers" })
      .getByRole("row")
      .filter({ hasText: offerName });
    await visible(newOffer);
    expect(await newOffer.textContent()).toMatch(/\$29\.50.*\$2\.95.*Active/);
    await context.close();
  });

  it("Clark sees the receipt, the date paid and the note, shown as text", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    failOnDialogs(page);
    await signIn(page, CLARK);
    expect(new URL(page.url()).pathname).toMatch(/^\/affiliate\/[^/]+$/);

    const approvedRow = page
      .getByRole("table", { name: "Withdrawals" })
      .getByRole("row")
      .filter({ hasText: RECEIPT });
    await visible(approvedRow);
    const rowText = await approvedRow.textContent();
    expect(rowText).toContain("Approved");
    expect(rowText).toContain("$3.00");
    expect(rowText).toContain(shownDate(todayUtc()));
    expect(rowText).toContain(NOTE);
    // The note's <script> is text on screen, never markup that runs.
    expect(
      await page.evaluate(() => (window as { __allyhutXss?: number }).__allyhutXss),
    ).toBeUndefined();
    expect(await page.locator("script", { hasText: "__allyhutXss" }).count()).toBe(0);
    await visible(page.getByTestId("balance-pending").filter({ hasText: "$2.00" }));
    await settled(page);
    await screenshot(page, "affiliate-center");
    await expectAccessible(page, "Affiliate center");

    await approvedRow.getByRole("button", { name: /^Details/ }).click();
    const details = page.getByRole("dialog", { name: "Withdrawal details" });
    await visible(details.getByText(RECEIPT));
    await visible(details.getByText("Pending → Approved"));
    expect(await details.textContent()).toContain(NOTE);
    await screenshot(page, "affiliate-withdrawal-details");
    await expectAccessible(page, "Affiliate withdrawal details");
    await context.close();
  });
});

/** A `<script>` that ran (alert) or any unexpected dialog fails the test. */
function failOnDialogs(page: Page) {
  page.on("dialog", (dialog) => {
    void dialog.dismiss();
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
}
