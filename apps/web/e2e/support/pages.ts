import AxeBuilder from "@axe-core/playwright";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, Locator, Page } from "playwright-core";
import { request } from "playwright-core";
import { WEB_DIR } from "./server";

export const DEMO_PASSWORD = "allyhut-demo";
export const COACH = "coach@allyhut.test";
export const CLARK = "clark@allyhut.test";
const ARTIFACTS_DIR = path.join(WEB_DIR, "artifacts");

/** Signs in through the Sign in page and waits to leave it. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/** Waits until the locator is visible (a failed wait fails the test with the locator in the message). */
export async function visible(locator: Locator, timeout = 15_000): Promise<Locator> {
  try {
    await locator.first().waitFor({ state: "visible", timeout });
  } catch (error) {
    // What the page showed instead, for whoever reads the failure.
    await screenshot(locator.page(), `failure-${Date.now()}`).catch(() => {});
    throw error;
  }
  return locator;
}

/** Waits until no spinner ("Loading…") is left on the page. */
export async function settled(page: Page): Promise<void> {
  await page
    .getByRole("status")
    .filter({ hasText: /Loading/ })
    .first()
    .waitFor({ state: "hidden" })
    .catch(() => {});
  await page.waitForLoadState("networkidle");
}

/** axe-core on the page as it is now: serious and critical WCAG 2.1 A/AA violations fail the test. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${where}: ${violation.id} (${violation.impact}) ${violation.help}: ${violation.nodes
          .map((node) => node.target.join(" "))
          .slice(0, 5)
          .join(" | ")}`,
    );
  expect(blocking).toEqual([]);
}

/** A full-page screenshot in apps/web/artifacts/ (gitignored) to look at after the run. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  // Let drawers and notifications finish sliding in.
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
}

/** Fails if the page is wider than the viewport (content that does not fit a phone). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** A GraphQL client over HTTP with its own cookie jar. */
export interface ApiClient {
  api: APIRequestContext;
  graphql: <T>(query: string, variables?: object) => Promise<T>;
}

/** A GraphQL client, signed out until it signs in. */
export async function apiClient(): Promise<ApiClient> {
  const api = await request.newContext({
    baseURL: process.env.E2E_BASE_URL,
    extraHTTPHeaders: { "apollo-require-preflight": "true" },
  });
  const graphql = async <T>(query: string, variables: object = {}): Promise<T> => {
    const response = await api.post("/graphql", { data: { query, variables } });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data as T;
  };
  return { api, graphql };
}

/** A signed-in API client, for what the UI does not do (a checkout reporting a sale). */
export async function apiAs(email: string): Promise<ApiClient> {
  const { api, graphql } = await apiClient();
  await graphql(
    `
      mutation ($input: LoginInput!) {
        login(input: $input) {
          id
        }
      }
    `,
    {
      input: { email, password: DEMO_PASSWORD },
    },
  );
  return { api, graphql };
}

/** A date as the e2e browser (en-US, UTC) shows it. */
export function shownDate(localDate: string): string {
  return new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(`${localDate}T00:00:00Z`),
  );
}

/** Today in UTC, the e2e browser's time zone. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
