import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { launchChromium, newContext } from "./support/browser";
import { expectFocused } from "./support/keyboard";
import {
  expectAccessible,
  expectNoHorizontalScroll,
  screenshot,
  settled,
  signIn,
  visible,
  type ApiClient,
} from "./support/pages";
import { signedUp } from "./support/payout-world";
import { signatureVerifies, startReceiver, type Received } from "./support/webhook-receiver";

// Settings › Webhooks against the real server (run with ALLOW_PRIVATE_WEBHOOKS=1, so http://127.0.0.1
// is allowed) and a real HTTP receiver started here: add an endpoint, keep its secret, receive a
// signed sale, delete it.
const suffix = Date.now().toString(36);
const SELLER = {
  name: `Bruce Wayne ${suffix}`,
  email: `bruce.${suffix}@wayne.test`,
  password: "wayne-enterprises-1939",
  business: `Wayne Gadgets ${suffix}`,
  slug: `wayne-gadgets-${suffix}`,
};
const ORDER_ID = `HOOK-${suffix}`;

/** The seller with an offer and one affiliate promoting it, set up through the API. */
async function sellerWithAffiliate(): Promise<{ owner: ApiClient; sale: () => Promise<void> }> {
  const owner = await signedUp(SELLER.name, SELLER.email, SELLER.password);
  await owner.graphql(
    `mutation ($input: CreateSellerInput!) { createSeller(input: $input) { id } }`,
    {
      input: { name: SELLER.business, slug: SELLER.slug, currencyCode: "USD" },
    },
  );
  const { createOffer: offer } = await owner.graphql<{ createOffer: { id: string } }>(
    `mutation ($input: CreateOfferInput!) { createOffer(input: $input) { id } }`,
    {
      input: {
        name: "Utility Belt",
        price: "80.00",
        commissionType: "FLAT",
        commissionValue: "8.00",
      },
    },
  );
  const affiliate = await signedUp(
    `Dick Grayson ${suffix}`,
    `dick.${suffix}@wayne.test`,
    "robin-1940",
  );
  const { joinAffiliateProgram: joined } = await affiliate.graphql<{
    joinAffiliateProgram: { id: string; referralCode: string };
  }>(
    `mutation ($input: JoinAffiliateProgramInput!) { joinAffiliateProgram(input: $input) { id referralCode } }`,
    {
      input: {
        sellerSlug: SELLER.slug,
        paymentMethod: "PAYPAL",
        payoutAccount: `dick.${suffix}@paypal.test`,
      },
    },
  );
  await affiliate.graphql(
    `mutation ($input: PromoteOfferInput!) { promoteOffer(input: $input) { offer { id } } }`,
    { input: { affiliateId: joined.id, offerId: offer.id } },
  );
  await affiliate.api.dispose();
  const sale = async () => {
    await owner.graphql(
      `mutation ($input: RecordSaleInput!) { recordSale(input: $input) { id } }`,
      {
        input: {
          referralCode: joined.referralCode,
          offerId: offer.id,
          orderId: ORDER_ID,
          saleAmount: "80.00",
        },
      },
    );
  };
  return { owner, sale };
}

/** Presses Refresh until the locator shows (the page polls by itself only while a delivery is pending). */
async function refreshUntilVisible(page: Page, target: Locator, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await target.first().isVisible())) {
    if (Date.now() > deadline) await visible(target, 1);
    await page.getByRole("button", { name: "Refresh" }).click();
    await page.waitForTimeout(1_000);
  }
}

function signInAsSeller(page: Page): Promise<void> {
  return signIn(page, SELLER.email, SELLER.password);
}

