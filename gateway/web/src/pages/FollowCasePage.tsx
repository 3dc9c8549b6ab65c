import { useForm } from 'react-hook-form';
import { useQuery } from '../api/use-query';
import { Loading, ProblemNotice } from '../components/ProblemNotice';
import { FollowCaseDocument, type FollowCaseQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { navigate, useLocation } from '../router';

type Tracking = NonNullable<FollowCaseQuery['followCase']>;

function CaseView({ tracking }: { tracking: Tracking }) {
  const { t, pick, label, format } = useI18n();
  const answer = tracking.answer ? pick(tracking.answer, tracking.answerEn) : null;
  return (
    <section aria-labelledby="case-heading" data-testid="case">
      <h2 id="case-heading">
        <span className="case-code">{tracking.code}</span>
      </h2>
      <dl className="facts">
        <dt>{t('follow.status')}</dt>
        <dd data-testid="case-status">
          <strong>{label('case', tracking.status)}</strong>{' '}
          <span className={`badge ${tracking.late ? 'badge-late' : 'badge-ok'}`}>
            {tracking.late ? t('follow.late') : t('follow.onTime')}
          </span>
        </dd>
        <dt>{t('follow.unit')}</dt>
        <dd>{pick(tracking.unit.nameTh, tracking.unit.nameEn)}</dd>
        <dt>{t('follow.category')}</dt>
        <dd>{label('category', tracking.category)}</dd>
        <dt>{t('follow.received')}</dt>
        <dd>{format.dateTime(tracking.receivedAt)}</dd>
        {tracking.dueAnswerAt ? (
          <>
            <dt>{t('follow.dueAnswer')}</dt>
            <dd>{format.dateTime(tracking.dueAnswerAt)}</dd>
          </>
        ) : null}
      </dl>
      <h3>{t('follow.answer')}</h3>
      {answer ? (
        <>
          {tracking.answeredAt ? <p className="meta">{t('follow.answered', { date: format.dateTime(tracking.answeredAt) })}</p> : null}
          <div className="answer" data-testid="case-answer">
            {answer}
          </div>
        </>
      ) : (
        <p>{t('follow.noAnswer')}</p>
      )}
      {tracking.rejectedReason ? (
        <>
          <h3>{t('follow.rejected')}</h3>
          <div className="answer">{tracking.rejectedReason}</div>
        </>
      ) : null}
      <h3>{t('follow.history')}</h3>
      <ol className="history">
        {tracking.history.map((step, i) => (
          <li key={`${step.at}-${i}`}>
            <time dateTime={step.at}>{format.dateTime(step.at)}</time> — {label('event', step.kind)} (
            {pick(step.unit.nameTh, step.unit.nameEn)}) · {label('case', step.status)}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Follow a case by the code its submitter received: status, deadlines, the answer, the history. */
export function FollowCasePage() {
  const { t } = useI18n();
  const { search } = useLocation();
  const code = search.get('code')?.trim() ?? '';
  const { register, handleSubmit } = useForm({ defaultValues: { typed: code } });
  const { data, problems, loading, reload } = useQuery(FollowCaseDocument, { code }, !code);
  // The code goes into the address (a link to the case); the same code again asks once more.
  const submit = handleSubmit(({ typed }) => {
    const wanted = typed.trim();
    if (wanted === code) reload();
    else navigate(`/follow?code=${encodeURIComponent(wanted)}`);
  });
  return (
    <>
      <h1>{t('follow.title')}</h1>
      <form onSubmit={submit} role="search">
        <div className="field">
          <label htmlFor="follow-code">{t('follow.code')}</label>
          <span id="follow-code-hint" className="hint">
            {t('follow.codeHint')}
          </span>
          <input
            type="text"
            id="follow-code"
            {...register('typed')}
            autoComplete="off"
            spellCheck={false}
            aria-describedby="follow-code-hint"
          />
        </div>
        <button type="submit" className="button-primary">
          {t('follow.search')}
        </button>
      </form>
      {code && loading ? <Loading /> : null}
      <ProblemNotice problems={problems} onRetry={reload} />
      {code && !loading && data && !data.followCase && problems.length === 0 ? (
        <div className="notice" role="status">
          <p>
            <strong>{t('follow.notFound')}</strong> {t('next.CASE_CODE_NOT_FOUND')}
          </p>
        </div>
      ) : null}
      {code && data?.followCase ? <CaseView tracking={data.followCase} /> : null}
    </>
  );
}
