import { usePaged } from '../../api/use-paged';
import { forUnit } from '../../api/unit-operation';
import { useDeskUnit } from '../../api/unit-desk';
import { useQuery } from '../../api/use-query';
import { MoreButton } from '../../components/MoreButton';
import { Loading, ProblemNotice } from '../../components/ProblemNotice';
import { StaffNoticesDocument, type StaffNoticesQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';

type NoticeRow = NonNullable<NonNullable<StaffNoticesQuery['desk']>['notices']>['nodes'][number];

/** Due for review or not, in words (not colour only). */
export function StaleBadge({ stale }: { stale: boolean }) {
  const { t } = useI18n();
  return <span className={`badge ${stale ? 'badge-late' : 'badge-ok'}`}>{stale ? t('news.stale') : t('deskNotices.current')}</span>;
}

function NoticeTable({ rows }: { rows: readonly NoticeRow[] }) {
  const { t, label, format } = useI18n();
  if (rows.length === 0) return <p role="status">{t('deskNotices.empty')}</p>;
  return (
    <div className="table-wrap">
      <table data-testid="notices">
        <caption>{t('deskNotices.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('deskNotices.notice')}</th>
            <th scope="col">{t('deskNotices.kind')}</th>
            <th scope="col">{t('deskNotices.published')}</th>
            <th scope="col">{t('deskNotices.reviewDue')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((n) => (
            <tr key={n.id} data-notice={n.id} data-stale={n.stale}>
              <td>
                <Link to={`/desk/notices/${n.id}`}>{n.titleTh}</Link>
              </td>
              <td>{label('kind', n.kind)}</td>
              <td>{format.dateTime(n.publishedAt)}</td>
              <td>
                {format.date(n.reviewDueAt)} <StaleBadge stale={n.stale} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The unit's notices for its staff, newest first, each with its review date. */
export function DeskNoticesPage() {
  const { t, pick } = useI18n();
  const unit = useDeskUnit();
  const paged = usePaged<NoticeRow>(unit?.slug ?? '');
  const query = useQuery(forUnit(StaffNoticesDocument, unit?.slug ?? 'financeAssets'), { after: paged.after }, !unit);
  if (!unit) return <p role="status">{t('desk.noUnit')}</p>;
  const page = query.data?.desk?.notices;
  return (
    <>
      <p>
        <Link to="/desk">{t('desk.backToQueue')}</Link>
      </p>
      <h1>{t('deskNotices.title', { unit: pick(unit.nameTh, unit.nameEn) })}</h1>
      <p className="lead">{t('deskNotices.lead')}</p>
      <p>
        <Link to="/desk/publish">{t('desk.publishLink')}</Link>
      </p>
      <ProblemNotice problems={query.problems} onRetry={query.reload} />
      {query.loading && !page ? <Loading /> : null}
      {page ? (
        <>
          <NoticeTable rows={paged.shown(page.nodes)} />
          <MoreButton pageInfo={page.pageInfo} onMore={(cursor) => paged.more(page.nodes, cursor)} />
        </>
      ) : null}
    </>
  );
}
