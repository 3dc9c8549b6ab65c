import { readFileSync } from 'node:fs';
import { SHAPES } from '@sesao28/infra/bench';
import { createHiveGateway } from '@sesao28/infra/hive-gateway';
import { createKeyRing, loadConfig, type KeyRing } from '@sesao28/kit';
import { supergraphFile } from '@sesao28/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/test-stack.js';

/**
 * The bench's independent gateway (Hive Gateway, issue #17) answers over the same units only
 * because it signs each call as the gateway does: for that unit and that body, as the public.
 */
describe('an independent gateway over the same supergraph and units', () => {
  let t: TestStack;
  const supergraphSdl = readFileSync(supergraphFile, 'utf8');
  // The test stack's parts derive their keys from the test installation's secret; another secret is another installation.
  const keysOf = (INTERNAL_SECRET?: string): KeyRing =>
    createKeyRing(loadConfig({ NODE_ENV: 'test', ...(INTERNAL_SECRET ? { INTERNAL_SECRET } : {}) }).keys);

  beforeAll(async () => {
    t = await startTestStack();
  }, 120_000);
  afterAll(async () => t?.close());

  async function dashboardThroughHive(keys: KeyRing, merge: boolean) {
    const subgraphUrls = Object.fromEntries([...t.stack.units].map(([slug, running]) => [slug, running.url]));
    const hive = createHiveGateway({ supergraphSdl, subgraphUrls, keys, merge });
    try {
      const res = await hive.fetch('http://hive.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: SHAPES.dashboard }),
      });
      return (await res.json()) as { data?: { units?: unknown[] | null } | null; errors?: unknown[] };
    } finally {
      await hive.dispose();
    }
  }

  it("answers the public dashboard as the project's gateway does, with its merging on and off", async () => {
    const ours = await t.query(SHAPES.dashboard);
    expect(ours.errors).toBeUndefined();
    expect(ours.data?.units).toHaveLength(9);
    for (const merge of [true, false]) {
      const answer = await dashboardThroughHive(keysOf(), merge);
      expect(answer.errors, `merge ${merge}`).toBeUndefined();
      expect(answer.data, `merge ${merge}`).toEqual(ours.data);
    }
  });

  it("is refused by the units when it signs with a key that is not this installation's gateway's", async () => {
    const answer = await dashboardThroughHive(keysOf('another-installation-secret-0123456789'), true);
    expect(answer.errors?.length).toBeGreaterThan(0);
    expect(answer.data?.units ?? null).toBeNull();
  });
});
