import { useState } from 'react';
import { forUnit } from '../api/unit-operation';
import { useDeskUnit } from '../api/unit-desk';
import { useQuery } from '../api/use-query';
import { Loading, ProblemNotice } from '../components/ProblemNotice';
import { StaffQueueDocument, type FeedbackCategory, type StaffQueueQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { UnitServiceLinks } from './unit-services/service-links';
import { ANSWERABLE, BatchAnswer } from './desk-cases/BatchAnswer';
import { DeskCaseLinks } from './desk-cases/DeskCaseLinks';
import { EmpowerDeskLinks } from './empower/desk-frame';

const CATEGORIES: readonly FeedbackCategory[] = ['COMPLAINT', 'SUGGESTION', 'QUESTION', 'OPINION', 'COMPLIMENT'];
type QueueCase = NonNullable<NonNullable<StaffQueueQuery['desk']>['feedback']>['nodes'][number];

/** Late or on time as words (not colour only). */
export function LateBadge({ late }: { late: boolean }) {
  const { t } = useI18n();
  return <span className={`badge ${late ? 'badge-late' : 'badge-ok'}`}>{late ? t('desk.late') : t('desk.onTime')}</span>;
}

/** The queue; answerable cases have a box to select them for a template answer. */
function QueueTable({
  cases,
  selected,
  onToggle,
}: {
  cases: readonly QueueCase[];
  selected: readonly string[];
  onToggle(id: string): void;
}) {
  const { t, label, format } = useI18n();
  if (cases.length === 0) return <p role="status">{t('desk.empty')}</p>;
  return (
    <div className="table-wrap">
      <table data-testid="queue">
        <caption>{t('desk.queueCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('deskCases.selectColumn')}</th>
            <th scope="col">{t('desk.case')}</th>
            <th scope="col">{t('follow.category')}</th>
            <th scope="col">{t('follow.status')}</th>
            <th scope="col">{t('follow.dueAnswer')}</th>
            <th scope="col">{t('desk.lateness')}</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.id} data-case={c.code ?? c.id} data-late={c.late}>
              <td>
                {ANSWERABLE.includes(c.status) ? (
                  <input
                    type="checkbox"
                    aria-label={t('deskCases.select', { code: c.code ?? c.id.slice(0, 8) })}
                    checked={selected.includes(c.id)}
                    onChange={() => onToggle(c.id)}
                  />
                ) : null}
              </td>
              <td>
                <Link to={`/desk/cases/${c.id}`}>{c.code ?? t('desk.noCode', { id: c.id.slice(0, 8) })}</Link>
                <br />
                <span className="meta">{[...c.message].slice(0, 80).join('')}</span>
              </td>
              <td>{label('category', c.category)}</td>
              <td>{label('case', c.status)}</td>
              <td>{c.dueAnswerAt ? format.dateTime(c.dueAnswerAt) : t('common.dash')}</td>
              <td>
                <LateBadge late={c.late} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The unit's cases, soonest answer deadline first, for its staff and head. */
export function DeskQueuePage() {
  const { t, label, pick } = useI18n();
  const unit = useDeskUnit();
  const [openOnly, setOpenOnly] = useState(true);
  const [lateOnly, setLateOnly] = useState(false);
  const [categories, setCategories] = useState<FeedbackCategory[]>([]);
  const [after, setAfter] = useState<string | null>(null);
  const [earlier, setEarlier] = useState<QueueCase[]>([]);
  const [selected, setSelected] = useState<string[]>([]);
  const filter = { openOnly, lateOnly, categories: categories.length ? categories : null, orderBy: 'DUE_FIRST' as const };
  const queue = useQuery(forUnit(StaffQueueDocument, unit?.slug ?? 'financeAssets'), { after, filter }, !unit);
  const page = queue.data?.desk?.feedback;
  const restart = () => {
    setAfter(null);
    setEarlier([]);
    setSelected([]);
  };
  if (!unit) return <p role="status">{t('desk.noUnit')}</p>;
  const toggle = (category: FeedbackCategory) => {
    restart();
    setCategories((all) => (all.includes(category) ? all.filter((c) => c !== category) : [...all, category]));
  };
  return (
    <>
      <h1>{t('desk.title', { unit: pick(unit.nameTh, unit.nameEn) })}</h1>
      <p className="lead">{t('desk.lead')}</p>
      <p>
        <Link to="/desk/publish">{t('desk.publishLink')}</Link>
      </p>
      <p>
        <Link to="/desk/moderation">{t('moderation.deskLink')}</Link>
      </p>
      <DeskCaseLinks />
      <EmpowerDeskLinks />
      <UnitServiceLinks code={unit.code} side="desk" />
      <fieldset>
        <legend>{t('desk.filters')}</legend>
        <label className="choice">
          <input type="checkbox" checked={openOnly} onChange={(e) => (restart(), setOpenOnly(e.target.checked))} />
          <span>{t('desk.openOnly')}</span>
        </label>
        <label className="choice">
          <input type="checkbox" checked={lateOnly} onChange={(e) => (restart(), setLateOnly(e.target.checked))} />
          <span>{t('desk.lateOnly')}</span>
        </label>
        <div className="choices-inline">
          {CATEGORIES.map((category) => (
            <label key={category} className="choice">
              <input type="checkbox" checked={categories.includes(category)} onChange={() => toggle(category)} />
              <span>{label('category', category)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <ProblemNotice problems={queue.problems} onRetry={queue.reload} />
      {queue.loading ? <Loading /> : null}
      {page ? (
        <>
          <p data-testid="queue-total">{t('desk.total', { n: page.totalCount })}</p>
          <QueueTable
            cases={[...earlier, ...page.nodes]}
            selected={selected}
            onToggle={(id) => setSelected((all) => (all.includes(id) ? all.filter((x) => x !== id) : [...all, id]))}
          />
          {page.pageInfo.hasNextPage ? (
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                setEarlier((e) => [...e, ...page.nodes]);
                setAfter(page.pageInfo.endCursor ?? null);
              }}
            >
              {t('news.more')}
            </button>
          ) : null}
          <BatchAnswer slug={unit.slug} ids={selected} onDone={() => (restart(), queue.reload())} />
        </>
      ) : null}
    </>
  );
}
