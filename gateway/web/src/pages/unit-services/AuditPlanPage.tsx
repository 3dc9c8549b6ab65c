import { useQuery } from '../../api/use-query';
import { FiscalYearSelect, useFiscalYearParam } from '../../components/FiscalYearSelect';
import { Loading, ProblemNotice } from '../../components/ProblemNotice';
import { AuditPlanDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { ServiceHeading } from './service-links';

/** Internal Audit's published plan of a fiscal year (แผนการตรวจสอบภายในประจำปี): what it audits in which quarter. */
export function AuditPlanPage() {
  const { t, pick, label, format } = useI18n();
  const fiscalYear = useFiscalYearParam();
  const { data, problems, loading, reload } = useQuery(AuditPlanDocument, { fiscalYear });
  const plan = data?.internalAudit?.auditPlan;
  const unitName = (code: string) => {
    const unit = data?.units.find((u) => u.code === code);
    return unit ? pick(unit.nameTh, unit.nameEn) : code;
  };
  return (
    <>
      <ServiceHeading unitCode="AUDIT" title="audit.planTitle" lead="audit.planLead" />
      <div className="toolbar">
        <FiscalYearSelect id="audit-plan-fy" value={fiscalYear} />
      </div>
      <ProblemNotice problems={problems} onRetry={reload} />
      {loading ? <Loading /> : null}
      {!loading && data?.internalAudit && !plan ? (
        <p role="status" data-testid="no-plan">
          {t('audit.noPlan', { year: fiscalYear })}
        </p>
      ) : null}
      {!loading && plan ? (
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
      ) : null}
    </>
  );
}
