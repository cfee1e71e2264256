import { chromium, type Browser, type BrowserContext } from "playwright-core";

/** Debian's Chromium unless CHROMIUM_PATH says otherwise. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Headless Chromium for the tests. playwright-core's launch() already runs it on a fresh temporary
 * --user-data-dir (and refuses one in args), so no profile state leaks between runs.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** A fresh context (own cookies) at a desktop or a 375 px phone size, pinned to one locale and zone. */
export function newContext(
  browser: Browser,
  size: "desktop" | "phone" = "desktop",
): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: process.env.E2E_BASE_URL,
    viewport: size === "phone" ? { width: 375, height: 812 } : { width: 1366, height: 900 },
    locale: "en-US",
    timezoneId: "UTC",
  });
}
