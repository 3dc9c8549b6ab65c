import { execute } from '../../api/client';
import { forUnit } from '../../api/unit-operation';
import { slugOfCode } from '../../api/units';
import { useQuery } from '../../api/use-query';
import { ContributionForm } from '../../components/ContributionForm';
import { ContributionText, ReportButton } from '../../components/ReportButton';
import { DraftPageDocument, SuggestOnDraftDocument, type DraftPageQuery } from '../../gql/graphql';
import { FollowBox } from '../../components/FollowBox';
import { useI18n } from '../../i18n/i18n';
import { Paragraphs, TakePartFrame } from './TakePartFrame';

type Draft = NonNullable<NonNullable<DraftPageQuery['unit']>['draft']>;

function Suggestions({ code, draft }: { code: string; draft: Draft }) {
  const { t, pick, label, format } = useI18n();
  const summary = draft.responseSummary;
  return (
    <section aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading">{t('take.suggestions', { n: format.number(draft.suggestionCount) })}</h2>
      <p className="meta">
        {t('take.responseSummary', {
          adopted: summary.adopted,
          partly: summary.partlyAdopted,
          not: summary.notAdopted,
          unanswered: summary.unanswered,
        })}
      </p>
      {draft.suggestions.nodes.length === 0 ? (
        <p>{t('take.noSuggestions')}</p>
      ) : (
        <ul className="cards" data-testid="suggestions">
          {draft.suggestions.nodes.map((suggestion) => (
            <li key={suggestion.id} className="card">
              <ContributionText body={suggestion.body} hiddenReason={suggestion.hiddenReason} />
              <p className="meta">
                {[suggestion.authorName ?? t('take.anonymous'), suggestion.organisation].filter(Boolean).join(', ')} ·{' '}
                {format.dateTime(suggestion.createdAt)}
                {suggestion.hiddenReason ? null : (
                  <>
                    {' · '}
                    <ReportButton code={code} kind="DRAFT_SUGGESTION" id={suggestion.id} />
                  </>
                )}
              </p>
              <p>
                <strong>{t('take.unitResponse')}:</strong>{' '}
                <span className="badge">
                  {suggestion.response ? label('suggestionResponse', suggestion.response) : t('take.awaitingResponse')}
                </span>
                {suggestion.reasonTh ? <> {pick(suggestion.reasonTh, suggestion.reasonEn)}</> : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** One draft: its text, a suggestion form while open, every suggestion with the unit's response, and the decision. */
export function DraftPage({ code, id }: { code: string; id: string }) {
  const { t, pick, label, format } = useI18n();
  const { data, problems, loading, reload } = useQuery(DraftPageDocument, { code, id });
  const draft = data?.unit?.draft;
  return (
    <TakePartFrame
      loading={loading}
      problems={problems}
      reload={reload}
      unit={data?.unit}
      titleTh={draft?.titleTh}
      titleEn={draft?.titleEn}
    >
      {draft ? (
        <>
          <p className="badges">
            <span className="badge">{label('draftKind', draft.kind)}</span>{' '}
            <span className="badge">{label('status', draft.open ? 'OPEN' : 'CLOSED')}</span>
          </p>
          <p className="meta">{t('take.window', { from: format.dateTime(draft.opensAt), to: format.dateTime(draft.closesAt) })}</p>
          <section aria-labelledby="draft-text-heading">
            <h2 id="draft-text-heading">{t('take.draftText')}</h2>
            <Paragraphs text={pick(draft.bodyTh, draft.bodyEn)} />
          </section>
          {draft.decision ? (
            <section aria-labelledby="decision-heading" className="notice">
              <h2 id="decision-heading">{t('take.decision')}</h2>
              <p className="meta">{t('take.decidedOn', { date: format.date(draft.decision.decidedAt) })}</p>
              <Paragraphs text={pick(draft.decision.decisionTh, draft.decision.decisionEn)} />
              <h3>{t('take.finalText')}</h3>
              <Paragraphs text={draft.decision.finalTextTh} />
              <h3>{t('take.decidedWith')}</h3>
              <ul>
                {draft.decision.decidedWith.map((person, i) => (
                  <li key={i}>
                    {person.name} ({person.role})
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {draft.open ? (
            <section aria-labelledby="suggest-form-heading">
              <h2 id="suggest-form-heading">{t('take.suggestTitle')}</h2>
              {data?.unit?.holdsContributions ? <p className="notice">{t('moderation.heldNotice')}</p> : null}
              <ContributionForm
                id="suggest-form"
                bodyLabel={t('take.suggestion')}
                sendLabel={t('take.sendSuggestion')}
                sentText={t('take.suggestionSent')}
                withOrganisation
                send={async (contribution, key) => {
                  const answer = await execute(forUnit(SuggestOnDraftDocument, slugOfCode(code)), {
                    draftId: draft.id,
                    ...contribution,
                    key,
                  });
                  const ok = Boolean(answer.data?.unit?.suggestOnDraft);
                  if (ok) reload();
                  return { ok, problems: answer.problems };
                }}
              />
            </section>
          ) : null}
          <Suggestions code={code} draft={draft} />
          {/* Followable until the joint decision is out. */}
          {!draft.decision ? <FollowBox code={code} kind="DRAFT" id={draft.id} /> : null}
        </>
      ) : null}
    </TakePartFrame>
  );
}
