import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '@sesao28/kit';
import { startEmbeddedPostgres, type RunningPostgres } from '@sesao28/kit/embedded-postgres';
import { freePort, postGraphQL, type GraphQLResponse } from '@sesao28/kit/testing';
import { startStack, type Stack } from '@sesao28/infra';
import { unitRegistry } from '@sesao28/schema';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { eventually } from '../support/eventually.js';
import { startTestStack, type TestStack } from '../support/test-stack.js';

/** Every unit at once: the office list with each unit's own figure, and each unit's own root field. */
const LOAD_QUERY = `{
  units { code stats { feedbackReceived } }
  ${unitRegistry.map((u) => `${u.manifest.slug} { activities(first: 3) { nodes { titleTh } } }`).join('\n  ')}
}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Sample {
  startedAt: number;
  endedAt: number;
  res?: GraphQLResponse;
  failure?: unknown;
}

/** `clients` loop posting LOAD_QUERY until `done(samples)`; every answer is kept with its timing. */
function steadyLoad(url: string, clients: number, done: (samples: Sample[]) => boolean) {
  const samples: Sample[] = [];
  const finished = Promise.all(
    Array.from({ length: clients }, async () => {
      while (!done(samples)) {
        const startedAt = Date.now();
        try {
          const res = await postGraphQL(url, LOAD_QUERY);
          samples.push({ startedAt, endedAt: Date.now(), res });
        } catch (failure) {
          samples.push({ startedAt, endedAt: Date.now(), failure });
        }
      }
    }),
  ).then(() => samples);
  return { samples, finished };
}

/** Waits until `check()` holds; fails after `ms` (a bound on a count of answers, not on their speed). */
async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms`);
    await sleep(20);
  }
}

/** Problems with one answer, given the one unit that may be missing from it (empty when it is fine). */
function problems(res: GraphQLResponse | undefined, missing: string | null, mustBeMissing: boolean): string[] {
  if (!res) return ['no answer'];
  const found: string[] = [];
  if (res.status !== 200) found.push(`status ${res.status}`);
  const units = (res.data?.units ?? []) as { code: string; stats: unknown }[];
  if (units.length !== 9) found.push(`units has ${units.length} entries`);
  for (const { manifest } of unitRegistry) {
    const absent = res.data?.[manifest.slug] == null || units.find((u) => u.code === manifest.code)?.stats == null;
    if (manifest.slug === missing) {
      if (mustBeMissing && !absent) found.push(`${manifest.slug} answered although it is down`);
    } else if (absent) {
      found.push(`${manifest.slug} missing`);
    }
  }
  for (const error of res.errors ?? []) {
    if (error.extensions?.code !== 'UNIT_UNAVAILABLE' || error.extensions?.unit !== missing) {
      found.push(`unexpected error ${JSON.stringify(error.extensions)}`);
    }
  }
  if (mustBeMissing && !(res.errors ?? []).length) found.push('no UNIT_UNAVAILABLE error');
  return found;
}

describe('under steady load, one unit killed', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack();
  });
  afterAll(async () => t?.close());

  it('keeps answering the other eight units completely, and names the one that is gone', async () => {
    expect(problems(await t.query(LOAD_QUERY), null, false)).toEqual([]); // warm: the query plan is cached
    // Counts, not durations: kill after 16 answers, stop once 24 asked after the kill have come back.
    // (A deadline well inside the test timeout ends the load whatever happens; the counts below then tell.)
    let killedAt = Infinity;
    let killStartedAt = Infinity;
    const giveUpAt = Date.now() + 20_000;
    const answeredAfterKill = (samples: Sample[]) => samples.filter((s) => s.startedAt > killedAt).length;
    const load = steadyLoad(t.stack.gatewayUrl, 8, (samples) => Date.now() > giveUpAt || answeredAfterKill(samples) >= 24);
    try {
      await until(() => load.samples.length >= 16, 10_000, '16 answers before the kill');
      killStartedAt = Date.now();
      // Stopping must not wait on the gateway's kept-alive sockets, which the load keeps busy.
      await Promise.race([
        t.stack.stopUnit('supervision'),
        sleep(8000).then(() => Promise.reject(new Error('supervision still stopping after 8 s'))),
      ]);
      killedAt = Date.now();
    } finally {
      await load.finished;
    }
    const samples = load.samples;

    expect(samples.filter((s) => s.failure).map((s) => String(s.failure))).toEqual([]);
    const before = samples.filter((s) => s.endedAt < killStartedAt);
    const after = samples.filter((s) => s.startedAt > killedAt);
    const across = samples.filter((s) => !before.includes(s) && !after.includes(s));
    // Enough traffic on both sides of the kill for the test to mean something.
    expect(before.length).toBeGreaterThanOrEqual(16);
    expect(after.length).toBeGreaterThanOrEqual(24);
    for (const s of before) expect(problems(s.res, null, false)).toEqual([]);
    // In flight while the unit was stopping: either answer is right, but never another unit missing.
    for (const s of across) expect(problems(s.res, 'supervision', false)).toEqual([]);
    for (const s of after) expect(problems(s.res, 'supervision', true)).toEqual([]);
    console.info(
      `[failure] unit killed: ${before.length} answers before, ${across.length} across, ${after.length} after the kill ` +
        `(stopping took ${killedAt - killStartedAt} ms); slowest after ${Math.max(...after.map((s) => s.endedAt - s.startedAt))} ms`,
    );
  });
});

