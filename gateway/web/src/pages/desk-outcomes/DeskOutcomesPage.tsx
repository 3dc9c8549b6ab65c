import { forUnit } from '../../api/unit-operation';
import { useDeskUnit } from '../../api/unit-desk';
import { usePaged } from '../../api/use-paged';
import { useQuery } from '../../api/use-query';
import { MoreButton } from '../../components/MoreButton';
import { Loading, ProblemNotice } from '../../components/ProblemNotice';
import { StaffOutcomesDocument, type StaffOutcomesQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';

type OutcomeRow = NonNullable<NonNullable<StaffOutcomesQuery['desk']>['outcomes']>['nodes'][number];

function OutcomeTable({ rows }: { rows: readonly OutcomeRow[] }) {
  const { t, label, pick, format } = useI18n();
  if (rows.length === 0) return <p role="status">{t('deskOutcomes.empty')}</p>;
  return (
    <div className="table-wrap">
      <table data-testid="outcomes">
        <caption>{t('deskOutcomes.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('deskOutcomes.topic')}</th>
            <th scope="col">{t('follow.status')}</th>
            <th scope="col">{t('deskOutcomes.updated')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={o.id} data-outcome={o.id}>
              <td>
                <Link to={`/desk/outcomes/${o.id}`}>{pick(o.topicTh, o.topicEn)}</Link>
              </td>
              <td>{label('status', o.status)}</td>
              <td>{format.dateTime(o.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The unit's outcomes ("you said, we did"), latest first, each opening to its progress. */
export function DeskOutcomesPage() {
  const { t, pick } = useI18n();
  const unit = useDeskUnit();
  const paged = usePaged<OutcomeRow>(unit?.slug ?? '');
  const query = useQuery(forUnit(StaffOutcomesDocument, unit?.slug ?? 'financeAssets'), { after: paged.after }, !unit);
  if (!unit) return <p role="status">{t('desk.noUnit')}</p>;
  const page = query.data?.desk?.outcomes;
  return (
    <>
      <p>
        <Link to="/desk">{t('desk.backToQueue')}</Link>
      </p>
      <h1>{t('deskOutcomes.title', { unit: pick(unit.nameTh, unit.nameEn) })}</h1>
      <p className="lead">{t('deskOutcomes.lead')}</p>
      <ProblemNotice problems={query.problems} onRetry={query.reload} />
      {query.loading && !page ? <Loading /> : null}
      {page ? (
        <>
          <OutcomeTable rows={paged.shown(page.nodes)} />
          <MoreButton pageInfo={page.pageInfo} onMore={(cursor) => paged.more(page.nodes, cursor)} />
        </>
      ) : null}
    </>
  );
}
