import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEEDBACK_CATEGORIES, FEEDBACK_CHANNELS, FEEDBACK_STATUSES, PARTICIPATION_LEVELS, type ActivityRow } from '../db/entities.js';
import type { UnitModule } from '../manifest.js';
import type { NewActivity, NewFeedback } from '../repositories/index.js';
import { describeConsultContract } from './contract-consult.js';
import { makeActivity, makeFeedback } from './fixtures.js';
import { median } from './median.js';
import { startTestUnit, type TestUnit } from './test-unit.js';

const ACTIVITIES = 25;

/**
 * What every unit subgraph must show to join the federation, over a real PostgreSQL and real HTTP:
 * its names, its entity for the gateway, the kit's fields wired to its schema, health. Thin, so each
 * unit runs it in its own tests; how the kit behaves is tested in depth once (describeKitBehaviour).
 */
export function describeUnitContract(unit: UnitModule): void {
  const { manifest } = unit;
  const root = manifest.slug;

  describe(`unit contract: ${manifest.code} (${manifest.slug})`, () => {
    let t: TestUnit;

    beforeAll(async () => {
      t = await startTestUnit(unit);
      await t.repos.activities.insertMany(Array.from({ length: ACTIVITIES }, (_, i) => makeActivity(i)));
    });
    afterAll(async () => t?.close());

    it('answers its root field with the names of its manifest', async () => {
      const res = await t.query(`{ ${root} { code slug nameTh nameEn } }`);
      expect(res.errors).toBeUndefined();
      expect(res.data?.[root]).toEqual({
        code: manifest.code,
        slug: manifest.slug,
        nameTh: manifest.nameTh,
        nameEn: manifest.nameEn,
      });
    });

    it('publishes a federation SDL with its own entity type', async () => {
      const res = await t.query('{ _service { sdl } }');
      expect(res.data?._service.sdl).toContain(`type ${manifest.typeName} implements Unit`);
    });

    it('resolves its entity by key for the gateway', async () => {
      const res = await t.query(
        `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on ${manifest.typeName} { code stats { activitiesTotal } } } }`,
        { reps: [{ __typename: manifest.typeName, code: manifest.code }] },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?._entities).toEqual([{ code: manifest.code, stats: { activitiesTotal: ACTIVITIES } }]);
    });

    it('answers every field the kit gives a unit, for the public, without an error', async () => {
      const res = await t.query(`{ ${root} {
        stats { activitiesTotal } activities(first: 1) { totalCount } feedback(first: 1) { nodes { id } } deadlines { category }
        outcomes(first: 1) { nodes { id } } consultations(first: 1) { nodes { id } } surveys(first: 1) { nodes { id } }
        drafts(first: 1) { nodes { id } } initiatives(first: 1) { nodes { id } } votes(first: 1) { nodes { id } }
        delegations(first: 1) { nodes { id } } notices(first: 1) { nodes { id } } reviewIntervalDays holdsContributions
        search(text: "กิจกรรม", first: 1) { id } } }`);
      expect(res.errors).toBeUndefined();
      expect(res.data?.[root].activities.totalCount).toBe(ACTIVITIES);
    });

    it('reports health and readiness', async () => {
      const base = t.url.replace(/\/graphql$/, '');
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      const ready = await fetch(`${base}/readyz`);
      expect(await ready.json()).toEqual({ status: 'ready', unit: manifest.code });
    });
  });
}

/**
 * How the kit behaves, in depth, over one unit (every unit runs the same kit code, so once is enough):
 * paging, filters, statistics in SQL against the raw rows, fiscal years, statements per request,
 * refusals in Thai and English, and the consult features. tests/contract/kit-behaviour.test.ts runs it.
 */