describe('under steady load, one unit slow', () => {
  // Long enough that the eight healthy units answer in time on a loaded 2-core machine.
  const TIMEOUT_MS = 3000;
  const DELAY_MS = 8000;
  let t: TestStack;
  let proxy: http.Server;
  let target = '';
  let proxied = 0;
  const pending = new Set<NodeJS.Timeout>();

  beforeAll(async () => {
    // A real HTTP proxy in front of Teacher Development that answers, but only after DELAY_MS.
    proxy = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        proxied += 1;
        const timer = setTimeout(async () => {
          pending.delete(timer);
          try {
            const upstream = await fetch(target, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: Buffer.concat(chunks),
            });
            const body = await upstream.text();
            if (!res.destroyed) res.writeHead(upstream.status, { 'content-type': 'application/json' }).end(body);
          } catch {
            if (!res.destroyed) res.destroy();
          }
        }, DELAY_MS);
        pending.add(timer);
      });
      res.on('error', () => {});
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const { port } = proxy.address() as AddressInfo;
    // Every request meets the slow unit on its own: identical reads are not merged here (tests/e2e/in-flight.test.ts covers that).
    t = await startTestStack(
      { SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS), SUBGRAPH_MERGE_IN_FLIGHT: '0' },
      { teacherDevelopment: `http://127.0.0.1:${port}/graphql` },
    );
    target = t.stack.units.get('teacherDevelopment')!.url;
  });
  afterAll(async () => {
    for (const timer of pending) clearTimeout(timer);
    proxy?.closeAllConnections();
    proxy?.close();
    await t?.close();
  });

  it('answers within the timeout with the other eight units complete', async () => {
    expect(problems(await t.query(LOAD_QUERY), 'teacherDevelopment', true)).toEqual([]); // warm: the query plan is cached
    const giveUpAt = Date.now() + 40_000;
    const samples = await steadyLoad(t.stack.gatewayUrl, 8, (done) => done.length >= 32 || Date.now() > giveUpAt).finished;

    expect(samples.filter((s) => s.failure).map((s) => String(s.failure))).toEqual([]);
    expect(samples.length).toBeGreaterThanOrEqual(32);
    expect(proxied).toBeGreaterThanOrEqual(samples.length);
    for (const s of samples) expect(problems(s.res, 'teacherDevelopment', true)).toEqual([]);
    const latencies = samples.map((s) => s.endedAt - s.startedAt);
    expect(Math.max(...latencies)).toBeLessThan(TIMEOUT_MS + 1500);
    console.info(
      `[failure] slow unit: ${samples.length} answers, slowest ${Math.max(...latencies)} ms (timeout ${TIMEOUT_MS} ms, unit delay ${DELAY_MS} ms)`,
    );
  });
});

const SUBMIT = `mutation ($input: CaseSubmission!, $key: ID!) {
  submitFeedback(input: $input, idempotencyKey: $key) { caseCode }
}`;

