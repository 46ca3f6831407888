/**
 * Browser tests drive Debian's Chromium through Playwright (never a downloaded browser). Every page a test
 * visits is checked with axe-core against WCAG 2.1 A and AA; a failing test leaves a screenshot behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect, onTestFailed } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RESULTS = path.resolve('test-results');

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}. Install it with: apt-get install -y chromium`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

/** A new device: a phone (390×844) or a laptop. Pages opened in it are screenshotted if the test fails. */
export async function newDevice(
  browser: Browser,
  kind: 'laptop' | 'phone' = 'laptop',
): Promise<BrowserContext> {
  const context = await browser.newContext(
    kind === 'phone'
      ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'nl-NL' }
      : { viewport: { width: 1280, height: 900 }, locale: 'nl-NL' },
  );
  context.setDefaultTimeout(10_000);
  onTestFailed(async ({ task }) => {
    fs.mkdirSync(RESULTS, { recursive: true });
    const name = task.name.replace(/[^\w-]+/g, '_').slice(0, 80);
    for (const [i, page] of context.pages().entries()) {
      await page
        .screenshot({ path: path.join(RESULTS, `${name}-${kind}-${i}.png`), fullPage: true })
        .catch(() => undefined);
    }
  });
  return context;
}

/** Runs axe on the page as it is now and fails with a readable list of violations. */
export async function expectAccessible(page: Page, label = page.url()): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** Waits until the app has rendered a page's heading (not the hidden one shown while the session loads). */
export async function heading(page: Page): Promise<string> {
  const h1 = page.locator('main h1:not(.visually-hidden)');
  await h1.waitFor();
  return (await h1.textContent()) ?? '';
}

/** A new page in `context`, signed in as `who` through the login form (for accounts without two-step codes). */
export async function signInOnPage(
  context: BrowserContext,
  baseUrl: string,
  who: { email: string; password: string },
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/inloggen`);
  await page.getByLabel('E-mailadres').fill(who.email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
  return page;
}
