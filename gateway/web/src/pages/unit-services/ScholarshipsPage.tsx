import { useState } from 'react';
import { usePaged } from '../../api/use-paged';
import { useQuery } from '../../api/use-query';
import { ChoiceFilter } from '../../components/ChoiceFilter';
import { FiscalYearSelect, useFiscalYearParam } from '../../components/FiscalYearSelect';
import { CardList } from '../../components/CardList';
import { Loading, ProblemNotice } from '../../components/ProblemNotice';
import { ScholarshipPartnershipsDocument, type ScholarshipPartnershipKind, type ScholarshipPartnershipsQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { partnerPath } from '../partners/partner-parts';
import { ServiceHeading } from './service-links';

export const SCHOLARSHIP_KINDS: readonly ScholarshipPartnershipKind[] = ['SCHOLARSHIP', 'LUNCH', 'EQUIPMENT', 'TRANSPORT', 'MENTORING'];

type Connection = NonNullable<ScholarshipPartnershipsQuery['educationPromotion']>['scholarshipPartnerships'];
type Partnership = Connection['nodes'][number];

/** The year's totals: partnerships, students supported, baht. */
function YearTotals({ totals }: { totals: Connection['totals'] }) {
  const { t, format } = useI18n();
  const year = totals[0];
  if (!year) return null;
  return (
    <dl className="facts" data-testid="scholarship-totals">
      <dt>{t('scholar.partnerships')}</dt>
      <dd>{format.number(year.partnerships)}</dd>
      <dt>{t('scholar.students')}</dt>
      <dd>{format.number(year.studentsSupported)}</dd>
      <dt>{t('finance.amount')}</dt>
      <dd>{t('finance.baht', { amount: format.baht(year.amountBaht) })}</dd>
    </dl>
  );
}

/** One partnership: who gives what, to how many students, at which schools. */
function PartnershipFacts({ partnership }: { partnership: Partnership }) {
  const { t, label, pick, format } = useI18n();
  return (
    <>
      <p className="badges">
        <span className="badge">{label('scholarKind', partnership.kind)}</span>
      </p>
      <dl className="facts">
        <dt>{t('scholar.partner')}</dt>
        <dd>
          <Link to={partnerPath(partnership.partner.id)}>
            {pick(partnership.partner.nameTh, partnership.partner.nameEn ?? partnership.partner.nameTh)}
          </Link>
        </dd>
        <dt>{t('scholar.students')}</dt>
        <dd>{format.number(partnership.studentsSupported)}</dd>
        <dt>{t('finance.amount')}</dt>
        <dd>{partnership.amountBaht == null ? t('common.dash') : t('finance.baht', { amount: format.baht(partnership.amountBaht) })}</dd>
        <dt>{t('scholar.schools')}</dt>
        <dd>{partnership.schoolsTh.length ? partnership.schoolsTh.join(', ') : t('common.dash')}</dd>
      </dl>
    </>
  );
}

/** Education Promotion's student-support partnerships of a fiscal year (`?fy=`) and kind, with the year's totals. */
export function ScholarshipsPage() {
  const { t, label } = useI18n();
  const fiscalYear = useFiscalYearParam();
  const [kind, setKind] = useState<ScholarshipPartnershipKind | ''>('');
  const paged = usePaged<Partnership>(`${fiscalYear}:${kind}`);
  const { data, problems, loading, reload } = useQuery(ScholarshipPartnershipsDocument, {
    fiscalYear,
    kind: kind || null,
    after: paged.after,
  });
  const page = data?.educationPromotion?.scholarshipPartnerships;
  const partnerships = page ? paged.shown(page.nodes) : [];
  return (
    <>
      <ServiceHeading unitCode="PROMOTION" title="scholar.title" lead="scholar.lead" />
      <div className="toolbar">
        <FiscalYearSelect id="scholarships-fy" value={fiscalYear} />
        <ChoiceFilter
          id="scholarships-kind"
          label={t('finance.kind')}
          allLabel={t('finance.allKinds')}
          value={kind}
          choices={SCHOLARSHIP_KINDS.map((value) => ({ value, label: label('scholarKind', value) }))}
          onChange={setKind}
        />
      </div>
      <ProblemNotice problems={problems} onRetry={reload} />
      {loading && !data ? <Loading /> : null}
      {page ? (
        <section aria-labelledby="scholar-totals-heading">
          <h2 id="scholar-totals-heading">{t('finance.totals', { year: fiscalYear })}</h2>
          <YearTotals totals={page.totals} />
        </section>
      ) : null}
      <CardList
        id="scholarships"
        heading={t('scholar.listHeading')}
        none={t('scholar.none')}
        page={page}
        items={partnerships}
        paged={paged}
        title={(p) => p.titleTh}
        wide={false}
      >
        {(p) => <PartnershipFacts partnership={p} />}
      </CardList>
    </>
  );
}
