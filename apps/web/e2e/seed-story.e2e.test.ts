import type { Browser, Page } from "playwright-core";
import { launchChromium, newContext } from "./support/browser";
import { expectFocused, tabTo } from "./support/keyboard";
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
const NOTE_FIRST_LINE = "Paid by PayPal <script>window.__allyhutXss = 1</script>";
const NOTE_SECOND_LINE = "Thanks!";
const NOTE = `${NOTE_FIRST_LINE}\n${NOTE_SECOND_LINE}`;

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

    await affiliates.getByRole("link", { name: "Clark Kent" }).click();
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

    // Status off (asked once, in words) and on again: a reload shows what the server kept.
    await page.getByRole("switch", { name: "Active: Clark Kent" }).click({ force: true });
    const disable = page.getByRole("dialog", { name: "Disable Clark Kent?" });
    await visible(disable.getByText(/can no longer promote your offers/));
    // After the dialog's opening transition: axe would judge its half-faded colours.
    await screenshot(page, "disable-affiliate");
    await expectAccessible(page, "Disable an affiliate");
    await disable.getByRole("button", { name: "Disable Clark Kent" }).click();
    await visible(page.getByText("Clark Kent is now disabled."));
    await page.reload();
    await visible(page.getByRole("heading", { name: "Clark Kent", level: 1 }));
    await settled(page);
    const disabledSwitch = page.getByRole("switch", { name: "Disabled: Clark Kent" });
    expect(await disabledSwitch.isChecked()).toBe(false);
    await disabledSwitch.click({ force: true });
    await visible(page.getByText("Clark Kent is now active."));
    expect(await page.getByRole("switch", { name: "Active: Clark Kent" }).isChecked()).toBe(true);

    await page.getByRole("link", { name: "Payouts" }).click();
    await visible(page.getByRole("heading", { name: "Payouts", level: 1 }));
    await visible(page.getByRole("button", { name: "Process: $3.00 for Clark Kent" }));
    await settled(page);
    await screenshot(page, "payouts");
    await expectAccessible(page, "Payouts");

    // The whole drawer with the keyboard only: open, fill in, decide, confirm.
    await page.getByRole("button", { name: "Process: $3.00 for Clark Kent" }).focus();
    await page.keyboard.press("Enter");
    const details = page.getByRole("dialog", { name: "Withdrawal Details" });
    await visible(details.getByRole("button", { name: "Save note" }));
    await screenshot(page, "withdrawal-details");
    await expectAccessible(page, "Withdrawal Details");

    // Tab order: receipt, date, status, note, button. Enter in a field sends nothing.
    await tabTo(page, details.getByLabel(/^Receipt number/));
    await page.keyboard.type(RECEIPT);
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await expectFocused(details.getByLabel(/^Date paid/));
    // What an en-US seller types: 12/24/2026, read as the day it names and kept as typed.
    const typedDate = usDate(todayUtc());
    await page.keyboard.type(typedDate);
    await page.keyboard.press("Enter");
    await visible(details.getByText(`Read as ${fullDate(todayUtc())}`));
    await page.keyboard.press("Tab");
    await expectFocused(details.getByRole("radio", { name: "Pending" }));
    await page.keyboard.press("ArrowRight");
    expect(await details.getByRole("radio", { name: "Approved" }).isChecked()).toBe(true);
    await page.keyboard.press("Tab");
    await expectFocused(details.getByLabel(/^Note to the affiliate/));
    await page.keyboard.type(NOTE_FIRST_LINE);
    await page.keyboard.press("Enter");
    await page.keyboard.type(NOTE_SECOND_LINE);
    expect(await details.getByLabel(/^Date paid/).inputValue()).toBe(typedDate);
    expect(await details.getByLabel(/^Note to the affiliate/).inputValue()).toBe(NOTE);
    expect(await page.getByRole("dialog", { name: /^Approve/ }).count()).toBe(0);
    await page.keyboard.press("Tab");
    const approveButton = details.getByRole("button", { name: "Approve $3.00" });
    await expectFocused(approveButton);
    await screenshot(page, "withdrawal-details-filled");

    // Escape asks before throwing the typed details away; Keep editing keeps them.
    await page.keyboard.press("Escape");
    const discard = page.getByRole("dialog", { name: "Discard your changes?" });
    await visible(discard);
    await expectFocused(discard.getByRole("button", { name: "Keep editing" }));
    await page.keyboard.press("Enter");
    await discard.waitFor({ state: "hidden" });
    expect(await details.getByLabel(/^Receipt number/).inputValue()).toBe(RECEIPT);

    // Approved is final: asked once, naming the amount, the affiliate and the receipt.
    await approveButton.focus();
    await page.keyboard.press("Enter");
    const confirm = page.getByRole("dialog", { name: "Approve $3.00 for Clark Kent?" });
    await visible(confirm.getByText(RECEIPT));
    await screenshot(page, "withdrawal-details-confirm");
    await expectAccessible(page, "Approve confirmation");
    await page.keyboard.press("Tab");
    await expectFocused(confirm.getByRole("button", { name: "Approve $3.00" }));
    await page.keyboard.press("Enter");
    await details.waitFor({ state: "hidden" });

    // The toast sits under the header, clear of the table's rows and pager.
    const toast = page.getByText("Clark Kent's $3.00 withdrawal approved.");
    await visible(toast);
    const toastBox = await toast.boundingBox();
    expect(toastBox?.y).toBeGreaterThanOrEqual(56);
    await screenshot(page, "payouts-toast");

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
    // Her own drawer speaks to her: the note is from the seller, and she is not named.
    await visible(details.getByText("Note from Demo Coaching"));
    expect(await details.getByText("Note to the affiliate").count()).toBe(0);
    expect(await details.getByText("Clark Kent").count()).toBe(0);
    await screenshot(page, "affiliate-withdrawal-details");
    await expectAccessible(page, "Affiliate withdrawal details");
    await context.close();
  });
});

/** "12/24/2026": a date as an en-US seller types it. */
const usDate = (localDate: string) => {
  const [year, month, day] = localDate.split("-");
  return `${month}/${day}/${year}`;
};

/** "Thursday, December 24, 2026", as the field says it read the date. */
const fullDate = (localDate: string) =>
  new Intl.DateTimeFormat("en-US", { dateStyle: "full", timeZone: "UTC" }).format(
    new Date(`${localDate}T00:00:00Z`),
  );

/** A `<script>` that ran (alert) or any unexpected dialog fails the test. */
function failOnDialogs(page: Page) {
  page.on("dialog", (dialog) => {
    void dialog.dismiss();
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
}
