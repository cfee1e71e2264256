import type { Browser, Page } from "playwright-core";
import { launchChromium, newContext } from "./support/browser";
import { COACH, expectAccessible, screenshot, signIn, visible } from "./support/pages";

describe("the playground", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("asks a signed-out visitor to sign in first, and offers only read-only examples", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/playground");
    await visible(page.getByText("Sign in first"));
    expect(await page.getByRole("link", { name: "Sign in to AllyHut" }).getAttribute("href")).toBe(
      "/login?next=%2Fplayground",
    );
    await visible(page.getByRole("button", { name: /Execute query/i }), 30_000);
    expect(await tabNames(page)).toEqual(["AffiliateCenter", "Me"]);
    await runUntilAnswered(page, "Demo Coaching");
    await screenshot(page, "playground-signed-out");
    await context.close();
  });

  it("acts as the signed-in seller, from the app's own assets, with their own data", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const foreignRequests: string[] = [];
    const origin = new URL(process.env.E2E_BASE_URL ?? "").origin;
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) {
        foreignRequests.push(url);
      }
    });
    const preflights: (string | undefined)[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname === "/graphql" && request.method() === "POST") {
        preflights.push(request.headers()["apollo-require-preflight"]);
      }
    });

    await signIn(page, COACH);
    await page.goto("/playground");
    await visible(page.getByText("Acting as Demo Coach"));
    const editor = page.locator(".graphiql-query-editor");
    await visible(editor.getByText("query Me"), 30_000);
    // Monaco draws spaces as non-breaking ones.
    await visible(editor.getByText(/Who\s+you\s+are:\s+Demo\s+Coach/));
    // No tab signs anyone in or out.
    const tabs = await tabNames(page);
    expect(tabs[0]).toBe("Me");
    expect(tabs).toEqual(expect.arrayContaining(["MyAffiliates", "Payouts", "RecordSale"]));
    expect(tabs.join(" ")).not.toMatch(/sign|log/i);
    await runUntilAnswered(page, "coach@allyhut.test");
    expect(preflights.length).toBeGreaterThan(0);
    expect(preflights.every((header) => header === "true")).toBe(true);

    // RecordSale sells one of the seller's offers at its price, with an affiliate who promotes it.
    await page.getByRole("button", { name: "RecordSale" }).click();
    await visible(editor.getByText(/CHANGES\s+DATA/));
    // Monaco draws the variables as lines of text (non-breaking spaces for indentation).
    const variablesText = await page
      .locator(".graphiql-editor-tool .view-lines")
      .first()
      .innerText();
    const variables = JSON.parse(variablesText.replace(/\u00a0/g, " ")) as {
      saleAmount: string;
      offerId: string;
    };
    expect(variables.saleAmount).toMatch(/^\d+\.\d{2}$/);
    expect(variables.offerId).not.toBe("");
    await runUntilAnswered(page, `"amount": "${variables.saleAmount}"`);
    await screenshot(page, "playground");
    expect(foreignRequests).toEqual([]);
    await expectAccessible(page, "Playground");
    await context.close();
  });

  it("on a 375 px phone, shows the response below the editors, at full width", async () => {
    const context = await newContext(browser, "phone");
    const page = await context.newPage();
    await signIn(page, COACH);
    await page.goto("/playground");
    await visible(page.getByRole("button", { name: /Execute query/i }), 30_000);
    await runUntilAnswered(page, "coach@allyhut.test");
    const editors = await page.locator(".graphiql-editors").boundingBox();
    const response = await page.locator(".graphiql-response").boundingBox();
    expect(response?.width).toBeGreaterThan(250);
    expect(response?.y).toBeGreaterThan((editors?.y ?? 0) + (editors?.height ?? 0) - 1);
    await screenshot(page, "phone-playground");
    await context.close();
  });
});

/** The editor tabs' names, in order. */
async function tabNames(page: Page): Promise<string[]> {
  return (await page.locator(".graphiql-tab-button").allInnerTexts()).map((name) => name.trim());
}

/** Monaco may still be starting its workers when the button appears: run again until an answer shows. */
async function runUntilAnswered(page: Page, expected: string) {
  const answer = page.locator(".graphiql-response").getByText(expected);
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await page.getByRole("button", { name: /Execute query/i }).click();
    if (
      await answer
        .first()
        .waitFor({ state: "visible", timeout: 5_000 })
        .then(
          () => true,
          () => false,
        )
    )
      return;
  }
  await visible(answer);
}
