import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { launchChromium, newContext } from "./support/browser";
import { expectFocused, tabTo } from "./support/keyboard";
import { expectAccessible, screenshot, settled, todayUtc, visible } from "./support/pages";

// A seller and an affiliate who have never seen AllyHut get from sign-up to a paid withdrawal with
// no API call of the test's own: every step is a screen.
const suffix = Date.now().toString(36);
const SELLER = {
  name: `Diana Prince ${suffix}`,
  email: `diana.${suffix}@themyscira.test`,
  password: "wonder-woman-1941",
  business: `Themyscira Fitness ${suffix}`,
};
const AFFILIATE = {
  name: `Steve Trevor ${suffix}`,
  email: `steve.${suffix}@airforce.test`,
  password: "steve-trevor-1918",
};
const OFFER = { name: "Amazon Warrior Bootcamp", price: "49.00", percent: "20", url: "" };
OFFER.url = `https://themyscira-${suffix}.test/bootcamp`;
// 20 % of 49.00, half-up to the cent.
const COMMISSION = "9.80";
const ORDER_BY_HAND = `HAND-${suffix}`;
const ORDER_FROM_FILE = `FILE-${suffix}`;
const RECEIPT = `PAYPAL-${suffix}`;

describe("a new seller and a new affiliate, from sign-up to a paid withdrawal, on screens only", () => {
  let browser: Browser;
  let sellerContext: BrowserContext;
  let seller: Page;
  let joinLink = "";
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("signs up, creates the program, shares links, records and imports sales, pays by keyboard", async () => {
    sellerContext = await newContext(browser);
    await grantClipboard(sellerContext);
    seller = await sellerContext.newPage();

    // The seller signs up and creates the program; the empty My Affiliates shows the join link.
    await signUp(seller, "/signup", SELLER);
    await seller.waitForURL("**/welcome");
    await seller.getByLabel("Business name").fill(SELLER.business);
    await seller.getByRole("button", { name: "Create seller account" }).click();
    await seller.waitForURL("**/seller/affiliates");
    joinLink = await copy(seller.getByRole("button", { name: "Copy join link" }), "join link");
    expect(joinLink).toMatch(/^http:\/\/[^/]+\/join\/themyscira-fitness-/);
    await settled(seller);
    await screenshot(seller, "new-seller-affiliates-empty");
    await expectAccessible(seller, "My Affiliates, empty");

    // An offer with its sales page.
    await seller.getByRole("link", { name: "Offers" }).click();
    const offerForm = seller.getByRole("form", { name: "Create an offer" });
    await offerForm.getByLabel("Name").fill(OFFER.name);
    await offerForm.getByLabel(/^Price/).fill(OFFER.price);
    await offerForm.getByLabel("Commission (%)").fill(OFFER.percent);
    await offerForm.getByLabel("Sales page").fill(OFFER.url);
    await offerForm.getByRole("button", { name: "Create offer" }).click();
    await visible(seller.getByRole("button", { name: `Edit ${OFFER.name}` }));

    // The affiliate follows the join link, signed out: the page says which program it is.
    const affiliateContext = await newContext(browser);
    await grantClipboard(affiliateContext);
    const affiliate = await affiliateContext.newPage();
    await affiliate.goto(joinLink);
    await affiliate.waitForURL(/\/login\?next=/);
    await visible(affiliate.getByText(`to join ${SELLER.business}'s affiliate program`));
    await affiliate.getByRole("link", { name: "Create an account" }).click();
    await signUp(affiliate, null, AFFILIATE);
    await visible(
      affiliate.getByRole("heading", { name: `Join the ${SELLER.business} affiliate program` }),
    );
    await affiliate.getByLabel("PayPal email").fill(AFFILIATE.email);
    await affiliate.getByRole("button", { name: "Join the program" }).click();
    await affiliate.waitForURL(/\/affiliate\/[^/]+$/);
    await affiliate.getByRole("button", { name: `Promote ${OFFER.name}` }).click();
    const promoted = affiliate.getByRole("article", { name: OFFER.name });
    const referralLink = await copy(
      promoted.getByRole("button", { name: `Copy referral link for ${OFFER.name}` }),
      `referral link for ${OFFER.name}`,
    );
    const referralCode = new URL(referralLink).searchParams.get("ref") ?? "";
    expect(referralLink).toBe(`${OFFER.url}?ref=${referralCode}`);
    expect(referralCode).toMatch(/^[0-9A-Z]{10}$/);
    await visible(promoted.getByText(/credited/));
    await settled(affiliate);
    await screenshot(affiliate, "new-affiliate-center");
    await expectAccessible(affiliate, "Affiliate center with a referral link");

    // The seller records one sale by hand (dated yesterday) ...
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await seller.getByRole("link", { name: "Sales" }).click();
    const saleForm = seller.getByRole("form", { name: "Record a sale" });
    await saleForm.getByRole("combobox", { name: "Offer" }).click();
    await seller.getByRole("option", { name: new RegExp(OFFER.name) }).click();
    await saleForm.getByRole("combobox", { name: "Affiliate" }).fill(AFFILIATE.name.slice(0, 12));
    await seller.getByRole("option", { name: new RegExp(AFFILIATE.name) }).click();
    await saleForm.getByLabel("Order id").fill(ORDER_BY_HAND);
    expect(await saleForm.getByLabel(/^Sale amount/).inputValue()).toBe(OFFER.price);
    await saleForm.getByLabel("Sale date").fill(yesterday);
    await saleForm.getByRole("button", { name: "Record sale" }).click();
    await visible(
      seller.getByRole("status", { name: "Sale recorded" }).getByText(`$${COMMISSION}`),
    );

    // ... and imports a file of two: the same sale again ("already recorded") and a new one.
    const csv = [
      "Order ID,Referral Code,Product,Amount,Date",
      `${ORDER_BY_HAND},${referralCode},${OFFER.name},${OFFER.price},${yesterday}`,
      `${ORDER_FROM_FILE},${referralCode},${OFFER.name},${OFFER.price},${todayUtc()}`,
    ].join("\r\n");
    await seller.locator('input[type="file"]').setInputFiles({
      name: "sales.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(csv),
    });
    const lines = seller.getByRole("table", { name: "Lines of the file" });
    await visible(
      lines.getByRole("row", { name: new RegExp(`Already recorded ${ORDER_BY_HAND}`) }),
    );
    await visible(lines.getByRole("row", { name: new RegExp(`New ${ORDER_FROM_FILE}`) }));
    await screenshot(seller, "new-seller-import-preview");
    await expectAccessible(seller, "Import preview");
    await seller.getByRole("button", { name: "Record 1 new sale" }).click();
    await visible(seller.getByRole("status", { name: "Import finished" }));

    // The affiliate now has two commissions and asks for part of them.
    await affiliate.reload();
    await visible(affiliate.getByTestId("balance-available").filter({ hasText: "$19.60" }));
    await affiliate.getByLabel(/^Amount/).fill("15.00");
    await affiliate.getByRole("button", { name: "Request withdrawal" }).click();
    await visible(affiliate.getByText("Withdrawal requested"));

    // The seller approves it with the keyboard only.
    await seller.getByRole("link", { name: "Payouts" }).click();
    const process = seller.getByRole("button", { name: `Process: $15.00 for ${AFFILIATE.name}` });
    await visible(process);
    await process.focus();
    await seller.keyboard.press("Enter");
    const details = seller.getByRole("dialog", { name: "Withdrawal Details" });
    await tabTo(seller, details.getByLabel(/^Receipt number/));
    await seller.keyboard.type(RECEIPT);
    await seller.keyboard.press("Tab");
    await expectFocused(details.getByLabel(/^Date paid/));
    await seller.keyboard.type(todayUtc());
    await seller.keyboard.press("Tab");
    await seller.keyboard.press("ArrowRight");
    expect(await details.getByRole("radio", { name: "Approved" }).isChecked()).toBe(true);
    await seller.keyboard.press("Tab");
    await seller.keyboard.type("Paid by PayPal. Thank you, Steve!");
    await seller.keyboard.press("Tab");
    await expectFocused(details.getByRole("button", { name: "Approve $15.00" }));
    await seller.keyboard.press("Enter");
    const confirm = seller.getByRole("dialog", { name: `Approve $15.00 for ${AFFILIATE.name}?` });
    await visible(confirm.getByText(RECEIPT));
    await seller.keyboard.press("Tab");
    await expectFocused(confirm.getByRole("button", { name: "Approve $15.00" }));
    await seller.keyboard.press("Enter");
    await visible(seller.getByText("Withdrawal approved."));

    // The affiliate sees it paid, with the receipt; what is left is theirs.
    await affiliate.reload();
    const myWithdrawals = affiliate.getByRole("table", { name: "Withdrawals" });
    await visible(myWithdrawals.getByRole("row", { name: new RegExp(`Approved.*${RECEIPT}`) }));
    await visible(affiliate.getByTestId("balance-available").filter({ hasText: "$4.60" }));
    await visible(affiliate.getByTestId("balance-paid").filter({ hasText: "$15.00" }));
    await screenshot(affiliate, "new-affiliate-paid");
    await affiliateContext.close();
  });

  it("runs every playground example as this new seller, and none changes who is signed in", async () => {
    await seller.goto("/playground");
    await visible(seller.getByText(`Acting as ${SELLER.name}`));
    await visible(seller.getByRole("button", { name: /Execute query/i }), 30_000);
    const tabs = seller.locator(".graphiql-tab-button");
    const names = (await tabs.allInnerTexts()).map((name) => name.trim());
    expect(names[0]).toBe("Me");
    const editor = seller.locator(".graphiql-query-editor");
    for (const name of names) {
      await seller.getByRole("button", { name, exact: true }).click();
      // The tab's own document is in the editor before Run, or GraphiQL runs the last one's name.
      await visible(editor.getByText(new RegExp(`(query|mutation)\\s+${name}\\b`)));
      await runUntilAnswered(seller);
      expect(await signedInEmail(seller)).toBe(SELLER.email);
    }
    expect(names).toEqual(["Me", "MyAffiliates", "Payouts", "RecordSale"]);
    await screenshot(seller, "new-seller-playground");
    await sellerContext.close();
  });
});

