import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '@sesao28/kit';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import type {} from '../../support/browser-setup.js';
import { startTestStack, type TestStack } from '../../support/test-stack.js';

const require = createRequire(import.meta.url);
const axeScript = require.resolve('axe-core/axe.min.js');
// docs/pages.md shows docs/screenshots; a test run writes over them only when asked (UPDATE_SCREENSHOTS=1).
const screenshotsDir = fileURLToPath(
  new URL(loadConfig().updateScreenshots ? '../../../docs/screenshots/' : '../../../.test-results/screenshots/', import.meta.url),
);

/** Headless Chromium (found once by the browser project's globalSetup), driven by playwright-core. */
export async function launchChromium(): Promise<Browser> {
  // Root (CI) cannot use Chromium's sandbox; the pages are our own, served on 127.0.0.1.
  return chromium.launch({ executablePath: inject('chromiumPath'), args: ['--no-sandbox'] });
}

/** A page at phone or desktop width with Thai as the browser's language (the app starts in Thai anyway). */
export async function openPage(browser: Browser, options: { phone?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: options.phone ? { width: 390, height: 844 } : { width: 1280, height: 900 },
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
    // The pages allow no inline script (CSP); axe-core is injected as one.
    bypassCSP: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
}

/** Presses Tab until the element with this id has the focus (keyboard only), at most `max` times. */
export async function tabTo(page: Page, id: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
  }
  throw new Error(`Tab never reached #${id}`);
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** WCAG 2.1 A/AA (and axe's best practices) on the page as it is now: zero violations, each listed when not. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  await page.addScriptTag({ path: axeScript });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations;
  });
  const lines = (violations as AxeViolation[]).map(
    (v) =>
      `${where}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
  expect(lines).toEqual([]);
}

/** Saves a screenshot <name>.png (stable names; docs/pages.md shows some from docs/screenshots). */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(screenshotsDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotsDir, `${name}.png`), fullPage });
}

export interface BrowserStack {
  t: TestStack;
  browser: Browser;
  /** The gateway's origin, where the pages are. */
  base: string;
  close(): Promise<void>;
}

/**
 * The whole stack seeded as `npm start` seeds it (with its development sign-in, unless `env` says
 * otherwise), and Chromium, started side by side.
 */
export async function startBrowserStack(env: Record<string, string> = { DEV_SIGN_IN: '1' }): Promise<BrowserStack> {
  const [t, browser] = await Promise.all([startTestStack(env, {}, { asStarted: true }), launchChromium()]);
  return {
    t,
    browser,
    base: t.stack.gatewayUrl.replace(/\/graphql$/, ''),
    close: async () => {
      await browser.close();
      await t.close();
    },
  };
}

/** Starts the stack and Chromium before a file's tests and stops them after; read its fields inside the tests. */
export function useBrowserStack(): Omit<BrowserStack, 'close'> {
  let running: BrowserStack | undefined;
  beforeAll(async () => {
    running = await startBrowserStack();
  });
  afterAll(async () => running?.close());
  const started = () => {
    if (!running) throw new Error('The browser stack has not started');
    return running;
  };
  return {
    get t() {
      return started().t;
    },
    get browser() {
      return started().browser;
    },
    get base() {
      return started().base;
    },
  };
}

/** The file a click downloads, as bytes. */
export async function downloadOf(page: Page, testId: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  return readFile((await download.path())!);
}

/** Lines of a CSV file after its BOM, without the empty one after the last CRLF. */
export function csvLines(bytes: Buffer): string[] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  expect(text.endsWith('\r\n')).toBe(true);
  return text.split('\r\n').slice(0, -1);
}

/**
 * Signs a new page in on the development sign-in as this role of this unit, from the desk's "sign
 * in first" link, and waits for the desk's queue.
 */
export async function signInAtDesk(browser: Browser, base: string, role: 'UNIT_HEAD' | 'UNIT_STAFF', unit: string): Promise<Page> {
  const page = await openPage(browser);
  await page.goto(`${base}/desk`);
  await page.getByRole('link', { name: 'เข้าสู่ระบบด้วยบทบาทที่มีสิทธิ์เพื่อดูหน้านี้' }).click();
  await page.getByLabel('บทบาท').selectOption(role);
  await page.getByLabel('หน่วยงาน').selectOption(unit);
  await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
  await page.waitForURL(/\/desk$/);
  await page.getByTestId('queue').waitFor();
  return page;
}

/**
 * Signs a new page in on the development sign-in as one of this unit's named staff (the confidential
 * claim, which the sign-in form does not offer) and opens the desk's queue.
 */
export async function signInNamedStaff(browser: Browser, base: string, role: 'UNIT_HEAD' | 'UNIT_STAFF', unit: string): Promise<Page> {
  const page = await openPage(browser);
  await page.goto(`${base}/sign-in`);
  const status = await page.evaluate(
    async (body) => {
      const response = await fetch('/dev/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
      });
      return response.status;
    },
    { role, unit, confidential: true },
  );
  expect(status).toBe(200);
  await page.goto(`${base}/desk`);
  await page.getByTestId('queue').waitFor();
  return page;
}

/** The page as it is, at phone width: nothing wider than the screen, accessible, and its screenshot `<shot>-phone`. */
export async function fitsPhone(page: Page, where: string, shot: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page, `${where} (phone)`);
  await screenshot(page, `${shot}-phone`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/**
 * The first request that carries this operation's text reaches the API, but its answer is lost on
 * the way back (automatic persisted queries send the hash alone first; that one passes). Returns
 * how many answers were cut off so far.
 */
export async function loseFirstAnswer(page: Page, operation: string): Promise<() => number> {
  let lost = 0;
  await page.route('**/graphql', async (route) => {
    const body = route.request().postData() ?? '';
    if (lost === 0 && body.includes(operation) && body.includes('"query"')) {
      lost++;
      await route.fetch();
      await route.abort('failed');
    } else await route.continue();
  });
  return () => lost;
}

/** The Thai fiscal year (B.E.) of now: it starts on 1 October, Bangkok time. */
export function fiscalYearNow(): number {
  const bangkok = new Date(Date.now() + 7 * 3_600_000);
  return bangkok.getUTCFullYear() + (bangkok.getUTCMonth() >= 9 ? 1 : 0) + 543;
}

/** A `datetime-local` value in Bangkok time, `hours` from now. */
export const bangkokLocal = (hours: number) => new Date(Date.now() + (7 + hours) * 3_600_000).toISOString().slice(0, 16);

/** Opens a unit's page and follows the link to one of its own pages (the unit's own services). */
export async function fromUnitPage(page: Page, base: string, unit: string, link: string): Promise<void> {
  await page.goto(`${base}/units/${unit}`);
  await page.getByTestId('services-public').getByRole('link', { name: link, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: link }).waitFor();
}

/**
 * Each page at phone width, in Thai and then in English: the language the page says, nothing
 * wider than the screen, and no accessibility violations.
 */
export async function expectPhonePages(browser: Browser, base: string, paths: readonly string[]): Promise<void> {
  const page = await openPage(browser, { phone: true });
  for (const lang of ['th', 'en']) {
    for (const path of paths) {
      await page.goto(`${base}${path}`);
      await page.locator('h1').waitFor();
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(lang);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await expectAccessible(page, `${path} (${lang}, phone)`);
    }
    if (lang === 'th') await page.getByRole('button', { name: 'English' }).click();
  }
  await page.context().close();
}
