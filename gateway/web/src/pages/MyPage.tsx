import { useQuery } from '../api/use-query';
import { Loading, ProblemNotice } from '../components/ProblemNotice';
import { RequireSignIn } from '../components/RequireRole';
import { MyPageDocument, type MyPageQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';

type MyUnit = MyPageQuery['units'][number];

/** The person's identified cases, each with its way to follow it and to see or erase its data. */
function MyCases({ cases }: { cases: MyPageQuery['myCases'] }) {
  const { t, pick, label, format } = useI18n();
  if (cases.length === 0) return <p data-testid="my-cases-none">{t('mine.noCases')}</p>;
  return (
    <table data-testid="my-cases">
      <thead>
        <tr>
          <th scope="col">{t('mine.code')}</th>
          <th scope="col">{t('mine.unit')}</th>
          <th scope="col">{t('mine.status')}</th>
          <th scope="col">{t('mine.receivedAt')}</th>
        </tr>
      </thead>
      <tbody>
        {cases.map((c) => (
          <tr key={c.code}>
            <td>
              <Link to={`/follow?code=${encodeURIComponent(c.code!)}`} aria-label={t('mine.follow', { code: c.code! })}>
                <span className="case-code">{c.code}</span>
              </Link>
              <br />
              <Link to={`/my-data?code=${encodeURIComponent(c.code!)}`} className="meta">
                {t('mine.myData')}
                <span className="visually-hidden"> {c.code}</span>
              </Link>
            </td>
            <td>{pick(c.unit.nameTh, c.unit.nameEn)}</td>
            <td>
              {label('case', c.status)} {c.late ? <span className="badge badge-late">{t('mine.late')}</span> : null}
              <br />
              <span className="meta">{label('category', c.category)}</span>
            </td>
            <td>{format.dateTime(c.receivedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One unit's part of the page: what the person took part in there, and their initiatives. */
function UnitPart({ unit }: { unit: MyUnit }) {
  const { t, pick, label, format } = useI18n();
  const mine = unit.myParticipation;
  const name = pick(unit.nameTh, unit.nameEn);
  return (
    <section aria-labelledby={`mine-${unit.code}`} data-testid={`mine-${unit.code}`}>
      <h3 id={`mine-${unit.code}`}>
        <Link to={`/units/${unit.code}`} aria-label={t('mine.openUnit', { unit: name })}>
          {name}
        </Link>
      </h3>
      {!mine ? <p role="status">{t('mine.unitUnavailable', { unit: name })}</p> : null}
      {mine && mine.activities.length > 0 ? (
        <>
          <h4>{t('mine.activities')}</h4>
          <ul className="my-list">
            {mine.activities.map(({ activity, firstAt }) => (
              <li key={activity.id}>
                {pick(activity.titleTh, activity.titleEn)} <span className="badge">{label('level', activity.level)}</span>{' '}
                <span className="meta">
                  {label('status', activity.status)} · {t('mine.firstAt')} {format.dateTime(firstAt)}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {mine && mine.initiatives.length > 0 ? (
        <>
          <h4>{t('mine.initiatives')}</h4>
          <ul className="my-list">
            {mine.initiatives.map((initiative) => (
              <li key={initiative.id}>
                <Link to={`/units/${unit.code}/initiatives/${initiative.id}`}>{pick(initiative.titleTh, initiative.titleEn)}</Link>{' '}
                <span className="badge">{label('empower.initiativeStatus', initiative.status)}</span>{' '}
                <span className="meta">
                  {t('mine.proposedAt')} {format.dateTime(initiative.proposedAt)}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function MyPageContent() {
  const { t } = useI18n();
  const { data, problems, loading, reload } = useQuery(MyPageDocument);
  // A unit that did not answer still shows, with a line saying so; one with nothing of the person's does not.
  const units = (data?.units ?? []).filter(
    (u) => !u.myParticipation || u.myParticipation.activities.length > 0 || u.myParticipation.initiatives.length > 0,
  );
  return (
    <>
      <ProblemNotice problems={problems.filter((p) => p.code !== 'UNIT_UNAVAILABLE')} onRetry={reload} />
      {loading && !data ? <Loading /> : null}
      {data ? (
        <>
          <section aria-labelledby="my-cases-heading">
            <h2 id="my-cases-heading">{t('mine.cases')}</h2>
            <p className="meta">{t('mine.casesHint')}</p>
            <MyCases cases={data.myCases} />
          </section>
          <section aria-labelledby="taking-part-heading" data-testid="taking-part">
            <h2 id="taking-part-heading">{t('mine.takingPart')}</h2>
            <p className="meta">{t('mine.takingPartHint')}</p>
            {units.length === 0 ? <p data-testid="taking-part-none">{t('mine.noneYet')}</p> : null}
            {units.map((unit) => (
              <UnitPart key={unit.code} unit={unit} />
            ))}
          </section>
        </>
      ) : null}
    </>
  );
}

/** The public's own page: their cases, and where they took part, once signed in. */
export function MyPage() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('mine.title')}</h1>
      <p className="lead">{t('mine.lead')}</p>
      <RequireSignIn why={t('mine.signInWhy')}>
        <MyPageContent />
      </RequireSignIn>
    </>
  );
}
