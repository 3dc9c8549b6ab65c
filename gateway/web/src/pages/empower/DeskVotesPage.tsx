import { useState } from 'react';
import { forUnit } from '../../api/unit-operation';
import type { DirectoryUnit } from '../../api/units';
import { useAction } from '../../api/use-action';
import { useQuery } from '../../api/use-query';
import { ActionOutcome } from '../../components/FormParts';
import { Loading, ProblemNotice } from '../../components/ProblemNotice';
import { SpecForm } from '../../components/SpecForm';
import { StaffCloseVoteDocument, StaffIssueVoteCodesDocument, StaffVotesDocument, type StaffVotesQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { refuse, sendForm, wholeNumberOf } from '../unit-services/desk-send';
import { DeskFrame } from './desk-frame';

type DeskVote = NonNullable<NonNullable<StaffVotesQuery['desk']>['votes']>['nodes'][number];

/** Voter codes, shown once: the API keeps only their hashes, so they are printed from here. */
function IssueCodes({ vote, slug, issued }: { vote: DeskVote; slug: string; issued(): void }) {
  const { t } = useI18n();
  const [codes, setCodes] = useState<string[]>([]);
  return (
    <>
      <SpecForm
        id={`codes-${vote.id}`}
        title="empower.codesTitle"
        headingLevel={4}
        fields={[{ name: 'count', label: 'empower.codesCount', kind: 'number', required: true, hint: 'empower.codesHint' }]}
        submitLabel="empower.issueCodes"
        onSubmit={(v) => {
          const count = wholeNumberOf(v.count);
          if (count === null) return refuse('count', 'empower.codesHint');
          return sendForm(forUnit(StaffIssueVoteCodesDocument, slug), { voteId: vote.id, count }, 'empower.codesIssued', (data) => {
            setCodes(data.desk?.issueVoteCodes ?? []);
            issued();
          });
        }}
      />
      {codes.length ? (
        <section aria-label={t('empower.codesOnce')} className="notice" data-testid="vote-codes">
          <p>{t('empower.codesOnce')}</p>
          <ul className="codes">
            {codes.map((code) => (
              <li key={code}>
                <code>{code}</code>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/** A vote: close it now (its result is published), issue codes while it takes votes, its result once closed. */
function VoteCard({ vote, unit, changed }: { vote: DeskVote; unit: DirectoryUnit; changed(): void }) {
  const { t, label, format } = useI18n();
  const close = useAction();
  return (
    <li className="card" data-vote={vote.id}>
      <h3>
        <Link to={`/units/${unit.code}/votes/${vote.id}`}>{vote.titleTh}</Link>
      </h3>
      <p className="meta">
        <span className="badge">{label('empower.voteStatus', vote.status)}</span> {label('desk.eligibility', vote.eligibility)} ·{' '}
        {format.dateTime(vote.opensAt)} – {format.dateTime(vote.closesAt)}
      </p>
      {vote.results ? (
        <p data-testid="vote-results">
          {t('take.turnout', { n: format.number(vote.results.turnout) })}:{' '}
          {vote.results.options.map((o) => `${o.option.labelTh} ${o.count}`).join(', ')}
        </p>
      ) : null}
      <ActionOutcome success={close.done ? t(close.done) : null} problems={close.problems} />
      {vote.status === 'OPEN' ? (
        <button
          type="button"
          className="button-secondary"
          aria-disabled={close.sending || undefined}
          onClick={async () => {
            if (await close.run(forUnit(StaffCloseVoteDocument, unit.slug), { id: vote.id }, 'empower.voteClosed')) changed();
          }}
        >
          {t('empower.closeVote')}
        </button>
      ) : null}
      {vote.status !== 'CLOSED' && vote.eligibility === 'LISTED' ? <IssueCodes vote={vote} slug={unit.slug} issued={changed} /> : null}
    </li>
  );
}

function VotesDesk({ unit }: { unit: DirectoryUnit }) {
  const { t } = useI18n();
  const votes = useQuery(forUnit(StaffVotesDocument, unit.slug));
  const nodes = votes.data?.desk?.votes?.nodes ?? [];
  return (
    <>
      <p>
        <Link to="/desk/publish">{t('empower.createVote')}</Link>
      </p>
      <ProblemNotice problems={votes.problems} onRetry={votes.reload} />
      {votes.loading ? <Loading /> : null}
      <section aria-labelledby="votes-heading">
        <h2 id="votes-heading">{t('empower.votesList', { n: nodes.length })}</h2>
        <ul className="cards cards-wide" data-testid="desk-votes">
          {nodes.map((vote) => (
            <VoteCard key={vote.id} vote={vote} unit={unit} changed={votes.reload} />
          ))}
        </ul>
      </section>
    </>
  );
}

/** A unit's votes: close one, issue voter codes; new votes are opened on the publish page. */
export function DeskVotesPage() {
  return (
    <DeskFrame title="empower.votesTitle" lead="empower.votesLead">
      {(unit) => <VotesDesk unit={unit} />}
    </DeskFrame>
  );
}
