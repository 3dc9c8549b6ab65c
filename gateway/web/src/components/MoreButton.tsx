import { useI18n } from '../i18n/i18n';

/** "Show more" under a cursor-paged list, while the API says there is a next page. */
export function MoreButton({
  pageInfo,
  onMore,
}: {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  onMore(cursor: string | null): void;
}) {
  const { t } = useI18n();
  if (!pageInfo.hasNextPage) return null;
  return (
    <button type="button" className="button-secondary" onClick={() => onMore(pageInfo.endCursor ?? null)}>
      {t('news.more')}
    </button>
  );
}