describe('the database restarted under load', () => {
  let dir: string;
  let port: number;
  let postgres: RunningPostgres | null = null;
  let stack: Stack;
  let databaseUrl: string;
  let exits: MockInstance<typeof process.exit>;

  const startPostgres = async () => {
    postgres = await startEmbeddedPostgres({
      dataDir: path.join(dir, 'data'),
      port,
      persistent: true,
      // No fsync (the OS keeps the files), but commits still wait for their WAL write.
      settings: { fsync: 'off', full_page_writes: 'off' },
    });
    return postgres;
  };
  const sql = async <T = Record<string, any>>(text: string, values: unknown[] = []): Promise<T[]> => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return (await client.query(text, values)).rows as T[];
    } finally {
      await client.end();
    }
  };
  const baseOf = (url: string) => url.replace(/\/graphql$/, '');
  const statusOf = async (url: string) => {
    const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    await res.arrayBuffer();
    return res.status;
  };
  const everyProcess = () => [
    ['gateway', baseOf(stack.gatewayUrl)],
    ...[...stack.units].map(([slug, u]) => [slug, baseOf(u.url)] as const),
  ];

  beforeAll(async () => {
    // Nothing may end the process: a call is recorded instead of exiting.
    exits = vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
      throw new Error(`process.exit(${code}) called`);
    }) as never);
    dir = mkdtempSync(path.join(os.tmpdir(), 'sesao28-failure-pg-'));
    chmodSync(dir, 0o755); // as root, the server runs as the postgres user and must enter it
    port = await freePort();
    const server = await startPostgres();
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query('CREATE DATABASE failure');
    await admin.end();
    databaseUrl = server.url.replace(/\/postgres$/, '/failure');
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      SUBGRAPH_TIMEOUT_MS: '3000',
      OUTBOX_INTERVAL_MS: '100',
      // The load is one client as the gateway sees it; its per-client submission limit is tested elsewhere.
      SUBMISSION_RATE_LIMIT: '1000000',
      REQUEST_RATE_LIMIT: '100000000',
    });
    stack = await startStack({ config, databaseUrl, ports: 'free' });
  });
  afterAll(async () => {
    await stack?.stop();
    await postgres?.stop();
    exits?.mockRestore();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reports every process healthy and ready while the database is up', async () => {
    for (const [name, base] of everyProcess()) {
      expect([name, await statusOf(`${base}/healthz`)]).toEqual([name, 200]);
      expect([name, await statusOf(`${base}/readyz`)]).toEqual([name, 200]);
    }
  });

  it('loses no process and no acknowledged write, and stores each exactly once', async () => {
    const acknowledged: { key: string; caseCode: string }[] = [];
    const failedAttempts: { status: number; codes: string[]; during: boolean }[] = [];
    const transportFailures: string[] = [];
    const unacknowledged: string[] = [];
    let slowest = 0;
    let keys = 0;
    let stopping = false;
    let down = false;
    const outage = { from: 0, to: 0 };

    const client = async (n: number) => {
      while (!stopping) {
        const key = `failure-${n}-${randomUUID()}`;
        keys += 1;
        const input = { category: 'OPINION', message: `ความเห็นระหว่างฐานข้อมูลเริ่มใหม่ ${key}`, unitCode: 'FINANCE' };
        // A client keeps the same key until it holds a receipt (a retry must never make a second case).
        let last: unknown = null;
        const giveUpAt = Date.now() + 15_000;
        for (;;) {
          if (Date.now() > giveUpAt) {
            unacknowledged.push(`no receipt for ${key} in 15 s; last answer ${JSON.stringify(last)}`);
            stopping = true;
            return;
          }
          const began = Date.now();
          try {
            const res = await postGraphQL(stack.gatewayUrl, SUBMIT, { input, key });
            last = res;
            slowest = Math.max(slowest, Date.now() - began);
            const caseCode = (res.data as { submitFeedback?: { caseCode: string } } | null)?.submitFeedback?.caseCode;
            if (caseCode) {
              acknowledged.push({ key, caseCode });
              break;
            }
            failedAttempts.push({ status: res.status, codes: (res.errors ?? []).map((e) => String(e.extensions?.code)), during: down });
          } catch (error) {
            last = String(error);
            transportFailures.push(String(error));
          }
          await sleep(50);
        }
      }
    };

    const load = Promise.all(Array.from({ length: 6 }, (_, n) => client(n)));
    let ackedBefore: number;
    let ackedDuring: number;
    let downReady: (readonly [string, number])[];
    let downHealth: (readonly [string, number])[];
    try {
      await sleep(1000);
      ackedBefore = acknowledged.length;
      outage.from = Date.now();
      down = true;
      await postgres!.stop();
      postgres = null;
      // While the database is down: every unit says it is not ready, yet every process is alive.
      downReady = await Promise.all(everyProcess().map(async ([name, base]) => [name, await statusOf(`${base}/readyz`)] as const));
      downHealth = await Promise.all(everyProcess().map(async ([name, base]) => [name, await statusOf(`${base}/healthz`)] as const));
      await sleep(Math.max(0, 2000 - (Date.now() - outage.from)));
      await startPostgres();
      outage.to = Date.now();
      down = false;
      ackedDuring = acknowledged.length - ackedBefore;
      await sleep(2000);
    } finally {
      stopping = true;
      await load;
    }

    expect(exits).not.toHaveBeenCalled();
    expect(unacknowledged).toEqual([]);
    expect(transportFailures).toEqual([]);
    for (const [name, status] of downReady) expect([name, status]).toEqual([name, name === 'gateway' ? 200 : 503]);
    for (const [name, status] of downHealth) expect([name, status]).toEqual([name, 200]);
    // The outage really hit the load, the load went on after it, and nothing hung past the subgraph timeout.
    expect(failedAttempts.filter((f) => f.during).length).toBeGreaterThan(0);
    expect(acknowledged.length - ackedBefore - ackedDuring).toBeGreaterThan(10);
    expect(slowest).toBeLessThan(3000 + 1500);
    for (const f of failedAttempts) {
      expect(f.status).toBeGreaterThanOrEqual(200);
      expect(f.status).toBeLessThan(600);
      expect(f.codes.length).toBeGreaterThan(0);
      for (const code of f.codes) expect(['INTERNAL', 'UNIT_UNAVAILABLE']).toContain(code);
    }

    // Every process answers again, and every unit is ready once its pool reconnects.
    for (const [name, base] of everyProcess()) {
      expect([name, await statusOf(`${base}/healthz`)]).toEqual([name, 200]);
      await eventually(async () => (await statusOf(`${base}/readyz`)) === 200, 10_000);
    }

    // Reads work again through the gateway, first time.
    for (let i = 0; i < 3; i += 1) {
      const res = await postGraphQL(stack.gatewayUrl, LOAD_QUERY);
      expect(problems(res, null, false)).toEqual([]);
    }

    // Every acknowledged case is stored once at the front door, and no other case is.
    expect(new Set(acknowledged.map((a) => a.key)).size).toBe(acknowledged.length);
    expect(acknowledged.length).toBe(keys);
    const codes = acknowledged.map((a) => a.caseCode).sort();
    const stored = await sql<{ case_code: string; idempotency_key: string }>(
      'SELECT case_code, idempotency_key FROM unit_administration.intake_submission',
    );
    expect(stored.map((r) => r.case_code).sort()).toEqual(codes);
    const byKey = new Map(stored.map((r) => [r.idempotency_key, r.case_code]));
    for (const a of acknowledged) expect(byKey.get(a.key)).toBe(a.caseCode);

    // ...and, once the outbox has drained, once at Finance.
    const outbox = stack.units.get('administration')!.server.services.outbox;
    await eventually(async () => (await outbox.pending()) === 0, 30_000, 200);
    const atFinance = await sql<{ case_code: string }>('SELECT case_code FROM unit_finance_assets.feedback WHERE case_code IS NOT NULL');
    expect(atFinance.map((r) => r.case_code).sort()).toEqual(codes);

    console.info(
      `[failure] database restart: outage ${outage.to - outage.from} ms, ${keys} submissions, ${acknowledged.length} acknowledged ` +
        `(${ackedBefore} before, ${ackedDuring} during, ${acknowledged.length - ackedBefore - ackedDuring} after), ` +
        `${failedAttempts.length} failed attempts retried, slowest answer ${slowest} ms, ` +
        `${stored.length} at the front door, ${atFinance.length} at Finance`,
    );
  }, 60_000);
});
