import { usePaged } from '../../api/use-paged';
import { useQuery } from '../../api/use-query';
import { MoreButton } from '../../components/MoreButton';
import { ProblemNotice } from '../../components/ProblemNotice';
import { TableWrap } from '../../components/TableWrap';
import { ActionPlansDocument, type ActionPlansQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { SERVICE_PATHS } from './service-links';

type PlanOfYear = NonNullable<ActionPlansQuery['policyPlanning']>['actionPlans']['nodes'][number];

/** Every year's published action plan, latest first, each linking to its year on the plan's page; `shown` is marked. */
export function ActionPlanYears({ shown }: { shown: number }) {
  const { t, label, format } = useI18n();
  const paged = usePaged<PlanOfYear>('');
  const { data, problems, reload } = useQuery(ActionPlansDocument, { after: paged.after });
  const page = data?.policyPlanning?.actionPlans;
  const plans = page ? paged.shown(page.nodes) : [];
  return (
    <section aria-labelledby="plan-years-heading">
      <h2 id="plan-years-heading">{t('plan.allYears')}</h2>
      <ProblemNotice problems={problems} onRetry={reload} />
      {page && plans.length === 0 ? <p role="status">{t('plan.noPlans')}</p> : null}
      {plans.length > 0 ? (
        <TableWrap label={t('plan.allYearsCaption')}>
          <table data-testid="plan-years">
            <caption>{t('plan.allYearsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dash.fiscalYear')}</th>
                <th scope="col">{t('plan.plan')}</th>
                <th scope="col">{t('follow.status')}</th>
                <th scope="col">{t('plan.total')}</th>
              </tr>
            </thead>
            <tbody>
              {plans.map((plan) => (
                <tr key={plan.id} data-year={plan.fiscalYear}>
                  <th scope="row">
                    <Link
                      to={`${SERVICE_PATHS.actionPlan}?fy=${plan.fiscalYear}`}
                      aria-current={plan.fiscalYear === shown ? 'page' : undefined}
                    >
                      {t('dash.fiscalYearOption', { year: plan.fiscalYear })}
                    </Link>
                  </th>
                  <td>{plan.titleTh}</td>
                  <td>
                    {label('planStatus', plan.status)}
                    {plan.adoptedAt ? <span className="meta"> — {t('plan.adoptedOn', { date: format.date(plan.adoptedAt) })}</span> : null}
                  </td>
                  <td>{t('finance.baht', { amount: format.baht(plan.budgetTotalBaht) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      {page ? <MoreButton pageInfo={page.pageInfo} onMore={(cursor) => paged.more(page.nodes, cursor)} /> : null}
    </section>
  );
}
