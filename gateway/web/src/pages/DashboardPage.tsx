import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { OFFICE_UNITS, type DirectoryUnit } from '../api/units';
import { useQuery } from '../api/use-query';
import { CsvButton } from '../components/CsvButton';
import { Loading, ProblemNotice } from '../components/ProblemNotice';
import { OfficeDashboardDocument, type DashboardUnitFragment, type OfficeDashboardQuery } from '../gql/graphql';
import { fiscalYearOf } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { navigate, useLocation } from '../router';
import { LEVELS } from './UnitPage';

type Stats = NonNullable<DashboardUnitFragment['stats']>;
interface UnitRow {
  unit: DirectoryUnit;
  stats: Stats | null;
}

const LEVEL_COLOURS = { INFORM: '#0b5cad', CONSULT: '#0f7b6c', INVOLVE: '#a64b00', COLLABORATE: '#6f3b96', EMPOWER: '#a3123a' } as const;
const CASE_COLOURS = { received: '#0b4f8a', open: '#a64b00', late: '#a4161a' } as const;

/** Each unit from its own root field: null (with a UNIT_UNAVAILABLE error) when it did not answer. */
function unitRows(data: OfficeDashboardQuery | null): UnitRow[] {
  const bySlug = (data ?? {}) as Record<string, DashboardUnitFragment | null | undefined>;
  return OFFICE_UNITS.map((unit) => ({ unit, stats: bySlug[unit.slug]?.stats ?? null }));
}

const shorten = (name: string, max: number) => ([...name].length > max ? `${[...name].slice(0, max - 1).join('')}…` : name);

