import { useEffect } from 'react';
import { useQuery } from '../api/use-query';
import { Loading, ProblemNotice } from '../components/ProblemNotice';
import { UnitPageDocument, type ParticipationLevel, type UnitPageQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Link, navigate, useLocation } from '../router';
import { LEVELS, levelsFromSearch, levelsParam } from './unit-levels';
import { hasServices, UnitServiceLinks } from './unit-services/service-links';

export { LEVELS };

type UnitData = NonNullable<UnitPageQuery['unit']>;

interface OpenItem {
  id: string;
  titleTh: string;
  titleEn?: string | null;
  status?: string;
  open?: boolean;
  opensAt: string;
  closesAt: string;
}

/** One list of consultations, surveys, drafts or votes, each item linkable by its anchor. */
function OpenList({
  unitCode,
  kind,
  heading,
  items,
}: {
  unitCode: string;
  kind: string;
  heading: string;
  items: readonly OpenItem[] | undefined;
}) {
  const { t, pick, label, format } = useI18n();
  return (
    <section aria-labelledby={`${kind}-heading`}>
      <h3 id={`${kind}-heading`}>{heading}</h3>
      {!items || items.length === 0 ? (
        <p>{t('unit.nothingOpen')}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.id} id={`${kind}-${item.id}`}>
              <Link to={`/units/${encodeURIComponent(unitCode)}/${kind}s/${encodeURIComponent(item.id)}`}>
                {pick(item.titleTh, item.titleEn)}
              </Link>{' '}
              <span className="badge">{label('status', item.status ?? (item.open ? 'OPEN' : 'CLOSED'))}</span>{' '}
              <span className="meta">{t('unit.window', { from: format.date(item.opensAt), to: format.date(item.closesAt) })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Activities({ unit }: { unit: UnitData }) {
  const { t, pick, label, format } = useI18n();
  const nodes = unit.activities?.nodes;
  if (!nodes) return null;
  if (nodes.length === 0) return <p>{t('unit.noActivities')}</p>;
  return (
    <ul className="cards">
      {nodes.map((activity) => (
        <li key={activity.id} className="card">
          <article>
            <h3>{pick(activity.titleTh, activity.titleEn)}</h3>
            <p className="badges">
              <span className={`badge badge-level-${activity.level}`}>{label('level', activity.level)}</span>
              <span className="badge">{label('status', activity.status)}</span>
            </p>
            <p className="meta">
              {t('unit.starts', { date: format.date(activity.startsAt) })} ·{' '}
              {t('unit.participants', { n: format.number(activity.participantCount) })}
            </p>
            {activity.bodyTh ? <p>{pick(activity.bodyTh, activity.bodyEn)}</p> : null}
          </article>
        </li>
      ))}
    </ul>
  );
}

/**
 * One unit: its activities by IAP2 level, what is open to take part in, and "you said, we did".
 * The levels shown are in the address (`?levels=CONSULT,INVOLVE`, see unit-levels.ts), so a link can
 * open the page at one level (the announcement's measures do) and the ticked boxes can be shared.
 */
export function UnitPage({ code }: { code: string }) {
  const { t, pick, label } = useI18n();
  const { pathname, search } = useLocation();
  const levels = levelsFromSearch(search.get('levels'));
  const { data, problems, loading, reload } = useQuery(UnitPageDocument, { code, levels: levels.length ? levels : null });
  const unit = data?.unit;
  useEffect(() => {
    if (unit) document.title = `${pick(unit.nameTh, unit.nameEn)} — ${t('site.name')}`;
  }, [unit, pick, t]);
  const toggle = (level: ParticipationLevel) => {
    const next = levels.includes(level) ? levels.filter((l) => l !== level) : [...levels, level];
    const params = new URLSearchParams(search);
    const param = levelsParam(next);
    if (param === null) params.delete('levels');
    else params.set('levels', param);
    const query = params.toString();
    navigate(query ? `${pathname}?${query}` : pathname, { replace: true });
  };
  if (!data && loading) return <Loading />;
  if (!unit) {
    return (
      <>
        <h1>{t('unit.notFound')}</h1>
        <ProblemNotice problems={problems} onRetry={reload} />
      </>
    );
  }
  return (
    <>
      <h1>{pick(unit.nameTh, unit.nameEn)}</h1>
      <ProblemNotice problems={problems} onRetry={reload} />
      {hasServices(unit.code, 'public') ? (
        <section aria-labelledby="services-heading">
          <h2 id="services-heading">{t('services.heading')}</h2>
          <UnitServiceLinks code={unit.code} side="public" />
        </section>
      ) : null}
      <section aria-labelledby="activities-heading">
        <h2 id="activities-heading">{t('unit.activities')}</h2>
        <fieldset>
          <legend>{t('unit.levels')}</legend>
          <span className="hint">{t('unit.levelsHint')}</span>
          <div className="choices-inline">
            {LEVELS.map((level) => (
              <label key={level} className="choice">
                <input type="checkbox" checked={levels.includes(level)} onChange={() => toggle(level)} />
                <span>{label('level', level)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {levels.length ? <Activities unit={unit} /> : <p>{t('unit.noActivities')}</p>}
      </section>
      <section aria-labelledby="open-heading">
        <h2 id="open-heading">{t('unit.open')}</h2>
        <p>{t('unit.openHint')}</p>
        <OpenList unitCode={unit.code} kind="consultation" heading={t('unit.consultations')} items={unit.consultations?.nodes} />
        <OpenList unitCode={unit.code} kind="survey" heading={t('unit.surveys')} items={unit.surveys?.nodes} />
        <OpenList unitCode={unit.code} kind="draft" heading={t('unit.drafts')} items={unit.drafts?.nodes} />
        <OpenList unitCode={unit.code} kind="vote" heading={t('unit.votes')} items={unit.votes?.nodes} />
        <p>
          <Link to={`/units/${encodeURIComponent(unit.code)}/initiatives`}>{t('empower.publicInitiatives')}</Link>
        </p>
        <p>
          <Link to={`/units/${encodeURIComponent(unit.code)}/delegations`}>{t('empower.publicDelegations')}</Link>
        </p>
      </section>
      <section aria-labelledby="outcomes-heading">
        <h2 id="outcomes-heading">{t('unit.outcomes')}</h2>
        <p>{t('unit.outcomesHint')}</p>
        <p>
          <Link to={`/units/${encodeURIComponent(unit.code)}/outcomes`}>{t('take.allOutcomes')}</Link>
        </p>
        {!unit.outcomes?.nodes.length ? (
          <p>{t('unit.nothingOpen')}</p>
        ) : (
          <ul className="cards">
            {unit.outcomes.nodes.map((outcome) => (
              <li key={outcome.id} id={`outcome-${outcome.id}`} className="card">
                <article>
                  <h3>{pick(outcome.topicTh, outcome.topicEn)}</h3>
                  <p className="badges">
                    <span className="badge">{label('status', outcome.status)}</span>
                  </p>
                  <p>
                    <strong>{t('unit.outcomeResults')}:</strong> {outcome.resultsTh}
                  </p>
                  <p>
                    <strong>{t('unit.outcomeImprovement')}:</strong> {pick(outcome.improvementTh, outcome.improvementEn)}
                  </p>
                </article>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
