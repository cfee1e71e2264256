import { readFile } from "node:fs/promises";
import type { Browser } from "playwright-core";
import { launchChromium, newContext } from "./support/browser";
import { payoutWorld, type PayoutWorld } from "./support/payout-world";
import { expectAccessible, screenshot, settled, signIn, todayUtc, visible } from "./support/pages";

// Payout day in the browser: select, batch, download PayPal's file, import PayPal's report, rows APPROVED.
const suffix = Date.now().toString(36);

/** PayPal's payout report for the downloaded file: every line paid but the last, which went unclaimed. */
function paypalReport(fileLines: string[][]): string {
  const header = "Transaction ID,Recipient,Amount,Currency,Status,Customer ID,Time Processed";
  const lines = fileLines.map(([recipient, amount, currency, reference], index) => {
    const paid = index < fileLines.length - 1;
    return [
      paid ? `PP-${suffix}-${index + 1}` : "",
      recipient,
      amount,
      currency,
      paid ? "Completed" : "Unclaimed",
      reference,
      `${todayUtc()}T09:30:00Z`,
    ].join(",");
  });
  return [header, ...lines].join("\r\n") + "\r\n";
}

describe("payout day", () => {
  let browser: Browser;
  let world: PayoutWorld;
  beforeAll(async () => {
    [browser, world] = await Promise.all([launchChromium(), payoutWorld(suffix, 3)]);
  });
  afterAll(async () => {
    await world?.dispose();
    await browser?.close();
  });

  it("the seller batches three PayPal requests, downloads PayPal's file and imports PayPal's report", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, world.seller.email, world.seller.password);

    await page.getByRole("link", { name: "Payouts", exact: true }).click();
    const requests = page.getByRole("table", { name: "Withdrawal requests" });
    for (const w of world.withdrawals) {
      await visible(requests.getByRole("row", { name: new RegExp(w.affiliateName) }));
    }
    await settled(page);
    await page.getByRole("checkbox", { name: "Select every pending request on this page" }).check({
      force: true,
    });
    const selected = page.getByRole("region", { name: "Selected requests" });
    await visible(selected.getByText("3 selected"));
    await screenshot(page, "payout-day-selected");
    await selected.getByRole("button", { name: "Create payout batch" }).click();

    await page.waitForURL(/\/seller\/payout-batches\/\d+$/);
    const batchId = new URL(page.url()).pathname.split("/").pop();
    const rows = page.getByRole("table", { name: "Requests in this batch" });
    for (const w of world.withdrawals) {
      await visible(rows.getByTestId(`batch-row-AH-W-${w.id}`));
    }
    await visible(page.getByText("$36.00"));
    await settled(page);
    await expectAccessible(page, "Payout batch");

    // PayPal's upload file: no header, the reference as Customer ID on every line.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download for PayPal" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`allyhut-batch-${batchId}-paypal.csv`);
    const file = await readFile(await download.path(), "utf8");
    const fileLines = file
      .trim()
      .split("\r\n")
      .map((line) => line.split(","));
    expect(fileLines.map((line) => line[3]).sort()).toEqual(
      world.withdrawals.map((w) => `AH-W-${w.id}`).sort(),
    );
    for (const line of fileLines) {
      const w = world.withdrawals.find((candidate) => `AH-W-${candidate.id}` === line[3]);
      expect([line[1], line[2], line[5]]).toEqual([w?.amount, "USD", "PAYPAL"]);
    }

    // The report: previewed (nothing changed), then confirmed.
    const unclaimed = fileLines.at(-1)?.[3];
    await page.locator('input[type="file"]').setInputFiles({
      name: "paypal-report.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(paypalReport(fileLines)),
    });
    await visible(page.getByText("Checked, nothing changed yet."));
    const preview = page.getByRole("table", { name: "Lines of the file" });
    expect(await preview.getByText("Will be approved").count()).toBe(2);
    expect(await preview.getByText("Will leave the batch").count()).toBe(1);
    await expectAccessible(page, "Payout report preview");
    await screenshot(page, "payout-day-preview");
    await page.getByRole("button", { name: "Confirm import" }).click();
    await visible(page.getByText("Report imported"));
    await settled(page);
    await screenshot(page, "payout-day-imported");

    // Two paid requests are APPROVED with PayPal's transaction ids; the unclaimed one left the batch.
    await page.getByRole("link", { name: "Payouts", exact: true }).click();
    await visible(page.getByRole("table", { name: "Withdrawal requests" }));
    await settled(page);
    const statusOf = async (reference: string) => {
      const id = reference.replace("AH-W-", "");
      const w = world.withdrawals.find((candidate) => candidate.id === id);
      return page
        .getByRole("table", { name: "Withdrawal requests" })
        .getByRole("row", { name: new RegExp(w?.affiliateName ?? "?") })
        .innerText();
    };
    for (const [, , , reference = ""] of fileLines) {
      const shown = await statusOf(reference);
      expect(shown).toMatch(reference === unclaimed ? /Pending/i : /Approved/i);
    }
    await page.getByRole("link", { name: "Payout batches" }).click();
    const batches = page.getByRole("table", { name: "Payout batches" });
    await visible(batches.getByRole("row", { name: /Closed/ }));
    await context.close();

    // The affiliate finds the paid request by the reference printed in PayPal's file.
    const paid = world.withdrawals.find((w) => `AH-W-${w.id}` !== unclaimed);
    const affiliateContext = await newContext(browser);
    const affiliatePage = await affiliateContext.newPage();
    await signIn(affiliatePage, paid?.affiliateEmail ?? "", world.seller.password);
    await visible(affiliatePage.getByText(`AH-W-${paid?.id}`));
    await affiliateContext.close();
  });
});
