import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRepositories, loadConfig, type UnitModule } from '@sesao28/kit';
import { makeActivity, makeFeedback } from '@sesao28/kit/testing';
import { seedParticipation, seedRows, seedUnit } from '@sesao28/infra';
import { unitRegistry } from '@sesao28/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/test-stack.js';

/** The director reads every unit's cases except a confidential unit's (its named staff only). */
const feedbackFor = (unit: UnitModule, selection: string) => (unit.manifest.confidential ? '' : selection);

const STATS = 'activitiesTotal activitiesByLevel { level count } feedbackReceived feedbackOpen feedbackAnswered medianDaysToAnswer';

describe('the federation through the gateway over HTTP', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack();
  });
  afterAll(async () => t?.close());

  it('lists the nine units of the announcement with their Thai and English names', async () => {
    const res = await t.query('{ units { code slug nameTh nameEn } }');
    expect(res.errors).toBeUndefined();
    expect(res.data?.units).toEqual(
      unitRegistry.map(({ manifest: m }) => ({ code: m.code, slug: m.slug, nameTh: m.nameTh, nameEn: m.nameEn })),
    );
    expect(res.data?.units[0].nameTh).toBe('กลุ่มอำนวยการ');
  });

  it("answers `units { stats }` with each unit's own figures, equal to asking the unit directly", async () => {
    const res = await t.query(`{ units { code stats { ${STATS} } } }`);
    expect(res.errors).toBeUndefined();
    for (const entry of res.data?.units ?? []) {
      const unit = unitRegistry.find((u) => u.manifest.code === entry.code)!;
      const direct = await t.query(`{ ${unit.manifest.slug} { stats { ${STATS} } } }`);
      expect(entry.stats).toEqual(direct.data?.[unit.manifest.slug].stats);
      const seeded = seedRows(unit);
      expect(entry.stats.activitiesTotal).toBe(seeded.activities.length);
      expect(entry.stats.feedbackReceived).toBe(seeded.feedback.length);
    }
  });

  it('answers each of the nine slug root fields with data, in one request', async () => {
    const fields = unitRegistry
      .map(
        (u) =>
          `${u.manifest.slug} { code nameTh activities(first: 3) { nodes { titleTh level } } ${feedbackFor(u, 'feedback(first: 2) { nodes { category message } }')} }`,
      )
      .join('\n');
    const res = await t.as('DIRECTOR')(`{ ${fields} }`);
    expect(res.errors).toBeUndefined();
    for (const { manifest } of unitRegistry) {
      const unit = res.data?.[manifest.slug];
      expect(unit.code).toBe(manifest.code);
      expect(unit.activities.nodes.length).toBeGreaterThan(0);
      if (!manifest.confidential) expect(unit.feedback.nodes.length).toBeGreaterThan(0);
    }
  });

  it('seeds idempotently: a second seed adds nothing', async () => {
    const before = await t.query(`{ units { stats { activitiesTotal feedbackReceived } } }`);
    for (const running of t.stack.units.values()) await seedUnit(running.unit, running.server.db.dataSource);
    const after = await t.query(`{ units { stats { activitiesTotal feedbackReceived } } }`);
    expect(after.data).toEqual(before.data);
  });

  it('seeds sample consultations, surveys and outcomes once, however often the seed runs', async () => {
    const config = loadConfig({ NODE_ENV: 'test' });
    const counts = `{ officeStats { surveyResponses outcomesRecorded } units { code consultations { nodes { commentCount } } } }`;
    for (const running of t.stack.units.values()) await seedParticipation(running.url, config, running.unit);
    const first = await t.query(counts);
    expect(first.data?.officeStats).toEqual({ surveyResponses: 45, outcomesRecorded: 9 });
    for (const running of t.stack.units.values()) await seedParticipation(running.url, config, running.unit);
    expect((await t.query(counts)).data).toEqual(first.data);
  });

  it('costs the same number of SQL statements whatever the number of rows returned (no N+1)', async () => {
    // Give Finance many more rows, so larger pages really return more rows.
    const finance = t.stack.units.get('financeAssets')!;
    const repos = createRepositories(finance.server.db.dataSource);
    const extra = Array.from({ length: 40 }, (_, i) => makeActivity(i));
    await repos.activities.insertMany(extra);
    await repos.feedback.insertMany(Array.from({ length: 40 }, (_, i) => makeFeedback(i, { activityId: extra[i]!.id })));

    const query = `query ($n: Int) {
      units { code stats { ${STATS} } }
      ${unitRegistry
        .map(
          (u) =>
            `${u.manifest.slug} { activities(first: $n) { nodes { titleTh feedbackCount } } ${feedbackFor(u, 'feedback(first: $n) { nodes { activity { titleTh } } }')} }`,
        )
        .join('\n')}
    }`;
    const cost = async (n: number) => {
      const before = t.statements();
      const res = await t.as('DIRECTOR')(query, { n });
      expect(res.errors).toBeUndefined();
      return { statements: t.statements() - before, rows: res.data?.financeAssets.activities.nodes.length };
    };
    // The first read after the inserts computes Finance's stats again (the stats cache): warm it first.
    await cost(2);
    const small = await cost(2);
    const large = await cost(40);
    expect(large.rows).toBe(40);
    expect(small.rows).toBe(2);
    expect(large.statements).toBe(small.statements);
    // Per unit: stats, activities page, feedback counts, feedback page, activities by id, and the
    // audit record of the director reading case text.
    expect(small.statements).toBeLessThanOrEqual(unitRegistry.length * 6);
  });

  it('serves automatic persisted queries: a page sends a hash instead of the query text', async () => {
    const query = '{ units { code nameTh } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const send = async (body: Record<string, unknown>) =>
      (
        await fetch(t.stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      ).json() as Promise<any>;
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    expect((await send({ extensions })).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await send({ query, extensions })).data.units).toHaveLength(9);
    expect((await send({ extensions })).data.units).toHaveLength(9);
  });

  it('gives bad input a stable code and Thai and English messages, without internals', async () => {
    const res = await t.query('{ personnel { activities(first: 1000) { nodes { id } } } }');
    expect(res.status).toBe(200);
    const error = res.errors?.[0];
    expect(error?.extensions?.code).toBe('PAGE_SIZE_OUT_OF_RANGE');
    expect(error?.extensions?.messageTh).toContain('จำนวนรายการต่อหน้า');
    expect(JSON.stringify(res)).not.toMatch(/127\.0\.0\.1|localhost|stacktrace|serviceName/);
  });

  it('serves a query explorer whose assets all come from this server', async () => {
    const base = t.stack.gatewayUrl.replace(/\/graphql$/, '');
    const page = await (await fetch(`${base}/explorer`)).text();
    const assets = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(4);
    for (const asset of assets) {
      expect(asset.startsWith('/')).toBe(true);
      expect((await fetch(`${base}${asset}`)).status).toBe(200);
    }
  });
});