async function signUp(
  page: Page,
  from: string | null,
  person: { name: string; email: string; password: string },
): Promise<void> {
  if (from) await page.goto(from);
  await page.getByLabel("Name").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel(/^Password/).fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
}

async function grantClipboard(context: BrowserContext): Promise<void> {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: process.env.E2E_BASE_URL,
  });
}

/**
 * Presses a Copy button and answers what it put on the clipboard, once the button says "Copy" again
 * (after 2 s): axe must not judge the colours of the fade between its two states.
 */
async function copy(button: Locator, what: string): Promise<string> {
  await button.click();
  const page = button.page();
  await visible(page.getByRole("button", { name: `Copied ${what}` }));
  const text = await page.evaluate(() => navigator.clipboard.readText());
  await visible(page.getByRole("button", { name: `Copy ${what}` }));
  await page.waitForTimeout(300);
  return text;
}

/** Who the session cookie belongs to now, asked the way the app asks. */
function signedInEmail(page: Page): Promise<string | null> {
  return page.evaluate(async () => {
    const response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", "apollo-require-preflight": "true" },
      body: JSON.stringify({ query: "{ me { email } }" }),
    });
    const body = (await response.json()) as { data?: { me: { email: string } | null } };
    return body.data?.me?.email ?? null;
  });
}

/** Runs the open tab until the response pane shows data (Monaco may still be starting). */
async function runUntilAnswered(page: Page): Promise<void> {
  const response = page.locator(".graphiql-response");
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await page.getByRole("button", { name: /Execute query/i }).click();
    const answered = await response
      .getByText(/"data"/)
      .first()
      .waitFor({ state: "visible", timeout: 5_000 })
      .then(
        () => true,
        () => false,
      );
    if (answered) return;
  }
  throw new Error("the playground never answered");
}
