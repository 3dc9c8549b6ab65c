import { useEffect, type ReactNode } from 'react';
import type { Problem } from '../../api/problems';
import { Loading, ProblemNotice } from '../../components/ProblemNotice';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';

interface UnitName {
  code: string;
  nameTh: string;
  nameEn?: string | null;
}

/**
 * The frame of every take-part page: loading, "not found" with the API's problems, and a way back
 * to the unit; the record's title is the page's h1 and the document title.
 */
export function TakePartFrame(props: {
  loading: boolean;
  problems: readonly Problem[];
  reload(): void;
  unit: UnitName | null | undefined;
  titleTh: string | undefined;
  titleEn?: string | null;
  children: ReactNode;
}) {
  const { loading, problems, reload, unit, titleTh, titleEn, children } = props;
  const { t, pick } = useI18n();
  const title = titleTh ? pick(titleTh, titleEn) : undefined;
  useEffect(() => {
    if (title) document.title = `${title} — ${t('site.name')}`;
  }, [title, t]);
  if (!title && loading) return <Loading />;
  if (!title) {
    return (
      <>
        <h1>{t('take.notFound')}</h1>
        <ProblemNotice problems={problems} onRetry={reload} />
        <p>
          <Link to="/">{t('common.backHome')}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      {unit ? (
        <p className="meta">
          <Link to={`/units/${encodeURIComponent(unit.code)}`}>{t('take.backToUnit', { unit: pick(unit.nameTh, unit.nameEn) })}</Link>
        </p>
      ) : null}
      <h1>{title}</h1>
      <ProblemNotice problems={problems} onRetry={reload} />
      {children}
    </>
  );
}

/** Text the unit wrote, kept in its paragraphs. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((part, i) => (
        <p key={i} className="prose">
          {part}
        </p>
      ))}
    </>
  );
}
