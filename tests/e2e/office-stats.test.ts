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

  it('count cases by month of the fiscal year, October to September, in Bangkok time', async () => {
    const res = await t.query(`{
      officeStats(fiscalYear: 2569) { feedbackReceived feedbackByMonth { month count } }
      allTime: officeStats { feedbackByMonth { month } }
      units { code stats(fiscalYear: 2569) { feedbackReceived feedbackByMonth { month count } } }
    }`);
    expect(res.errors).toBeUndefined();
    type Months = { month: string; count: number }[];
    const office = res.data?.officeStats as { feedbackReceived: number; feedbackByMonth: Months };
    const units = res.data?.units as { code: string; stats: { feedbackReceived: number; feedbackByMonth: Months } }[];
    expect(office.feedbackByMonth.map((m) => m.month)).toEqual([
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
    ]);
    expect(office.feedbackByMonth.reduce((n, m) => n + m.count, 0)).toBe(office.feedbackReceived);
    expect(res.data?.allTime.feedbackByMonth).toEqual([]);
    for (const [i, { month, count }] of office.feedbackByMonth.entries()) {
      expect(count, month).toBe(units.reduce((n, u) => n + u.stats.feedbackByMonth[i]!.count, 0));
    }
    // One unit's months against its raw rows, counted in Bangkok time.
    const finance = t.stack.units.get('financeAssets')!;
    const rows: { m: string; n: number }[] = await finance.server.db.dataSource.query(
      `SELECT to_char(received_at AT TIME ZONE 'UTC' + interval '7 hours', 'YYYY-MM') AS m, count(*)::int AS n
       FROM "${finance.unit.manifest.schemaName}".feedback
       WHERE transferred_to IS NULL AND received_at >= '2025-09-30T17:00:00Z' AND received_at < '2026-09-30T17:00:00Z' GROUP BY 1`,
    );
    const stats = units.find((u) => u.code === 'FINANCE')!.stats;
    expect(rows.length).toBeGreaterThan(0);
    expect(stats.feedbackByMonth.filter((m) => m.count > 0)).toEqual(
      rows.map((r) => ({ month: r.m, count: r.n })).sort((a, b) => a.month.localeCompare(b.month)),
    );
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
