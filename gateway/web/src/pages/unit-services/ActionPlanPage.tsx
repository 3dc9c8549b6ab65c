import { useQuery } from '../../api/use-query';
import { FiscalYearSelect, useFiscalYearParam } from '../../components/FiscalYearSelect';
import { Loading, ProblemNotice } from '../../components/ProblemNotice';
import { ActionPlanDocument, type ActionPlanItemFragment } from '../../gql/graphql';
import { TableWrap } from '../../components/TableWrap';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { ActionPlanYears } from './ActionPlanYears';
import { ServiceHeading } from './service-links';

/** The year's plan (`?fy=`) and `reload` after a change. */
export function useActionPlan() {
  const fiscalYear = useFiscalYearParam();
  const query = useQuery(ActionPlanDocument, { fiscalYear });
  return { ...query, fiscalYear, plan: query.data?.policyPlanning?.actionPlan ?? null };
}

/** The plan's budget priorities in its order (and their final place once adopted), with the total. */
export function PrioritiesTable({ plan }: { plan: ActionPlanItemFragment }) {
  const { t, format } = useI18n();
  const adopted = plan.status === 'ADOPTED';
  return (
    <TableWrap label={t('plan.priorities', { year: plan.fiscalYear })}>
      <table data-testid="plan-priorities">
        <caption>{t('plan.priorities', { year: plan.fiscalYear })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plan.priority')}</th>
            <th scope="col">{t('plan.position')}</th>
            <th scope="col">{t('finance.amount')}</th>
            {adopted ? <th scope="col">{t('plan.finalRank')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {plan.priorities.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                {p.titleTh}
                <span className="meta"> — {p.descriptionTh}</span>
              </th>
              <td>{format.number(p.position)}</td>
              <td>{t('finance.baht', { amount: format.baht(p.budgetBaht) })}</td>
              {adopted ? <td data-testid="final-rank">{p.finalRank == null ? t('common.dash') : format.number(p.finalRank)}</td> : null}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('plan.total')}</th>
            <td />
            <td data-testid="plan-total">{t('finance.baht', { amount: format.baht(plan.budgetTotalBaht) })}</td>
            {adopted ? <td /> : null}
          </tr>
        </tfoot>
      </table>
    </TableWrap>
  );
}

/** The closed vote's order: each priority's place, votes and share. */
function RankingTable({ ranking }: { ranking: NonNullable<ActionPlanItemFragment['priorityRanking']> }) {
  const { t, format } = useI18n();
  return (
    <TableWrap label={t('plan.rankingCaption')}>
      <table data-testid="plan-ranking">
        <caption>{t('plan.rankingCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plan.priority')}</th>
            <th scope="col">{t('plan.rank')}</th>
            <th scope="col">{t('plan.votes')}</th>
            <th scope="col">{t('plan.share')}</th>
          </tr>
        </thead>
        <tbody>
          {ranking.map((r) => (
            <tr key={r.priority.id}>
              <th scope="row">{r.priority.titleTh}</th>
              <td>{format.number(r.rank)}</td>
              <td>{format.number(r.votes)}</td>
              <td>{format.percent(r.share)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** How to take part: comments on the draft and the priority vote, each on its own page. */
function TakePart({ plan }: { plan: ActionPlanItemFragment }) {
  const { t, label, format } = useI18n();
  return (
    <section aria-labelledby="plan-take-part">
      <h2 id="plan-take-part">{t('plan.takePart')}</h2>
      <ul className="cards">
        <li className="card">
          <h3>{t('plan.comments')}</h3>
          <p className="meta">
            {plan.draft.open ? t('plan.commentsOpen', { date: format.dateTime(plan.draft.closesAt) }) : t('plan.commentsClosed')} ·{' '}
            {t('plan.suggestionCount', { n: plan.draft.suggestionCount })}
          </p>
          <Link to={`/units/POLICY/drafts/${plan.draft.id}`}>{plan.draft.open ? t('plan.commentLink') : t('plan.readComments')}</Link>
        </li>
        <li className="card">
          <h3>{t('plan.vote')}</h3>
          <p className="meta" data-testid="plan-vote-status">
            {label('status', plan.vote.status)} ·{' '}
            {t('plan.voteWhen', { from: format.dateTime(plan.vote.opensAt), to: format.dateTime(plan.vote.closesAt) })}
          </p>
          <p className="meta">{label('desk.eligibility', plan.vote.eligibility)}</p>
          <Link to={`/units/POLICY/votes/${plan.vote.id}`}>{plan.vote.status === 'OPEN' ? t('plan.voteLink') : t('plan.voteDetails')}</Link>
        </li>
      </ul>
    </section>
  );
}

/**
 * Policy and Planning's annual action plan of a fiscal year (แผนปฏิบัติการประจำปี): its budget
 * priorities, public comments on the draft, the priority vote and, once closed, the order it gave.
 */
export function ActionPlanPage() {
  const { t, label, format } = useI18n();
  const { data, problems, loading, reload, fiscalYear, plan } = useActionPlan();
  return (
    <>
      <ServiceHeading unitCode="POLICY" title="plan.title" lead="plan.lead" />
      <div className="toolbar">
        <FiscalYearSelect id="action-plan-fy" value={fiscalYear} />
      </div>
      <ProblemNotice problems={problems} onRetry={reload} />
      {loading && !data ? <Loading /> : null}
      {data?.policyPlanning && !plan ? (
        <p role="status" data-testid="no-action-plan">
          {t('plan.none', { year: fiscalYear })}
        </p>
      ) : null}
      {plan ? (
        <article aria-labelledby="plan-heading" data-testid="action-plan">
          <h2 id="plan-heading">{plan.titleTh}</h2>
          <p className="badges">
            <span className="badge" data-testid="plan-status">
              {label('planStatus', plan.status)}
            </span>
            {plan.adoptedAt ? <span className="badge">{t('plan.adoptedOn', { date: format.date(plan.adoptedAt) })}</span> : null}
          </p>
          <p className="prose">{plan.summaryTh}</p>
          <PrioritiesTable plan={plan} />
          <TakePart plan={plan} />
          {plan.priorityRanking ? <RankingTable ranking={plan.priorityRanking} /> : null}
        </article>
      ) : null}
      <ActionPlanYears shown={fiscalYear} />
    </>
  );
}
