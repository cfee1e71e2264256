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

const viewports = {
  desktop: { width: 1366, height: 900 },
  // Wide enough for the navigation beside the page, too narrow for the wide tables.
  tablet: { width: 820, height: 1180 },
  phone: { width: 375, height: 812 },
};

/** A fresh context (own cookies) at a desktop, tablet or 375 px phone size, one locale and zone. */
export function newContext(
  browser: Browser,
  size: keyof typeof viewports = "desktop",
): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: process.env.E2E_BASE_URL,
    viewport: viewports[size],
    locale: "en-US",
    timezoneId: "UTC",
  });
}
