import { useEffect, useState } from 'react';
import { execute } from '../api/client';
import type { Problem } from '../api/problems';
import { FeedGaps, FeedList } from '../components/FeedList';
import { Loading, ProblemNotice } from '../components/ProblemNotice';
import { OfficeNewsDocument, type OfficeNewsQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';

type Feed = OfficeNewsQuery['officeFeed'];

/** The office feed of all nine units, ten at a time. */
export function NewsPage() {
  const { t } = useI18n();
  const [feed, setFeed] = useState<Feed | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [loading, setLoading] = useState(false);
  const load = async (after: string | null) => {
    setLoading(true);
    const result = await execute(OfficeNewsDocument, { after });
    setLoading(false);
    setProblems(result.problems);
    const next = result.data?.officeFeed;
    if (next) setFeed((previous) => (previous && after ? { ...next, items: [...previous.items, ...next.items] } : next));
  };
  useEffect(() => {
    void load(null);
  }, []);
  return (
    <>
      <h1>{t('news.title')}</h1>
      <ProblemNotice problems={problems} onRetry={() => void load(feed?.pageInfo.endCursor ?? null)} />
      {feed ? (
        <>
          <FeedGaps units={feed.unitsUnavailable} />
          <FeedList items={feed.items} headingLevel={2} />
          {feed.pageInfo.hasNextPage ? (
            <button
              type="button"
              className="button-secondary"
              disabled={loading}
              onClick={() => void load(feed.pageInfo.endCursor ?? null)}
            >
              {t('news.more')}
            </button>
          ) : null}
        </>
      ) : null}
      {loading ? <Loading /> : null}
    </>
  );
}
