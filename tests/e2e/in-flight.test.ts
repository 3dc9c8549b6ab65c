import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/test-stack.js';

/**
 * The gateway merges identical subgraph reads in flight (issue #17, gateway cost): a real HTTP proxy
 * in front of Finance counts the calls that reach it and holds each a moment, so requests overlap.
 */
describe('identical subgraph reads in flight go out once', () => {
  const HOLD_MS = 400;
  let t: TestStack;
  let proxy: http.Server;
  let target = '';
  const calls: string[] = [];

  beforeAll(async () => {
    proxy = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        calls.push(body.toString('utf8'));
        const headers = Object.fromEntries(
          Object.entries(req.headers).filter(([name]) => name.startsWith('x-') || name === 'content-type'),
        );
        setTimeout(async () => {
          const upstream = await fetch(target, { method: 'POST', headers: headers as Record<string, string>, body });
          res.writeHead(upstream.status, { 'content-type': 'application/json' }).end(await upstream.text());
        }, HOLD_MS);
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql`;
    t = await startTestStack({}, { financeAssets: proxyUrl });
    target = t.stack.units.get('financeAssets')!.url;
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    proxy?.close();
  });

  const STATS = '{ financeAssets { code stats { activitiesTotal feedbackReceived } } }';

  it('sends one call for the same read by the same person at the same moment, and each gets the whole answer', async () => {
    const director = t.as('DIRECTOR');
    calls.length = 0;
    const answers = await Promise.all(Array.from({ length: 6 }, () => director(STATS)));
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.financeAssets.code).toBe('FINANCE');
    }
    expect(answers.map((a) => JSON.stringify(a.data))).toEqual(Array(6).fill(JSON.stringify(answers[0]!.data)));
    expect(calls).toHaveLength(1);
  });

  it('sends each when the askers differ, or one after the other', async () => {
    calls.length = 0;
    await Promise.all([t.as('DIRECTOR')(STATS), t.as('ANALYST')(STATS), t.query(STATS)]);
    expect(calls).toHaveLength(3);
    calls.length = 0;
    await t.as('DIRECTOR')(STATS);
    await t.as('DIRECTOR')(STATS);
    expect(calls).toHaveLength(2);
  });

  it('never merges mutations, even identical ones at the same moment', async () => {
    calls.length = 0;
    const set = `mutation { financeAssets { setDeadline(category: SUGGESTION, acknowledgeDays: 3, answerDays: 10) { category } } }`;
    const answers = await Promise.all([t.staff(set), t.staff(set)]);
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    expect(calls.filter((c) => c.includes('setDeadline'))).toHaveLength(2);
  });
});
