import { useState } from 'react';
import { useSession } from '../../api/session';
import { execute } from '../../api/client';
import { forUnit } from '../../api/unit-operation';
import { slugOfCode } from '../../api/units';
import { useQuery } from '../../api/use-query';
import { ProblemNotice } from '../../components/ProblemNotice';
import { TextField } from '../../components/TextField';
import { formProblem, useApiForm } from '../../components/use-api-form';
import { CastVoteDocument, VotePageDocument, type VotePageQuery } from '../../gql/graphql';
import { FollowBox } from '../../components/FollowBox';
import { useI18n } from '../../i18n/i18n';
import { Link, useLocation } from '../../router';
import { TakePartFrame } from './TakePartFrame';

type Vote = NonNullable<NonNullable<VotePageQuery['unit']>['vote']>;

/** The tally: bars for the eye (hidden from screen readers) and the same numbers as a table. */
function VoteResults({ vote }: { vote: Vote }) {
  const { t, pick, format } = useI18n();
  const results = vote.results!;
  const countOf = (optionId: string) => results.options.find((r) => r.option.id === optionId);
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">{t('take.results')}</h2>
      <p>{t('take.turnout', { n: format.number(results.turnout) })}</p>
      <div className="bars" aria-hidden="true">
        {vote.options.map((option) => (
          <div key={option.id} className="bar-row">
            <span className="bar-label">{pick(option.labelTh, option.labelEn)}</span>
            <span className="bar" style={{ width: `${Math.max(1, (countOf(option.id)?.share ?? 0) * 100)}%` }} />
          </div>
        ))}
      </div>
      <table>
        <caption>{t('take.resultsTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('take.option')}</th>
            <th scope="col">{t('take.votes')}</th>
            <th scope="col">{t('take.share')}</th>
          </tr>
        </thead>
        <tbody>
          {vote.options.map((option) => (
            <tr key={option.id}>
              <th scope="row">{pick(option.labelTh, option.labelEn)}</th>
              <td>{format.number(countOf(option.id)?.count ?? 0)}</td>
              <td>{format.percent(countOf(option.id)?.share ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function VoteForm({ vote, code }: { vote: Vote; code: string }) {
  const { t, pick, format } = useI18n();
  const session = useSession();
  const { href } = useLocation();
  const [castAt, setCastAt] = useState<string | null>(null);
  const { form, sending, problems, submit, errorAt } = useApiForm<{ optionId: string | null; participantCode: string }>({
    defaultValues: { optionId: null, participantCode: '' },
    fields: { optionId: 'optionId', participantCode: 'participantCode' },
    check: ({ optionId }) => (optionId ? [] : [formProblem('optionId', 'take.err.option')]),
  });
  const choiceError = errorAt('optionId');
  if (vote.eligibility === 'SIGNED_IN' && !session) {
    return (
      <p className="notice">
        {t('take.signInToVote')} <Link to={`/sign-in?next=${encodeURIComponent(href)}`}>{t('nav.signIn')}</Link>
      </p>
    );
  }
  if (castAt) {
    return (
      <p className="notice" role="status" data-testid="vote-receipt">
        {t('take.voteCast', { date: format.dateTime(castAt) })}
      </p>
    );
  }
  const send = submit(async ({ optionId, participantCode }, key) => {
    const { data, problems: sendProblems } = await execute(forUnit(CastVoteDocument, slugOfCode(code)), {
      voteId: vote.id,
      optionId: optionId!,
      participantCode: vote.eligibility === 'LISTED' ? participantCode.trim() : null,
      key,
    });
    const result = data?.unit?.castVote;
    if (!result) return sendProblems;
    setCastAt(result.castAt);
    return true;
  });
  return (
    <form onSubmit={send} noValidate aria-labelledby="vote-form-heading">
      <h2 id="vote-form-heading">{t('take.voteTitle')}</h2>
      <ProblemNotice problems={problems} />
      <fieldset aria-describedby={choiceError ? 'vote-choice-error' : undefined}>
        <legend>
          {vote.questionTh} {t('common.required')}
        </legend>
        {choiceError ? (
          <span id="vote-choice-error" className="error" role="alert">
            {choiceError}
          </span>
        ) : null}
        {vote.options.map((option) => (
          <label key={option.id} className="choice">
            <input type="radio" {...form.register('optionId')} id={`option-${option.id}`} value={option.id} />
            <span>{pick(option.labelTh, option.labelEn)}</span>
          </label>
        ))}
      </fieldset>
      {vote.eligibility === 'LISTED' ? (
        <TextField
          id="vote-code"
          label={`${t('take.participantCode')} ${t('common.required')}`}
          input={form.register('participantCode')}
          error={errorAt('participantCode')}
        />
      ) : null}
      <button type="submit" className="button-primary" aria-disabled={sending || undefined}>
        {sending ? t('form.sending') : t('take.castVote')}
      </button>
    </form>
  );
}

/** A vote: its options, a ballot while open (sign-in or a code as the vote asks), the tally once closed. */
export function VotePage({ code, id }: { code: string; id: string }) {
  const { t, label, format } = useI18n();
  const { data, problems, loading, reload } = useQuery(VotePageDocument, { code, id });
  const vote = data?.unit?.vote;
  return (
    <TakePartFrame loading={loading} problems={problems} reload={reload} unit={data?.unit} titleTh={vote?.titleTh} titleEn={vote?.titleEn}>
      {vote ? (
        <>
          <p className="badges">
            <span className="badge">{label('status', vote.status)}</span>{' '}
            <span className="badge">{label('eligibility', vote.eligibility)}</span>
          </p>
          <p className="meta">{t('take.window', { from: format.dateTime(vote.opensAt), to: format.dateTime(vote.closesAt) })}</p>
          {vote.status === 'OPEN' ? <VoteForm vote={vote} code={code} /> : null}
          {vote.results ? (
            <VoteResults vote={vote} />
          ) : (
            <p data-testid="results-date">{t('take.resultsOn', { date: format.date(vote.resultsAt) })}</p>
          )}
          {/* Followable until the result is out (when it closes). */}
          {vote.status !== 'CLOSED' ? <FollowBox code={code} kind="VOTE" id={vote.id} /> : null}
        </>
      ) : null}
    </TakePartFrame>
  );
}