describe('with one unit down', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack();
    await t.stack.units.get('supervision')!.server.stop();
  });
  afterAll(async () => t?.close());

  it('still answers the other eight units, and names the one that is unavailable', async () => {
    const res = await t.query(`{ units { code stats { feedbackReceived } } }`);
    const units = res.data?.units as { code: string; stats: { feedbackReceived: number } | null }[];
    expect(units).toHaveLength(9);
    expect(units.filter((u) => u.stats === null).map((u) => u.code)).toEqual(['SUPERVISION']);
    expect(units.filter((u) => u.stats !== null)).toHaveLength(8);
    expect(res.errors?.map((e) => e.extensions?.code)).toContain('UNIT_UNAVAILABLE');
    expect(res.errors?.[0]?.extensions?.unit).toBe('supervision');
    expect(JSON.stringify(res.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|http:/);
  });
});

describe('with one unit that does not answer', () => {
  let t: TestStack;
  let silent: http.Server;
  beforeAll(async () => {
    // A real peer that accepts the connection and never replies.
    silent = http.createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    t = await startTestStack({ SUBGRAPH_TIMEOUT_MS: '500' }, { teacherDevelopment: `http://127.0.0.1:${port}/graphql` });
  });
  afterAll(async () => {
    silent?.closeAllConnections();
    silent?.close();
    await t?.close();
  });

  it('answers within the timeout with the other eight units complete', async () => {
    const started = Date.now();
    const res = await t.query(`{ units { code stats { activitiesTotal } } }`);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(3000);
    const units = res.data?.units as { code: string; stats: unknown }[];
    expect(units.filter((u) => u.stats === null).map((u) => u.code)).toEqual(['TEACHER_DEV']);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNIT_UNAVAILABLE');
  });
});
