import { useQuery } from '../../api/use-query';
import { FiscalYearSelect, useFiscalYearParam } from '../../components/FiscalYearSelect';
import { Loading, ProblemNotice } from '../../components/ProblemNotice';
import { AuditPlanDocument, type AuditPlanQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { ServiceHeading } from './service-links';

type Plan = NonNullable<NonNullable<AuditPlanQuery['internalAudit']>['auditPlan']>;

/** The published plan of the fiscal year the address asks for (`?fy=`), with the units' names. */
export function useAuditPlan() {
  const fiscalYear = useFiscalYearParam();
  const query = useQuery(AuditPlanDocument, { fiscalYear });
  return { ...query, fiscalYear, plan: query.data?.internalAudit?.auditPlan };
}

/** A fiscal year's plan: when it was published, and each topic with its quarter and unit. */
export function AuditPlanTable({ plan, units }: { plan: Plan; units: AuditPlanQuery['units'] }) {
  const { t, pick, label, format } = useI18n();
  const unitName = (code: string) => {
    const unit = units.find((u) => u.code === code);
    return unit ? pick(unit.nameTh, unit.nameEn) : code;
  };
  return (
    <>
      <p className="meta">
        {t('take.publishedOn', { date: format.date(plan.publishedAt) })}
        {plan.updatedAt !== plan.publishedAt ? ` · ${t('audit.revised', { date: format.date(plan.updatedAt) })}` : ''}
      </p>
      <div className="table-wrap">
        <table data-testid="audit-plan">
          <caption>{t('audit.planCaption', { year: plan.fiscalYear })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit.quarter')}</th>
              <th scope="col">{t('follow.unit')}</th>
              <th scope="col">{t('audit.topic')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.items.map((item, i) => (
              <tr key={`${item.quarter}-${item.unitCode}-${i}`}>
                <td>{label('quarter', String(item.quarter))}</td>
                <td>{unitName(item.unitCode)}</td>
                <td>{item.topicTh}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The chosen year's plan, or that there is none yet (for the public page and the desk's). */
export function AuditPlanOfYear({ id, state }: { id: string; state: ReturnType<typeof useAuditPlan> }) {
  const { t } = useI18n();
  const { data, problems, loading, reload, fiscalYear, plan } = state;
  return (
    <>
      <div className="toolbar">
        <FiscalYearSelect id={id} value={fiscalYear} />
      </div>
      <ProblemNotice problems={problems} onRetry={reload} />
      {loading ? <Loading /> : null}
      {!loading && data?.internalAudit && !plan ? (
        <p role="status" data-testid="no-plan">
          {t('audit.noPlan', { year: fiscalYear })}
        </p>
      ) : null}
      {!loading && data && plan ? <AuditPlanTable plan={plan} units={data.units} /> : null}
    </>
  );
}

/** Internal Audit's published plan of a fiscal year (แผนการตรวจสอบภายในประจำปี): what it audits in which quarter. */
export function AuditPlanPage() {
  const state = useAuditPlan();
  return (
    <>
      <ServiceHeading unitCode="AUDIT" title="audit.planTitle" lead="audit.planLead" />
      <AuditPlanOfYear id="audit-plan-fy" state={state} />
    </>
  );
}
