import type { FeedItemFragment } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';

/** Notices of the office feed, newest first, with their unit, date (B.E.) and attachments. */
export function FeedList({ items, headingLevel = 3 }: { items: readonly FeedItemFragment[]; headingLevel?: 2 | 3 }) {
  const { t, pick, label, format } = useI18n();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (items.length === 0) return <p>{t('common.none')}</p>;
  return (
    <ul className="cards">
      {items.map(({ cursor, unit, notice }) => (
        <li key={cursor} className="card">
          <article>
            <Heading>{pick(notice.titleTh, notice.titleEn)}</Heading>
            <p className="badges">
              <span className="badge">{label('kind', notice.kind)}</span>
              {notice.stale ? <span className="badge badge-warn">{t('news.stale')}</span> : null}
            </p>
            <p className="meta">
              {pick(unit.nameTh, unit.nameEn)} ·{' '}
              <time dateTime={notice.publishedAt}>{t('news.published', { date: format.date(notice.publishedAt) })}</time>
            </p>
            <p>{pick(notice.bodyTh, notice.bodyEn)}</p>
            {notice.attachments.length > 0 ? (
              <ul>
                {notice.attachments.map((file) => (
                  <li key={file.id}>
                    <a href={file.downloadUrl} download={file.fileName}>
                      {t('news.attachment', { name: file.fileName, size: format.bytes(file.sizeBytes) })}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </article>
        </li>
      ))}
    </ul>
  );
}

/** Units whose notices are missing from the feed because they did not answer. */
export function FeedGaps({ units }: { units: readonly { code: string; nameTh: string; nameEn: string }[] }) {
  const { t, pick } = useI18n();
  if (units.length === 0) return null;
  return (
    <p className="notice" role="status">
      {t('news.unitsMissing', { units: units.map((u) => pick(u.nameTh, u.nameEn)).join(', ') })} {t('next.UNIT_UNAVAILABLE')}
    </p>
  );
}
