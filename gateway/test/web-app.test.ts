import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webAppRouter } from '../src/web-app.js';

/** An app like the gateway's: its own routes first, the web app after them, /graphql added later. */
async function serve(dir: string | undefined) {
  const app = express();
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.use(webAppRouter(dir, ['/graphql', '/healthz', '/explorer', '/dev', '/files']));
  app.use('/graphql', (_req, res) => void res.json({ graphql: true }));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(r)) };
}

describe('the web app at /', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sesao28-web-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>app</title><div id="root"></div>');
  writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
  let built: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    built = await serve(dir);
  });
  afterAll(async () => built?.close());

  it('answers every page address with the app, under a strict content policy', async () => {
    for (const page of ['/', '/feedback', '/units/FINANCE', '/follow?code=SSK-AAAA-BBBB-CCCC', '/dashboard']) {
      const res = await fetch(`${built.base}${page}`);
      expect(res.status, page).toBe(200);
      expect(await res.text()).toContain('<div id="root">');
      expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'; script-src 'self'/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('serves hashed assets for a year and a missing one as 404, never as the page', async () => {
    const asset = await fetch(`${built.base}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${built.base}/assets/gone-123.js`)).status).toBe(404);
    expect((await fetch(`${built.base}/favicon.ico`)).status).toBe(404);
  });

  it("leaves the gateway's own paths alone, even those added after it", async () => {
    expect(await (await fetch(`${built.base}/graphql?query=%7B__typename%7D`)).json()).toEqual({ graphql: true });
    expect(await (await fetch(`${built.base}/healthz`)).json()).toEqual({ status: 'ok' });
    // Not served here (production has no explorer): a 404, not the app.
    expect((await fetch(`${built.base}/explorer`)).status).toBe(404);
    expect((await fetch(`${built.base}/dev/token`)).status).toBe(404);
  });

  it('says how to build the app when there is no build', async () => {
    const bare = await serve(path.join(dir, 'missing'));
    try {
      const res = await fetch(`${bare.base}/dashboard`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('The web app is not built: run <code>npm start</code>');
    } finally {
      await bare.close();
    }
  });
});
