import type { ReactNode } from 'react';
import { usePaged } from '../../api/use-paged';
import { useQuery } from '../../api/use-query';
import { FiscalYearSelect, useFiscalYearParam } from '../../components/FiscalYearSelect';
import { CardList } from '../../components/CardList';
import { Loading, ProblemNotice } from '../../components/ProblemNotice';
import { SupervisionVisitsDocument, type SupervisionVisitsQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { RatingFacts } from './ratings';
import { SERVICE_PATHS, ServiceHeading } from './service-links';

export const VISIT_CRITERIA = ['usefulness', 'clarity', 'followUp'] as const;

export type Visit = NonNullable<SupervisionVisitsQuery['supervision']>['supervisionVisits']['nodes'][number];

/** A fiscal year's visits (`?fy=`), paged, with the year's summary; `reload` after a change. */
export function useVisits() {
  const fiscalYear = useFiscalYearParam();
  const paged = usePaged<Visit>(String(fiscalYear));
  const query = useQuery(SupervisionVisitsDocument, { fiscalYear, after: paged.after });
  const unit = query.data?.supervision;
  const page = unit?.supervisionVisits;
  return { ...query, fiscalYear, paged, page, visits: page ? paged.shown(page.nodes) : [], summary: unit?.supervisionSummary };
}

/** A visit: when, what about, who supervised, and the school's rating once given. */
export function VisitFacts({ visit }: { visit: Visit }) {
  const { t, format } = useI18n();
  return (
    <>
      <p className="badges">
        <span className="badge" data-testid="visit-rated">
          {visit.rated ? t('visit.rated') : t('visit.notRated')}
        </span>
      </p>
      <dl className="facts">
        <dt>{t('visit.visitedOn')}</dt>
        <dd>{format.date(visit.visitedOn)}</dd>
        <dt>{t('visit.topic')}</dt>
        <dd>{visit.topicTh}</dd>
        <dt>{t('visit.supervisors')}</dt>
        <dd>{visit.supervisors.join(', ')}</dd>
      </dl>
      {visit.rated ? <RatingFacts prefix="visit" criteria={VISIT_CRITERIA} ratings={visit.ratings} testId="visit-ratings" /> : null}
    </>
  );
}

/** The year's visits and how many the schools rated, with the mean scores. */
export function VisitSummary({ summary }: { summary: NonNullable<ReturnType<typeof useVisits>['summary']> }) {
  const { t, format } = useI18n();
  return (
    <section aria-labelledby="visit-summary-heading" data-testid="visit-summary">
      <h2 id="visit-summary-heading">{t('visit.summary', { year: summary.fiscalYear })}</h2>
      <p>{t('visit.summaryCounts', { visits: format.number(summary.visits), rated: format.number(summary.rated) })}</p>
      <RatingFacts prefix="visit" criteria={VISIT_CRITERIA} ratings={summary.averages} />
    </section>
  );
}

/** A fiscal year's visits (the year chosen here) with the year's summary; `extra` adds to each card. */
export function VisitsOfYear({ id, list, extra }: { id: string; list: ReturnType<typeof useVisits>; extra?(visit: Visit): ReactNode }) {
  const { t } = useI18n();
  const { data, problems, loading, reload, fiscalYear, paged, page, visits, summary } = list;
  return (
    <>
      <div className="toolbar">
        <FiscalYearSelect id={`${id}-fy`} value={fiscalYear} />
      </div>
      <ProblemNotice problems={problems} onRetry={reload} />
      {loading && !data ? <Loading /> : null}
      {summary ? <VisitSummary summary={summary} /> : null}
      <CardList
        id={id}
        heading={t('visit.listHeading')}
        none={t('visit.none')}
        page={page}
        items={visits}
        paged={paged}
        title={(visit) => visit.schoolName}
      >
        {(visit) => (
          <>
            <VisitFacts visit={visit} />
            {extra?.(visit)}
          </>
        )}
      </CardList>
    </>
  );
}

/** Supervision's visits to schools of a fiscal year and how the schools rated them. */
export function SupervisionVisitsPage() {
  const { t } = useI18n();
  const list = useVisits();
  return (
    <>
      <ServiceHeading unitCode="SUPERVISION" title="visit.title" lead="visit.lead" />
      <p>
        <Link to={SERVICE_PATHS.rateVisit}>{t('visit.rateTitle')}</Link> — {t('visit.rateHint')}
      </p>
      <VisitsOfYear id="visits" list={list} />
    </>
  );
}
