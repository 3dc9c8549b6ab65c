import { forUnit } from '../../api/unit-operation';
import type { DirectoryUnit } from '../../api/units';
import { useQuery } from '../../api/use-query';
import { Loading, ProblemNotice } from '../../components/ProblemNotice';
import { SpecForm, toDateTime, type FieldSpec } from '../../components/SpecForm';
import {
  StaffDecideDraftDocument,
  StaffDraftDocument,
  StaffDraftsDocument,
  StaffOpenDraftDocument,
  StaffRespondToSuggestionDocument,
  type DeskDraftFieldsFragment,
  type DraftKind,
  type SuggestionResponse,
} from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { orNull, refuse, splitLines } from '../unit-services/desk-send';
import { DeskFrame, deskSender } from './desk-frame';

type Sender = ReturnType<typeof deskSender>;

/** One suggestion, and the unit's response to it (one by one). */
function SuggestionItem({ suggestion, send }: { suggestion: DeskDraftFieldsFragment['suggestions']['nodes'][number]; send: Sender }) {
  const { t, label } = useI18n();
  const respond: FieldSpec[] = [
    {
      name: 'response',
      label: 'empower.response',
      kind: 'select',
      options: ['ADOPTED', 'PARTLY_ADOPTED', 'NOT_ADOPTED'].map((value) => ({ value, label: label('empower.response', value) })),
      initial: 'ADOPTED',
      required: true,
    },
    { name: 'reasonTh', label: 'empower.reasonTh', kind: 'textarea', hint: 'empower.reasonHint' },
  ];
  return (
    <li className="card" data-suggestion={suggestion.id}>
      <p className="prose">{suggestion.hiddenReason ? t('moderation.hidden', { reason: suggestion.hiddenReason }) : suggestion.body}</p>
      <p className="meta">{[suggestion.authorName ?? t('take.anonymous'), suggestion.organisation].filter(Boolean).join(' · ')}</p>
      {suggestion.response ? (
        <p>
          <span className="badge badge-ok">{label('empower.response', suggestion.response)}</span> {suggestion.reasonTh ?? ''}
        </p>
      ) : (
        <SpecForm
          id={`respond-${suggestion.id}`}
          title="empower.respondTitle"
          headingLevel={4}
          fields={respond}
          submitLabel="empower.respond"
          onSubmit={(v) =>
            send(
              StaffRespondToSuggestionDocument,
              { suggestionId: suggestion.id, response: v.response as SuggestionResponse, reasonTh: orNull(v.reasonTh) },
              'empower.responded',
            )
          }
        />
      )}
    </li>
  );
}

const DECIDE: FieldSpec[] = [
  { name: 'decisionTh', label: 'empower.decisionTh', kind: 'textarea', required: true },
  { name: 'finalTextTh', label: 'empower.finalTextTh', kind: 'textarea', required: true },
  { name: 'decidedWith', label: 'empower.decidedWith', kind: 'textarea', required: true, hint: 'empower.decidedWithHint' },
];

/** A draft with its suggestions, and the joint decision once it has closed. */
function DraftDetails({ draft, code, send }: { draft: DeskDraftFieldsFragment; code: string; send: Sender }) {
  const { t, format } = useI18n();
  const summary = draft.responseSummary;
  return (
    <>
      <h3>
        <Link to={`/units/${code}/drafts/${draft.id}`}>{draft.titleTh}</Link>
      </h3>
      <p className="meta">
        {t(draft.open ? 'empower.draftOpen' : 'empower.draftClosed')} · {format.dateTime(draft.opensAt)} – {format.dateTime(draft.closesAt)}
      </p>
      <p>
        {t('empower.summary', {
          n: draft.suggestionCount,
          adopted: summary.adopted,
          partly: summary.partlyAdopted,
          not: summary.notAdopted,
          unanswered: summary.unanswered,
        })}
      </p>
      {draft.suggestions.nodes.length ? (
        <ul className="cards cards-wide">
          {draft.suggestions.nodes.map((s) => (
            <SuggestionItem key={s.id} suggestion={s} send={send} />
          ))}
        </ul>
      ) : null}
      {draft.decision ? (
        <p data-testid="draft-decision">
          {t('empower.decided', { date: format.dateTime(draft.decision.decidedAt) })}: {draft.decision.decisionTh} (
          {draft.decision.decidedWith.map((p) => `${p.name} — ${p.role}`).join(', ')})
        </p>
      ) : !draft.open ? (
        <SpecForm
          id={`decide-${draft.id}`}
          title="empower.decideTitle"
          headingLevel={4}
          fields={DECIDE}
          submitLabel="empower.decide"
          onSubmit={(v) => {
            const people = splitLines(v.decidedWith, 2);
            if (!people) return refuse('decidedWith', 'empower.decidedWithHint');
            return send(
              StaffDecideDraftDocument,
              {
                draftId: draft.id,
                input: {
                  decisionTh: v.decisionTh!,
                  finalTextTh: v.finalTextTh!,
                  decidedWith: people.map(([name, role]) => ({ name: name!, role: role! })),
                },
              },
              'empower.decidedDone',
            );
          }}
        />
      ) : null}
    </>
  );
}

