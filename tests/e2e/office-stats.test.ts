import { median } from '@sesao28/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/test-stack.js';

const COUNTS = 'activitiesTotal feedbackReceived feedbackOpen feedbackAnswered feedbackLate surveyResponses outcomesRecorded';

describe('office-wide figures', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack();
  });
  afterAll(async () => t?.close());

  it('add up the nine units, with a median over all their cases', async () => {
    const res = await t.query(`{
      officeStats(fiscalYear: 2569) { fiscalYear ${COUNTS} medianDaysToAnswer feedbackByCategory { category count }
        unitsReporting { code } unitsUnavailable { code } }
      units { code stats(fiscalYear: 2569) { ${COUNTS} feedbackByCategory { category count } } }
    }`);
    expect(res.errors).toBeUndefined();
    const office = res.data?.officeStats;
    const units = res.data?.units as { stats: Record<string, number> & { feedbackByCategory: { count: number }[] } }[];
    expect(office.unitsReporting).toHaveLength(9);
    expect(office.unitsUnavailable).toEqual([]);
    for (const field of COUNTS.split(' ')) {
      expect(office[field]).toBe(units.reduce((n, u) => n + u.stats[field]!, 0));
    }
    expect(office.feedbackReceived).toBeGreaterThan(0);
    expect(office.feedbackByCategory.map((c: { count: number }) => c.count)).toEqual(
      office.feedbackByCategory.map((_: unknown, i: number) => units.reduce((n, u) => n + u.stats.feedbackByCategory[i]!.count, 0)),
    );
    // The exact median from every unit's raw rows, against the office figure from merged histograms.
    const waits: number[] = [];
    for (const running of t.stack.units.values()) {
      const schema = running.unit.manifest.schemaName;
      const rows = await running.server.db.dataSource.query(
        `SELECT extract(epoch FROM answered_at - received_at) / 86400.0 AS d FROM "${schema}".feedback
         WHERE answered_at IS NOT NULL AND received_at >= '2025-09-30T17:00:00Z' AND received_at < '2026-09-30T17:00:00Z'`,
      );
      waits.push(...rows.map((r: { d: string }) => Number(r.d)));
    }
    expect(Math.abs(office.medianDaysToAnswer - median(waits)!)).toBeLessThanOrEqual(1 / 48 + 0.01);
  });

  it('name a unit that is down and still count the other eight', async () => {
    await t.stack.stopUnit('financeAssets');
    const res = await t.query(`{ officeStats { unitsUnavailable { code nameTh } unitsReporting { code } feedbackReceived } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data?.officeStats.unitsUnavailable).toEqual([{ code: 'FINANCE', nameTh: 'กลุ่มบริหารการเงินและสินทรัพย์' }]);
    expect(res.data?.officeStats.unitsReporting).toHaveLength(8);
  });

  it('refuses an impossible fiscal year with a clear error', async () => {
    const res = await t.query(`{ officeStats(fiscalYear: 12) { feedbackReceived } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('INVALID_FISCAL_YEAR');
  });
});
