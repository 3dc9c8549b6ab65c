import type { Problem } from '../api/problems';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../router';
import { LookupForm } from './LookupForm';
import { Loading } from './ProblemNotice';

/**
 * Finds a request by the code its sender was given, the code kept in the address (`?code=`): the
 * form, then "loading", "no such code" with the next step, or nothing (the page shows what it found).
 */
export function CodeLookup(props: {
  id: string;
  /** The page's address without the code. */
  path: string;
  code: string;
  label: string;
  hint: string;
  problems: readonly Problem[];
  loading: boolean;
  /** The API answered and found nothing. */
  notFound: boolean;
  notFoundText: { title: string; next: string };
  reload(): void;
}) {
  const { t } = useI18n();
  const { id, path, code, label, hint, problems, loading, notFound, notFoundText, reload } = props;
  return (
    <>
      <LookupForm
        key={code}
        id={id}
        fields={[{ name: 'code', label, hint }]}
        initial={{ code }}
        submitLabel={t('follow.search')}
        problems={code ? problems : []}
        onRetry={reload}
        onSubmit={(values) => (values.code === code ? reload() : navigate(`${path}?code=${encodeURIComponent(values.code!)}`))}
      />
      {code && loading ? <Loading /> : null}
      {code && !loading && notFound && problems.length === 0 ? (
        <div className="notice" role="status" data-testid={`${id}-not-found`}>
          <p>
            <strong>{notFoundText.title}</strong> {notFoundText.next}
          </p>
        </div>
      ) : null}
    </>
  );
}