/** A draft's card: it loads its own suggestions, and reloads them after each answer. */
function DraftCard({ id, title, unit }: { id: string; title: string; unit: DirectoryUnit }) {
  const one = useQuery(forUnit(StaffDraftDocument, unit.slug), { id });
  const draft = one.data?.desk?.draft;
  return (
    <li className="card" data-draft={id}>
      {draft ? <DraftDetails draft={draft} code={unit.code} send={deskSender(unit.slug, one.reload)} /> : <h3>{title}</h3>}
      <ProblemNotice problems={one.problems} onRetry={one.reload} />
    </li>
  );
}

function DraftsDesk({ unit }: { unit: DirectoryUnit }) {
  const { t, label } = useI18n();
  const drafts = useQuery(forUnit(StaffDraftsDocument, unit.slug));
  const send = deskSender(unit.slug, drafts.reload);
  const open: FieldSpec[] = [
    {
      name: 'kind',
      label: 'empower.draftKind',
      kind: 'select',
      options: ['PLAN', 'PROJECT', 'WAY_OF_WORKING'].map((value) => ({ value, label: label('empower.draftKind', value) })),
      initial: 'PLAN',
      required: true,
    },
    { name: 'titleTh', label: 'desk.titleTh', kind: 'text', required: true },
    { name: 'bodyTh', label: 'empower.draftBody', kind: 'textarea', required: true },
    { name: 'opensAt', label: 'desk.opensAt', kind: 'datetime', required: true },
    { name: 'closesAt', label: 'desk.closesAt', kind: 'datetime', required: true },
  ];
  const nodes = drafts.data?.desk?.drafts?.nodes ?? [];
  return (
    <>
      <SpecForm
        id="open-draft"
        title="empower.openDraftTitle"
        fields={open}
        submitLabel="empower.openDraft"
        onSubmit={(v) =>
          send(
            StaffOpenDraftDocument,
            {
              input: {
                kind: v.kind as DraftKind,
                titleTh: v.titleTh!,
                bodyTh: v.bodyTh!,
                opensAt: toDateTime(v.opensAt)!,
                closesAt: toDateTime(v.closesAt)!,
              },
            },
            'empower.draftOpened',
          )
        }
      />
      <ProblemNotice problems={drafts.problems} onRetry={drafts.reload} />
      {drafts.loading ? <Loading /> : null}
      <section aria-labelledby="drafts-heading">
        <h2 id="drafts-heading">{t('empower.draftsList', { n: nodes.length })}</h2>
        <ul className="cards cards-wide" data-testid="desk-drafts">
          {nodes.map((draft) => (
            <DraftCard key={draft.id} id={draft.id} title={draft.titleTh} unit={unit} />
          ))}
        </ul>
      </section>
    </>
  );
}

/** A unit's drafts: open one for suggestions, answer each suggestion, record the joint decision. */
export function DeskDraftsPage() {
  return (
    <DeskFrame title="empower.draftsTitle" lead="empower.draftsLead">
      {(unit) => <DraftsDesk unit={unit} />}
    </DeskFrame>
  );
}
