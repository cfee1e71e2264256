import type { Locator, Page } from "playwright-core";

/** Presses Tab until the locator has the focus (at most 10 times), as a keyboard user would. */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 10; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expectFocused(target);
}

/** The locator has the focus (a dialog moves it there as it opens: allowed 2 s). */
export async function expectFocused(target: Locator): Promise<void> {
  const focused = () => target.evaluate((element) => element === document.activeElement);
  for (let attempt = 0; attempt < 20 && !(await focused()); attempt += 1) {
    await target.page().waitForTimeout(100);
  }
  expect(await focused()).toBe(true);
}
