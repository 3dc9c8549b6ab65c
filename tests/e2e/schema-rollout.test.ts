import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLogger } from '@sesao28/kit';
import { supergraphFile as committedSupergraphFile } from '@sesao28/schema';
import { composeSupergraph, currentUnitSdls, removeFieldFromSdl } from '@sesao28/schema/check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { startTestStack, type TestStack } from '../support/test-stack.js';

// Zero-downtime schema rollout: the gateway serves a supergraph file and picks up a new version
// written to it, under load, without a restart and without one failed request.
const NEW_FIELD = 'medianDaysToAcknowledge';
const LOAD_QUERY = '{ units { code stats(fiscalYear: 2569) { feedbackReceived medianDaysToAnswer } } }';
const NEW_FIELD_QUERY = `{ units { code stats(fiscalYear: 2569) { ${NEW_FIELD} } } }`;
const CLIENTS = 8;
const REQUESTS_PER_CLIENT = 20;

/** A supergraph as it was before UnitStats.medianDaysToAcknowledge existed (the subgraphs still serve it). */
function olderSupergraph(): string {
  const sdls = currentUnitSdls().map((s) => ({ ...s, url: s.url!, sdl: removeFieldFromSdl(s.sdl, 'UnitStats', NEW_FIELD) }));
  const composed = composeSupergraph(sdls);
  if (!composed.supergraphSdl) throw new Error(composed.errors.join('\n'));
  return composed.supergraphSdl;
}

describe('schema rollout without downtime', () => {
  let t: TestStack;
  let dir: string;
  let file: string;
  const lines: string[] = [];

  /** Writes the file as a deployment should: to a temporary file, then renamed over it. */
  const publish = (content: string) => {
    const next = `${file}.next`;
    writeFileSync(next, content);
    renameSync(next, file);
  };

  /** CLIENTS concurrent clients, REQUESTS_PER_CLIENT requests each; `midway` runs once a quarter are done. */
  async function load(midway?: () => void) {
    let done = 0;
    const failures: string[] = [];
    const client = async () => {
      for (let i = 0; i < REQUESTS_PER_CLIENT; i++) {
        try {
          const res = await t.query(LOAD_QUERY);
          if (res.status !== 200 || res.errors || (res.data?.units as unknown[]).length !== 9)
            failures.push(JSON.stringify(res).slice(0, 300));
        } catch (error) {
          failures.push(String(error));
        }
        if (++done === (CLIENTS * REQUESTS_PER_CLIENT) / 4) midway?.();
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, client));
    return { done, failures };
  }

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sesao28-rollout-'));
    file = path.join(dir, 'supergraph.graphql');
    writeFileSync(file, olderSupergraph());
    const stream = { write: (line: string) => void lines.push(line) };
    t = await startTestStack(
      { SUPERGRAPH_POLL_MS: '50' },
      {},
      {
        supergraphFile: file,
        logger: (name) => createLogger({ logLevel: name === 'gateway' ? 'info' : 'silent' }, name, stream),
      },
    );
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the older supergraph first: the new field is not in the API yet', async () => {
    const res = await t.query(NEW_FIELD_QUERY);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('picks up the new supergraph mid-load with zero failed requests, then serves the new field', async () => {
    let published = false;
    let loading = true;
    let servedDuringLoad = false;
    const probe = async () => {
      while (!servedDuringLoad && loading) {
        const res = await t.query(NEW_FIELD_QUERY);
        if (!res.errors) servedDuringLoad = true;
        else await new Promise((r) => setTimeout(r, 20));
      }
    };
    const probing = (async () => {
      while (!published && loading) await new Promise((r) => setTimeout(r, 5));
      await probe();
    })();
    const { done, failures } = await load(() => {
      publish(readFileSync(committedSupergraphFile, 'utf8'));
      published = true;
    });
    loading = false;
    await probing;
    expect(done).toBe(CLIENTS * REQUESTS_PER_CLIENT);
    expect(failures).toEqual([]);
    expect(servedDuringLoad).toBe(true);
    const res = await t.query(NEW_FIELD_QUERY);
    expect(res.errors).toBeUndefined();
    expect((res.data?.units as { stats: Record<string, unknown> }[]).every((u) => NEW_FIELD in u.stats)).toBe(true);
    expect(lines.some((l) => l.includes('supergraph updated from file'))).toBe(true);
  });

  it('refuses a broken supergraph file: the old supergraph stays, requests keep succeeding', async () => {
    const { failures } = await load(() => publish('type Query { this is not a supergraph'));
    expect(failures).toEqual([]);
    await eventually(async () => lines.some((l) => l.includes('supergraph file refused')));
    for (let i = 0; i < 5; i++) {
      const res = await t.query(NEW_FIELD_QUERY);
      expect(res.errors).toBeUndefined();
      expect(res.data?.units).toHaveLength(9);
    }
  });
});
