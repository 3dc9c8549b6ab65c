import type { CsvValue } from '../csv';
import { DataTable } from '../components/DataTable';
import { useI18n } from '../i18n/i18n';
import type { UnitEvidence } from './load-evidence';

const CHANNELS = ['WEB', 'PHONE', 'LETTER', 'WALK_IN', 'EMAIL', 'LINE', 'MEETING'] as const;
const CATEGORIES = ['COMPLAINT', 'SUGGESTION', 'QUESTION', 'OPINION', 'COMPLIMENT'] as const;

interface SectionsProps {
  units: UnitEvidence[];
  /** The whole office: every table gets a unit column. */
  office: boolean;
  /** File names start with it, e.g. "ita-FINANCE-2569". */
  filePrefix: string;
}

/** The evidence pack's tables and the complaint-handling guideline; each table downloads as CSV. */
export function EvidenceSections({ units, office, filePrefix }: SectionsProps) {
  const { t, pick, label, format } = useI18n();
  const unitName = (u: UnitEvidence) => pick(u.unit.nameTh, u.unit.nameEn);
  // With the whole office, each row says whose it is.
  const withUnit = (u: UnitEvidence, row: CsvValue[]): CsvValue[] => (office ? [unitName(u), ...row] : row);
  const unitHeader = (header: string[]) => (office ? [t('dash.unit'), ...header] : header);
  const date = (value: string | null | undefined) => (value ? format.date(value) : null);
  const answered = units.filter((u) => u.data);

  const table = (id: string, what: string, header: string[], rows: CsvValue[][], wide?: boolean) => (
    <DataTable
      headingId={id}
      what={what}
      fileName={`${filePrefix}-${id.replace(/^evidence-/, '')}`}
      header={header}
      rows={rows}
      wide={wide}
    />
  );

  const activities = units.flatMap((u) =>
    u.activities.map((a) =>
      withUnit(u, [
        pick(a.titleTh, a.titleEn),
        label('level', a.level),
        label('status', a.status),
        date(a.startsAt),
        date(a.endsAt),
        a.participantCount,
      ]),
    ),
  );
  const outcomes = units.flatMap((u) =>
    u.outcomes.map((o) =>
      withUnit(u, [
        pick(o.topicTh, o.topicEn),
        o.participantsTh,
        o.resultsTh,
        pick(o.improvementTh, o.improvementEn),
        label('status', o.status),
        date(o.updatedAt),
      ]),
    ),
  );
  const summaries = units.flatMap((u) =>
    u.summaries.map((c) => withUnit(u, [pick(c.titleTh, c.titleEn), pick(c.summaryTh ?? '', c.summaryEn), date(c.summaryPublishedAt)])),
  );
  const stats = units.map((u) => {
    const s = u.data?.stats;
    return [
      office ? unitName(u) : t('evidence.thisYear'),
      s?.feedbackReceived,
      s?.feedbackAnswered,
      s?.feedbackOpen,
      s?.feedbackLate,
      s?.medianDaysToAcknowledge,
      s?.medianDaysToAnswer,
    ];
  });
  const sum = <K extends string>(pickCounts: (u: UnitEvidence) => { key: K; count: number }[], key: K) =>
    answered.reduce((n, u) => n + (pickCounts(u).find((c) => c.key === key)?.count ?? 0), 0);
  const byCategory = CATEGORIES.map((c) => [
    label('category', c),
    sum((u) => (u.data?.stats?.feedbackByCategory ?? []).map((x) => ({ key: x.category, count: x.count })), c),
  ]);
  const byChannel = CHANNELS.map((c) => [
    label('evidence.channel', c),
    sum((u) => (u.data?.stats?.feedbackByChannel ?? []).map((x) => ({ key: x.channel, count: x.count })), c),
  ]);
  const deadlines = answered.flatMap((u) =>
    (u.data?.deadlines ?? []).map((d) => withUnit(u, [label('category', d.category), d.acknowledgeDays, d.answerDays])),
  );

  return (
    <>
      <section>
        <h2 id="evidence-activities">{t('evidence.activities')}</h2>
        {table(
          'evidence-activities',
          t('evidence.activities'),
          unitHeader([
            t('evidence.topic'),
            t('evidence.level'),
            t('follow.status'),
            t('evidence.starts'),
            t('evidence.ends'),
            t('evidence.participants'),
          ]),
          activities,
        )}
      </section>
      <section>
        <h2 id="evidence-outcomes">{t('evidence.outcomes')}</h2>
        <p className="meta">{t('evidence.outcomesHint')}</p>
        {table(
          'evidence-outcomes',
          t('evidence.outcomes'),
          unitHeader([
            t('evidence.topic'),
            t('evidence.participants'),
            t('evidence.results'),
            t('evidence.improvement'),
            t('follow.status'),
            t('evidence.updated'),
          ]),
          outcomes,
          true,
        )}
        <h3 id="evidence-summaries">{t('evidence.summaries')}</h3>
        {table(
          'evidence-summaries',
          t('evidence.summaries'),
          unitHeader([t('evidence.consultation'), t('evidence.summary'), t('evidence.published')]),
          summaries,
          true,
        )}
      </section>
      <section>
        <h2 id="evidence-complaints">{t('evidence.complaints')}</h2>
        <h3 id="evidence-stats">{t('evidence.statsTable')}</h3>
        {table(
          'evidence-stats',
          t('evidence.statsTable'),
          [
            office ? t('dash.unit') : t('evidence.period'),
            t('dash.received'),
            t('dash.answered'),
            t('dash.open'),
            t('dash.late'),
            t('evidence.medianAck'),
            t('dash.median'),
          ],
          stats,
        )}
        <h3 id="evidence-categories">{t('evidence.byCategory')}</h3>
        {table('evidence-categories', t('evidence.byCategory'), [t('follow.category'), t('dash.received')], byCategory)}
        <h3 id="evidence-channels">{t('evidence.byChannel')}</h3>
        {table('evidence-channels', t('evidence.byChannel'), [t('evidence.channel'), t('dash.received')], byChannel)}
      </section>
      <section className="guide">
        <h2 id="evidence-guide">{t('evidence.guide')}</h2>
        <p>{t('evidence.guide.intro')}</p>
        <p>{t('evidence.guide.channels', { channels: CHANNELS.map((c) => label('evidence.channel', c)).join(', ') })}</p>
        <ol>
          {(['1', '2', '3', '4', '5'] as const).map((n) => (
            <li key={n}>{t(`evidence.guide.step${n}`)}</li>
          ))}
        </ol>
        <h3 id="evidence-deadlines">{t('evidence.guide.deadlines')}</h3>
        {table(
          'evidence-deadlines',
          t('evidence.guide.deadlines'),
          unitHeader([t('follow.category'), t('evidence.ackDays'), t('evidence.answerDays')]),
          deadlines,
        )}
        <p className="pdpa">{t('evidence.guide.pdpa')}</p>
      </section>
    </>
  );
}