export function describeKitBehaviour(unit: UnitModule): void {
  const { manifest } = unit;
  const root = manifest.slug;

  describe(`kit behaviour over ${manifest.code} (${manifest.slug})`, () => {
    let t: TestUnit;
    let activities: NewActivity[];
    let feedback: NewFeedback[];

    beforeAll(async () => {
      t = await startTestUnit(unit);
      activities = Array.from({ length: ACTIVITIES }, (_, i) => makeActivity(i));
      activities[0]!.titleTh = 'ประชุมรับฟังความคิดเห็นผู้ปกครอง 👨‍👩‍👧 ครั้งที่ ๑';
      // Answer times 1..12 days for 12 cases, due after 7 (so 5 answered late); 8 more still open,
      // due long ago for half of them (late) and far ahead for the others.
      feedback = [
        ...Array.from({ length: 12 }, (_, i) =>
          makeFeedback(i, { activityId: activities[i % 5]!.id, answerDays: i + 1, ackDays: (i % 4) * 0.5 + 0.25, dueDays: 7 }),
        ),
        ...Array.from({ length: 8 }, (_, i) =>
          makeFeedback(20 + i, { activityId: activities[0]!.id, dueDays: i % 2 ? 3 : 36500, ackDays: i % 2 ? 1 : null }),
        ),
      ];
      await t.repos.activities.insertMany(activities);
      await t.repos.feedback.insertMany(feedback);
    });
    afterAll(async () => t?.close());

    it('pages through activities newest first without gaps or repeats', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const res: any = await t.query(
          `query ($after: String) { ${root} { activities(first: 10, after: $after) { totalCount nodes { id startsAt } pageInfo { hasNextPage endCursor } } } }`,
          { after },
        );
        expect(res.errors).toBeUndefined();
        const page = res.data[root].activities;
        expect(page.totalCount).toBe(ACTIVITIES);
        seen.push(...page.nodes.map((n: { id: string }) => n.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        pages += 1;
      } while (after);
      expect(pages).toBe(3);
      const expected = [...activities].sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime()).map((a) => a.id);
      expect(seen).toEqual(expected);
    });

    it('filters activities by level and finds Thai text', async () => {
      const res = await t.query(
        `{ ${root} { byLevel: activities(first: 100, filter: { levels: [EMPOWER] }) { nodes { level } }
                     search: activities(filter: { search: "ผู้ปกครอง" }) { nodes { titleTh } } } }`,
      );
      expect(res.errors).toBeUndefined();
      const expectedEmpower = activities.filter((a) => a.level === 'EMPOWER').length;
      expect(res.data?.[root].byLevel.nodes).toHaveLength(expectedEmpower);
      expect(res.data?.[root].byLevel.nodes.every((n: ActivityRow) => n.level === 'EMPOWER')).toBe(true);
      // Thai text, emoji and combining marks come back exactly as stored.
      expect(res.data?.[root].search.nodes).toEqual([{ titleTh: activities[0]!.titleTh }]);
    });

    it('filters feedback and links it to its activity', async () => {
      const res = await t.query(
        `query ($id: ID) { ${root} { feedback(first: 50, filter: { activityId: $id, openOnly: true }) { nodes { status activity { id } } } } }`,
        { id: activities[0]!.id },
      );
      expect(res.errors).toBeUndefined();
      const nodes = res.data?.[root].feedback.nodes;
      expect(nodes).toHaveLength(8);
      expect(nodes.every((n: any) => n.status === 'RECEIVED' && n.activity.id === activities[0]!.id)).toBe(true);
    });

    it('computes stats in SQL that agree with the raw rows', async () => {
      const res = await t.query(
        `{ ${root} { stats { activitiesTotal activitiesByLevel { level count } feedbackReceived feedbackOpen feedbackAnswered medianDaysToAnswer } } }`,
      );
      expect(res.errors).toBeUndefined();
      const answerDays = feedback.filter((f) => f.answeredAt).map((f) => (f.answeredAt!.getTime() - f.receivedAt.getTime()) / 86_400_000);
      expect(res.data?.[root].stats).toEqual({
        activitiesTotal: activities.length,
        activitiesByLevel: PARTICIPATION_LEVELS.map((level) => ({
          level,
          count: activities.filter((a) => a.level === level).length,
        })),
        feedbackReceived: feedback.length,
        feedbackOpen: feedback.filter((f) => ['RECEIVED', 'ACKNOWLEDGED', 'IN_PROGRESS'].includes(f.status)).length,
        feedbackAnswered: answerDays.length,
        medianDaysToAnswer: median(answerDays),
      });
    });

    it('counts late cases, acknowledgement times and breakdowns in SQL as the raw rows say', async () => {
      const res = await t.query(
        `{ ${root} { stats { feedbackLate medianDaysToAcknowledge feedbackByCategory { category count } feedbackByStatus { status count } feedbackByChannel { channel count } } } }`,
      );
      expect(res.errors).toBeUndefined();
      const now = Date.now();
      const late = feedback.filter((f) => {
        const due = f.dueAnswerAt?.getTime();
        if (due == null) return false;
        if (f.answeredAt) return f.answeredAt.getTime() > due;
        return ['RECEIVED', 'ACKNOWLEDGED', 'IN_PROGRESS'].includes(f.status) && now > due;
      });
      const ackDays = feedback
        .filter((f) => f.acknowledgedAt)
        .map((f) => (f.acknowledgedAt!.getTime() - f.receivedAt.getTime()) / 86_400_000);
      const countBy = <K extends string>(key: (f: NewFeedback) => K, values: readonly K[]) =>
        values.map((value) => feedback.filter((f) => key(f) === value).length);
      const stats = res.data?.[root].stats;
      expect(late.length).toBe(9);
      expect(stats.feedbackLate).toBe(late.length);
      expect(stats.medianDaysToAcknowledge).toBe(median(ackDays));
      expect(stats.feedbackByCategory.map((c: { count: number }) => c.count)).toEqual(countBy((f) => f.category, FEEDBACK_CATEGORIES));
      expect(stats.feedbackByStatus.map((c: { count: number }) => c.count)).toEqual(countBy((f) => f.status, FEEDBACK_STATUSES));
      expect(stats.feedbackByChannel.map((c: { count: number }) => c.count)).toEqual(countBy((f) => f.channel, FEEDBACK_CHANNELS));
      const lateOnly = await t.query(`{ ${root} { feedback(first: 100, filter: { lateOnly: true }) { totalCount } } }`);
      expect(lateOnly.data?.[root].feedback.totalCount).toBe(late.length);
    });

    it('limits stats to a Thai fiscal year', async () => {
      // Fixtures fall in January–February 2026, i.e. fiscal year 2569; none in 2568.
      const res = await t.query(
        `{ ${root} { fy2569: stats(fiscalYear: 2569) { fiscalYear feedbackReceived } fy2568: stats(fiscalYear: 2568) { feedbackReceived activitiesTotal } } }`,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.[root].fy2569).toEqual({ fiscalYear: 2569, feedbackReceived: feedback.length });
      expect(res.data?.[root].fy2568).toEqual({ feedbackReceived: 0, activitiesTotal: 0 });
    });

    it('costs the same number of SQL statements for 5 or 25 rows (per-request DataLoaders)', async () => {
      const shape = `query ($n: Int) { ${root} { activities(first: $n) { nodes { id feedbackCount } } feedback(first: $n) { nodes { activity { titleTh } } } } }`;
      const cost = async (n: number) => {
        const before = t.statements();
        const res = await t.query(shape, { n });
        expect(res.errors).toBeUndefined();
        return t.statements() - before;
      };
      const small = await cost(5);
      const large = await cost(25);
      expect(large).toBe(small);
      // activities page, feedback counts, feedback page, activities by id, the audit record of the read.
      expect(small).toBeLessThanOrEqual(5);
    });

    it.each([
      ['first: 0', 'PAGE_SIZE_OUT_OF_RANGE'],
      ['first: 101', 'PAGE_SIZE_OUT_OF_RANGE'],
      ['after: "not-a-cursor"', 'INVALID_CURSOR'],
      ['filter: { fiscalYear: 12 }', 'INVALID_FISCAL_YEAR'],
    ])('refuses activities(%s) with %s in Thai and English', async (args, code) => {
      const res = await t.query(`{ ${root} { activities(${args}) { nodes { id } } } }`);
      const error = res.errors?.[0];
      expect(error?.extensions?.code).toBe(code);
      expect(error?.extensions?.messageTh).toMatch(/[\u0E00-\u0E7F]/);
      expect(error?.extensions?.messageEn).toBeTruthy();
      expect(JSON.stringify(res)).not.toMatch(/stack|SELECT|at Object/);
    });
  });
  describeConsultContract(unit);
}
