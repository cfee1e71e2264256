import { readFile } from "node:fs/promises";
import type { Browser } from "playwright-core";
import { launchChromium, newContext } from "./support/browser";
import { payoutWorld, type PayoutWorld } from "./support/payout-world";
import { expectAccessible, settled, signIn, visible } from "./support/pages";

// A seller sets a minimum payout the affiliate then meets, reads the monthly chart's text alternative
// and downloads the withdrawals CSV for the books.
const suffix = `b${Date.now().toString(36)}`;

describe("balance rules and reports", () => {
  let browser: Browser;
  let world: PayoutWorld;
  beforeAll(async () => {
    [browser, world] = await Promise.all([launchChromium(), payoutWorld(suffix, 1)]);
  });
  afterAll(async () => {
    await world?.dispose();
    await browser?.close();
  });

  it("a minimum payout, the monthly chart's table and a CSV export read back", async () => {
    const [request] = world.withdrawals;
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, world.seller.email, world.seller.password);

    await page.getByRole("link", { name: "Settings" }).click();
    const minimum = page.getByLabel(/^Minimum payout \(USD\)/);
    await visible(minimum);
    await minimum.fill("25.00");
    await page.getByRole("button", { name: "Save settings" }).click();
    await settled(page);
    await page.reload();
    await visible(page.getByLabel(/^Minimum payout \(USD\)/));
    expect(await page.getByLabel(/^Minimum payout \(USD\)/).inputValue()).toMatch(/^25(\.00)?$/);

    // The chart's text alternative: this month's $20.00 commission and nothing paid yet.
    await page.getByRole("link", { name: "Payouts", exact: true }).click();
    const months = page.getByRole("table", { name: "Last 12 months" });
    await months.waitFor({ state: "attached" });
    const thisMonth = months.getByRole("row").last();
    expect((await thisMonth.textContent())?.replace(/\s+/g, " ")).toContain("$20.00$0.00");
    expect(await page.getByRole("figure").first().getAttribute("aria-label")).toMatch(/\$20\.00/);
    await settled(page);
    await expectAccessible(page, "Payouts with the monthly chart");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Export CSV" }).first().click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^payday-${suffix}-withdrawals.*\\.csv$`),
    );
    const csv = (await readFile(await download.path(), "utf8")).trim().split(/\r?\n/);
    expect(csv[0]).toMatch(/^reference,requested_at,affiliate,/);
    expect(csv).toHaveLength(2);
    expect(csv[1]).toContain(`AH-W-${request?.id}`);
    expect(csv[1]).toContain(request?.affiliateName);
    expect(csv[1]).toContain(",11.00,USD,PENDING,");
    await context.close();

    // The affiliate ($9.00 available) sees the minimum and why the request button is off.
    const affiliateContext = await newContext(browser);
    const affiliatePage = await affiliateContext.newPage();
    await signIn(affiliatePage, request?.affiliateEmail ?? "", world.seller.password);
    await visible(affiliatePage.getByText("Minimum payout: $25.00"));
    await visible(
      affiliatePage.getByText(
        "You can request a withdrawal once your available balance ($9.00) reaches the minimum payout of $25.00.",
      ),
    );
    await affiliateContext.close();
  });
});
