import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startBrowserStack, type BrowserStack } from './support/browser.js';

interface SentBody {
  operationName?: string;
  query?: string;
  extensions?: { persistedQuery?: { sha256Hash?: string } };
}

describe('the pages send automatic persisted queries', () => {
  let browser: Browser;
  let base: string;
  let running: BrowserStack | undefined;
  beforeAll(async () => {
    running = await startBrowserStack();
    ({ browser, base } = running);
  });
  afterAll(async () => running?.close());

  it('sends the text once, then only its hash', async () => {
    const page = await openPage(browser);
    const sent: SentBody[] = [];
    const answered: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) sent.push(JSON.parse(request.postData() ?? '{}') as SentBody);
    });
    page.on('response', async (response) => {
      if (response.url().endsWith('/graphql')) answered.push(await response.text());
    });
    await page.goto(`${base}/news`);
    await page.getByRole('main').getByRole('article').first().waitFor();
    const first = sent.filter((b) => b.operationName === sent[0]!.operationName);
    // The gateway had never seen it: hash alone, "not found", then hash and text.
    expect(first.map((b) => Boolean(b.query))).toEqual([false, true]);
    expect(first[0]!.extensions?.persistedQuery?.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
    expect(answered.some((a) => a.includes('PERSISTED_QUERY_NOT_FOUND'))).toBe(true);

    sent.length = 0;
    await page.reload();
    await page.getByRole('main').getByRole('article').first().waitFor();
    expect(sent.length).toBeGreaterThan(0);
    // Known by now: every request is the hash alone, and each was answered.
    expect(sent.every((b) => b.query === undefined && b.extensions?.persistedQuery?.sha256Hash)).toBe(true);
  });
});