/** Horizontal bars, one row per unit; stacked when given a stack id. */
function unitBars(data: object[], bars: readonly { key: string; name: string; colour: string }[], axisWidth: number, stackId?: string) {
  return (
    <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }} accessibilityLayer={false}>
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" allowDecimals={false} />
      <YAxis type="category" dataKey="name" width={axisWidth} tick={{ fontSize: 13 }} />
      <Tooltip />
      <Legend itemSorter={null} />
      {bars.map((bar) => (
        <Bar key={bar.key} dataKey={bar.key} name={bar.name} stackId={stackId} fill={bar.colour} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}

function Totals({ rows }: { rows: (UnitRow & { stats: Stats })[] }) {
  const { t, format } = useI18n();
  const sum = (pick: (s: Stats) => number) => rows.reduce((n, r) => n + pick(r.stats), 0);
  const answers = sum((s) => s.satisfactionAnswers);
  const satisfaction = answers ? sum((s) => (s.satisfactionAverage ?? 0) * s.satisfactionAnswers) / answers : null;
  const items: [string, string][] = [
    [t('dash.activities'), format.number(sum((s) => s.ladder.reduce((n, step) => n + step.activities, 0)))],
    [t('dash.received'), format.number(sum((s) => s.feedbackReceived))],
    [t('dash.open'), format.number(sum((s) => s.feedbackOpen))],
    [t('dash.late'), format.number(sum((s) => s.feedbackLate))],
    [t('dash.answered'), format.number(sum((s) => s.feedbackAnswered))],
    [t('dash.satisfaction'), satisfaction == null ? t('common.dash') : format.number(satisfaction, 2)],
    [t('dash.stale'), format.number(sum((s) => s.noticesStale))],
  ];
  return (
    <dl className="totals" data-testid="totals">
      {items.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Figure({
  id,
  caption,
  hint,
  label,
  tall,
  children,
}: {
  id: string;
  caption: string;
  hint?: string;
  label: string;
  tall?: boolean;
  children: React.ReactElement;
}) {
  return (
    <figure className="figure" aria-labelledby={`${id}-caption`} data-testid={id}>
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      {hint ? <p className="meta">{hint}</p> : null}
      {/* The picture is for the eye; its numbers are in the tables (text alternatives). */}
      <div className={`chart${tall ? ' chart-tall' : ''}`} role="img" aria-label={label}>
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

/** The director's dashboard: every unit's ladder, cases, answer times, satisfaction and notices, in one request. */
export function DashboardPage() {
  const { t, pick, label, format } = useI18n();
  const current = fiscalYearOf(new Date());
  // The year is in the address (?fy=2569), so a view can be shared and reopened.
  const { search } = useLocation();
  const asked = Number(search.get('fy'));
  const fiscalYear = Number.isInteger(asked) && asked >= 2540 && asked <= current + 1 ? asked : current;
  const years = [...new Set([current, current - 1, current - 2, fiscalYear])].sort((a, b) => b - a);
  const { data, problems, loading, reload } = useQuery(OfficeDashboardDocument, { fiscalYear });
  const rows = useMemo(() => unitRows(data), [data]);
  const available = rows.filter((r): r is UnitRow & { stats: Stats } => r.stats !== null);
  const unavailable = rows.filter((r) => r.stats === null);
  const name = (unit: DirectoryUnit) => pick(unit.nameTh, unit.nameEn);
  // On a phone the unit names get less room beside the bars.
  const narrow = window.matchMedia?.('(max-width: 40rem)').matches ?? false;
  const axisWidth = narrow ? 110 : 190;
  const shortName = (text: string) => shorten(text, narrow ? 14 : 24);

  const ladderData = available.map(({ unit, stats }) => ({
    name: shortName(name(unit)),
    ...Object.fromEntries(stats.ladder.map((step) => [step.level, step.activities])),
  }));
  const caseData = available.map(({ unit, stats }) => ({
    name: shortName(name(unit)),
    received: stats.feedbackReceived,
    open: stats.feedbackOpen,
    late: stats.feedbackLate,
  }));
  const months = available[0]?.stats.feedbackByMonth.map((m) => m.month) ?? [];
  const trend = months.map((month, i) => ({
    month: format.month(month),
    received: available.reduce((n, r) => n + (r.stats.feedbackByMonth[i]?.count ?? 0), 0),
  }));

  return (
    <>
      <h1>{t('dash.title')}</h1>
      <div className="toolbar">
        <div className="field">
          <label htmlFor="dash-fiscal-year">{t('dash.fiscalYear')}</label>
          <select id="dash-fiscal-year" value={fiscalYear} onChange={(e) => navigate(`/dashboard?fy=${e.target.value}`, { replace: true })}>
            {years.map((year) => (
              <option key={year} value={year}>
                {t('dash.fiscalYearOption', { year })}
              </option>
            ))}
          </select>
        </div>
        {data ? (
          <p className="meta" role="status" data-testid="reporting">
            {t('dash.reporting', { n: available.length, total: rows.length })}
          </p>
        ) : null}
      </div>
      <ProblemNotice problems={problems} onRetry={reload} />
      {loading && !data ? <Loading /> : null}
      {data && unavailable.length > 0 ? (
        <p className="notice" data-testid="unavailable">
          {t('dash.unavailable', { units: unavailable.map((r) => name(r.unit)).join(', ') })}
        </p>
      ) : null}
      {data ? (
        <>
          <section aria-labelledby="totals-heading">
            <h2 id="totals-heading">{t('dash.totals')}</h2>
            <Totals rows={available} />
          </section>
          <section aria-label={t('dash.charts')}>
            <Figure
              id="chart-ladder"
              caption={t('dash.ladder')}
              hint={t('dash.ladderHint')}
              label={t('dash.chartLabelLadder', { n: available.length })}
              tall
            >
              {unitBars(
                ladderData,
                LEVELS.map((level) => ({ key: level, name: label('level', level), colour: LEVEL_COLOURS[level] })),
                axisWidth,
                'ladder',
              )}
            </Figure>
            <Figure id="chart-cases" caption={t('dash.cases')} label={t('dash.chartLabelCases', { n: available.length })} tall>
              {unitBars(
                caseData,
                (['received', 'open', 'late'] as const).map((key) => ({ key, name: t(`dash.${key}`), colour: CASE_COLOURS[key] })),
                axisWidth,
              )}
            </Figure>
            <Figure
              id="chart-trend"
              caption={t('dash.trend')}
              hint={t('dash.trendHint')}
              label={t('dash.chartLabelTrend', { max: Math.max(0, ...trend.map((m) => m.received)) })}
            >
              <LineChart data={trend} margin={{ left: 8, right: 16 }} accessibilityLayer={false}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="month" tick={{ fontSize: 12 }} />
                <YAxis allowDecimals={false} />
                <Tooltip />
                <Line
                  type="linear"
                  dataKey="received"
                  name={t('dash.received')}
                  stroke={CASE_COLOURS.received}
                  strokeWidth={3}
                  isAnimationActive={false}
                />
              </LineChart>
            </Figure>
          </section>
          <section>
            <h2 id="table-heading">{t('dash.table')}</h2>
            <div className="table-wrap" role="region" aria-labelledby="table-heading" tabIndex={0}>
              <table data-testid="unit-table">
                <thead>
                  <tr>
                    <th scope="col">{t('dash.unit')}</th>
                    {LEVELS.map((level) => (
                      <th key={level} scope="col">
                        {label('level', level)}
                      </th>
                    ))}
                    <th scope="col">{t('dash.received')}</th>
                    <th scope="col">{t('dash.open')}</th>
                    <th scope="col">{t('dash.late')}</th>
                    <th scope="col">{t('dash.median')}</th>
                    <th scope="col">{t('dash.satisfaction')}</th>
                    <th scope="col">{t('dash.stale')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map(({ unit, stats }) =>
                    stats ? (
                      <tr key={unit.code} data-unit={unit.code} data-state="available">
                        <th scope="row">{name(unit)}</th>
                        {stats.ladder.map((step) => (
                          <td key={step.level}>
                            {t('dash.share', { n: format.number(step.activities), share: format.percent(step.share) })}
                          </td>
                        ))}
                        <td>{format.number(stats.feedbackReceived)}</td>
                        <td>{format.number(stats.feedbackOpen)}</td>
                        <td>{format.number(stats.feedbackLate)}</td>
                        <td>{stats.medianDaysToAnswer == null ? t('common.dash') : format.number(stats.medianDaysToAnswer, 1)}</td>
                        <td>{stats.satisfactionAverage == null ? t('common.dash') : format.number(stats.satisfactionAverage, 2)}</td>
                        <td>{format.number(stats.noticesStale)}</td>
                      </tr>
                    ) : (
                      <tr key={unit.code} data-unit={unit.code} data-state="unavailable" className="unavailable">
                        <th scope="row">{name(unit)}</th>
                        <td colSpan={LEVELS.length + 6}>{t('common.unitUnavailable')}</td>
                      </tr>
                    ),
                  )}
                </tbody>
              </table>
            </div>
            <CsvButton
              what={t('dash.table')}
              fileName={`dashboard-${fiscalYear}`}
              testId="unit-table-csv"
              header={[
                t('dash.unit'),
                ...LEVELS.map((level) => label('level', level)),
                t('dash.received'),
                t('dash.open'),
                t('dash.late'),
                t('dash.median'),
                t('dash.satisfaction'),
                t('dash.stale'),
              ]}
              rows={() =>
                rows.map(({ unit, stats }) =>
                  stats
                    ? [
                        name(unit),
                        ...stats.ladder.map((step) => step.activities),
                        stats.feedbackReceived,
                        stats.feedbackOpen,
                        stats.feedbackLate,
                        stats.medianDaysToAnswer,
                        stats.satisfactionAverage,
                        stats.noticesStale,
                      ]
                    : [name(unit), t('common.unitUnavailable')],
                )
              }
            />
            <h2 id="trend-table-heading">{t('dash.trendTable')}</h2>
            <div className="table-wrap" role="region" aria-labelledby="trend-table-heading" tabIndex={0}>
              <table data-testid="trend-table">
                <thead>
                  <tr>
                    <th scope="col">{t('dash.month')}</th>
                    <th scope="col">{t('dash.received')}</th>
                  </tr>
                </thead>
                <tbody>
                  {trend.map((m) => (
                    <tr key={m.month}>
                      <th scope="row">{m.month}</th>
                      <td>{format.number(m.received)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      ) : null}
    </>
  );
}
