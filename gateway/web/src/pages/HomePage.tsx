import { useQuery } from '../api/use-query';
import { FeedGaps, FeedList } from '../components/FeedList';
import { Loading, ProblemNotice } from '../components/ProblemNotice';
import { PortalHomeDocument } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';

/** The portal's front page: what one can do, the nine units, the latest news. */
export function HomePage() {
  const { t, pick } = useI18n();
  const { data, problems, loading, reload } = useQuery(PortalHomeDocument);
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.lead')}</p>
      <ul className="cards">
        <li className="card card-action">
          <h2 className="h3-size">
            <Link to="/feedback">{t('home.giveFeedback')}</Link>
          </h2>
          <p>{t('home.giveFeedbackHint')}</p>
        </li>
        <li className="card card-action">
          <h2 className="h3-size">
            <Link to="/follow">{t('home.followCase')}</Link>
          </h2>
          <p>{t('home.followCaseHint')}</p>
        </li>
        <li className="card card-action">
          <h2 className="h3-size">
            <Link to="/announcement">{t('home.announcement')}</Link>
          </h2>
          <p>{t('home.announcementHint')}</p>
        </li>
      </ul>
      <ProblemNotice problems={problems} onRetry={reload} />
      <section aria-labelledby="units-heading">
        <h2 id="units-heading">{t('home.units')}</h2>
        <p>{t('home.unitsHint')}</p>
        {loading && !data ? <Loading /> : null}
        {data ? (
          <ul className="cards">
            {data.units.map((unit, i) => (
              <li key={unit.code} className="card">
                <span className="meta">{i + 1}</span> <Link to={`/units/${unit.code}`}>{pick(unit.nameTh, unit.nameEn)}</Link>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section aria-labelledby="news-heading">
        <h2 id="news-heading">{t('home.news')}</h2>
        {data ? (
          <>
            <FeedGaps units={data.officeFeed.unitsUnavailable} />
            <FeedList items={data.officeFeed.items} />
            <p>
              <Link to="/news">{t('home.allNews')}</Link>
            </p>
          </>
        ) : null}
      </section>
    </>
  );
}
