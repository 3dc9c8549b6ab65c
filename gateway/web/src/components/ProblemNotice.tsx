import type { Problem } from '../api/problems';
import { unitBySlug } from '../api/units';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/dictionary';

/** Codes whose next step the dictionary words itself; the rest get a field hint or the general one. */
const NEXT_STEPS = new Set(['UNIT_UNAVAILABLE', 'NETWORK', 'RATE_LIMITED', 'UNAUTHENTICATED', 'FORBIDDEN', 'CASE_CODE_NOT_FOUND']);

/** What went wrong and what to do next, in the person's language: never the raw error. */
export function useProblemText() {
  const { t, pick } = useI18n();
  return (problem: Problem): { message: string; next: string } => {
    const unit = problem.unitSlug ? unitBySlug(problem.unitSlug) : undefined;
    const message =
      problem.code === 'UNIT_UNAVAILABLE'
        ? t('problem.UNIT_UNAVAILABLE', { unit: unit ? pick(unit.nameTh, unit.nameEn) : (problem.unitSlug ?? '') })
        : problem.code === 'NETWORK'
          ? t('problem.NETWORK')
          : pick(problem.messageTh, problem.messageEn);
    const next = NEXT_STEPS.has(problem.code)
      ? t(`next.${problem.code}` as MessageKey)
      : problem.field
        ? t('next.field')
        : t('next.default');
    return { message, next };
  };
}

/** The problems of one request, once each, as an alert with the next step and an optional retry. */
export function ProblemNotice({ problems, onRetry }: { problems: readonly Problem[]; onRetry?: () => void }) {
  const { t } = useI18n();
  const describe = useProblemText();
  if (problems.length === 0) return null;
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = `${p.code}:${p.unitSlug ?? ''}:${p.messageEn}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return (
    <div className="notice notice-problem" role="alert">
      <h2 className="notice-title">{t('problem.title')}</h2>
      <ul>
        {unique.map((problem) => {
          const { message, next } = describe(problem);
          return (
            <li key={`${problem.code}:${problem.unitSlug ?? ''}:${problem.messageEn}`} data-code={problem.code}>
              <strong>{message}</strong> <span>{next}</span>
            </li>
          );
        })}
      </ul>
      {onRetry ? (
        <button type="button" className="button-secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}