describe("webhook settings", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let world: Awaited<ReturnType<typeof sellerWithAffiliate>>;
  let secret = "";
  beforeAll(async () => {
    [browser, receiver, world] = await Promise.all([
      launchChromium(),
      startReceiver(),
      sellerWithAffiliate(),
    ]);
    context = await newContext(browser);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: process.env.E2E_BASE_URL,
    });
    page = await context.newPage();
  });
  afterAll(async () => {
    await world?.owner.api.dispose();
    await browser?.close();
    // Keep-alive connections from the server would hold close() open.
    receiver?.server.closeAllConnections();
    await new Promise((resolve) => receiver?.server.close(resolve));
  });

  it("adds an endpoint from Settings and shows its secret once, then lists it", async () => {
    await signInAsSeller(page);
    await page.getByRole("link", { name: "Settings", exact: true }).click();
    await page.getByRole("link", { name: "Manage webhooks" }).click();
    await page.waitForURL("**/seller/settings/webhooks");
    await visible(page.getByText("No webhook endpoints yet"));
    await settled(page);
    await expectAccessible(page, "Webhooks, empty");

    const form = page.getByRole("form", { name: "Add a webhook endpoint" });
    await form.getByLabel(/^Endpoint URL/).fill(receiver.url);
    await form.getByRole("button", { name: "Add endpoint" }).click();

    const panel = page.getByRole("region", { name: /shown only once/ });
    await visible(panel);
    await expectFocused(panel.getByText(/shown only once/));
    secret = await panel.getByRole("textbox", { name: "Signing secret" }).inputValue();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]{24,}$/);
    await panel.getByRole("button", { name: "Copy signing secret" }).click();
    await visible(panel.getByRole("button", { name: "Copied signing secret" }));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    const endpoint = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: receiver.url }) });
    await visible(endpoint.getByText(/Nothing sent yet/));
    await visible(panel.getByRole("button", { name: "Copy signing secret" }));
    await screenshot(page, "webhooks-secret-once");
    await expectAccessible(page, "Webhooks, secret shown once");

    await panel.getByRole("button", { name: "I have saved the secret" }).click();
    await visible(form);
    expect(await page.getByText(secret).count()).toBe(0);
    // A fresh load lists the endpoint and never shows the secret again.
    await page.reload();
    await visible(page.getByRole("heading", { name: receiver.url }));
    expect(await page.content()).not.toContain(secret);
  });

  it("posts a recorded sale to the receiver, signed with that secret, and shows it Delivered", async () => {
    await world.sale();
    const row = page
      .getByRole("row")
      .filter({ hasText: "Sale recorded" })
      .filter({ hasText: "Delivered" });
    await refreshUntilVisible(page, row);
    await visible(row.getByRole("cell", { name: "200", exact: true }));

    const sales = receiver.received.filter((message) => message.body.includes(ORDER_ID));
    expect(sales.length).toBeGreaterThanOrEqual(1);
    const [message] = sales as [Received];
    expect(message.headers["webhook-id"]).toBeTruthy();
    expect(signatureVerifies(secret, message)).toBe(true);
    expect(
      signatureVerifies(`whsec_${Buffer.from("not the secret").toString("base64")}`, message),
    ).toBe(false);
    // Standard Webhooks' payload shape: the event type, when it happened, the sale as the API shows it.
    expect(JSON.parse(message.body)).toMatchObject({
      type: "SALE_RECORDED",
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      data: expect.any(Object),
    });
    await settled(page);
    await screenshot(page, "webhooks-delivered");
    await expectAccessible(page, "Webhooks, a delivery");

    // On a phone the deliveries are cards, and nothing is wider than the screen.
    const phoneContext = await newContext(browser, "phone");
    const phone = await phoneContext.newPage();
    await signInAsSeller(phone);
    await phone.goto("/seller/settings/webhooks");
    const cards = phone.getByRole("list", { name: `Recent deliveries to ${receiver.url}` });
    await visible(cards.getByRole("listitem").filter({ hasText: "Delivered" }));
    await settled(phone);
    await expectNoHorizontalScroll(phone);
    await screenshot(phone, "webhooks-delivered-phone");
    await expectAccessible(phone, "Webhooks on a phone");
    await phoneContext.close();
  });

  it("deletes the endpoint only after confirmation", async () => {
    await page.getByRole("button", { name: `Delete ${receiver.url}` }).click();
    const dialog = page.getByRole("dialog", { name: "Delete this endpoint?" });
    await dialog.getByRole("button", { name: "Keep endpoint" }).click();
    await dialog.waitFor({ state: "hidden" });
    await visible(page.getByRole("heading", { name: receiver.url }));

    await page.getByRole("button", { name: `Delete ${receiver.url}` }).click();
    await dialog.getByRole("button", { name: "Delete endpoint" }).click();
    await visible(page.getByText("No webhook endpoints yet"));
    await page.reload();
    await visible(page.getByText("No webhook endpoints yet"));
    expect(await page.getByRole("heading", { name: receiver.url }).count()).toBe(0);
  });
});
