import type { Browser, Page } from "playwright-core";
import { launchChromium, newContext } from "./support/browser";
import { expectAccessible, screenshot, visible } from "./support/pages";

describe("the playground", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("runs GraphiQL from the app's own assets and signs in with the first example tab", async () => {
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
    const graphqlRequests: { credentials: string | undefined; preflight: string | undefined }[] =
      [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname === "/graphql" && request.method() === "POST") {
        graphqlRequests.push({
          credentials: undefined,
          preflight: request.headers()["apollo-require-preflight"],
        });
      }
    });

    await page.goto("/playground");
    await visible(
      page.locator(".graphiql-query-editor").getByText("mutation SignInAsCoach"),
      30_000,
    );
    await runUntilAnswered(page, "Demo Coaching");
    expect(graphqlRequests.length).toBeGreaterThan(0);
    expect(graphqlRequests.every((request) => request.preflight === "true")).toBe(true);

    // The session cookie GraphiQL received is the app's: the SPA now knows the coach.
    await page.goto("/");
    await page.waitForURL("**/seller/affiliates");

    await page.goto("/playground");
    await visible(page.getByRole("button", { name: /Execute query/i }), 30_000);
    await screenshot(page, "playground");
    expect(foreignRequests).toEqual([]);
    await expectAccessible(page, "Playground");
    await context.close();
  });
});

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
