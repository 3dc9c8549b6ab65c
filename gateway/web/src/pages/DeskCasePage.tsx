import { useState } from 'react';
import { execute } from '../api/client';
import { OFFICE_UNITS, unitByCode } from '../api/units';
import { forUnit } from '../api/unit-operation';
import { useDeskUnit } from '../api/unit-desk';
import { useAction } from '../api/use-action';
import { useQuery } from '../api/use-query';
import { ActionOutcome, Field } from '../components/FormParts';
import { sentOf, useApiForm } from '../components/use-api-form';
import { Loading, ProblemNotice } from '../components/ProblemNotice';
import {
  DeskCaseNoticesDocument,
  StaffAcknowledgeDocument,
  StaffAnswerDocument,
  StaffCaseDocument,
  StaffRecordOutcomeDocument,
  StaffStartDocument,
  StaffTransferDocument,
  type StaffCaseFieldsFragment,
  type StaffCaseQuery,
} from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { LateBadge } from './DeskQueuePage';
import { CaseEndActions } from './desk-cases/CaseEndActions';
import type { MessageKey } from '../i18n/dictionary';

type Templates = NonNullable<NonNullable<StaffCaseQuery['desk']>['answerTemplates']>;

function CaseFacts({ c }: { c: StaffCaseFieldsFragment }) {
  const { t, label, format, pick } = useI18n();
  const unitName = (code: string) => {
    const unit = unitByCode(code);
    return unit ? pick(unit.nameTh, unit.nameEn) : code;
  };
  const when = (value: string | null | undefined) => (value ? format.dateTime(value) : t('common.dash'));
  return (
    <>
      <dl className="facts">
        <dt>{t('follow.status')}</dt>
        <dd data-testid="case-status">
          <strong>{label('case', c.status)}</strong> <LateBadge late={c.late} />
        </dd>
        <dt>{t('follow.category')}</dt>
        <dd>{label('category', c.category)}</dd>
        <dt>{t('follow.received')}</dt>
        <dd>{when(c.receivedAt)}</dd>
        <dt>{t('desk.dueAcknowledge')}</dt>
        <dd>{when(c.dueAcknowledgeAt)}</dd>
        <dt>{t('follow.dueAnswer')}</dt>
        <dd>{when(c.dueAnswerAt)}</dd>
      </dl>
      <h2>{t('desk.message')}</h2>
      <div className="answer">{c.message}</div>
      {c.rejectedReason ? (
        <>
          <h2>{t('deskCases.rejectedReason')}</h2>
          <div className="answer" data-testid="case-rejected-reason">
            {c.rejectedReason}
          </div>
        </>
      ) : null}
      {c.answer ? (
        <>
          <h2>{t('follow.answer')}</h2>
          <div className="answer" data-testid="case-answer">
            {pick(c.answer, c.answerEn)}
          </div>
        </>
      ) : null}
      <h2>{t('follow.history')}</h2>
      <ol className="history">
        {c.history.map((step, i) => (
          <li key={`${step.at}-${i}`}>
            <time dateTime={step.at}>{format.dateTime(step.at)}</time> — {label('event', step.kind)} ({unitName(step.unitCode)}) ·{' '}
            {label('case', step.toStatus)}
            {step.note ? ` — ${step.note}` : ''}
          </li>
        ))}
      </ol>
    </>
  );
}

/** What the office has sent about the case, to whom and how, and whether it arrived (the address is never shown). */
function CaseNotices({ code }: { code: string }) {
  const { t, label, format } = useI18n();
  const notices = useQuery(DeskCaseNoticesDocument, { code });
  const rows = notices.data?.caseNotices ?? [];
  return (
    <section aria-labelledby="notices-heading" data-testid="case-notices">
      <h2 id="notices-heading">{t('desk.notices')}</h2>
      <ProblemNotice problems={notices.problems} onRetry={notices.reload} />
      {notices.data && rows.length === 0 ? <p className="meta">{t('desk.noticesNone')}</p> : null}
      {rows.length > 0 ? (
        <ul>
          {rows.map((n, i) => (
            <li key={`${n.kind}-${n.audience}-${n.channel}-${i}`} data-notice={n.kind} data-status={n.status} data-channel={n.channel}>
              {label('noticeKind', n.kind)} → {label('noticeAudience', n.audience)} ({label('notifyChannel', n.channel)}):{' '}
              {n.status === 'SENT' && n.sentAt
                ? t('desk.noticeSent', { date: format.dateTime(n.sentAt) })
                : n.status === 'DEAD'
                  ? t('desk.noticeDead', { error: n.lastError ?? '' })
                  : n.status === 'CANCELLED'
                    ? t('desk.noticeCancelled')
                    : t('desk.noticeNext', { date: format.dateTime(n.nextAttemptAt ?? n.createdAt), attempts: n.attempts + 1 })}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function AnswerForm({ c, slug, templates, onDone }: { c: StaffCaseFieldsFragment; slug: string; templates: Templates; onDone(): void }) {
  const { t } = useI18n();
  const action = useApiForm({
    defaultValues: { templateId: '', answerTh: '', answerEn: '' },
    fields: { answerTh: 'answerTh', answerEn: 'answerEn' },
  });
  const templateId = action.form.watch('templateId');
  const useTemplate = () => {
    const template = templates.find((x) => x.id === templateId);
    if (!template) return;
    action.form.setValue('answerTh', template.bodyTh);
    action.form.setValue('answerEn', template.bodyEn ?? '');
  };
  const submit = action.submit(async ({ answerTh, answerEn }) => {
    const sent = sentOf(
      await execute(forUnit(StaffAnswerDocument, slug), { id: c.id, answer: { answerTh, answerEn: answerEn.trim() || null } }),
    );
    if (sent === true) onDone();
    return sent;
  });
  return (
    <section aria-labelledby="answer-heading">
      <h3 id="answer-heading">{t('desk.answer')}</h3>
      <form onSubmit={submit} noValidate>
        {templates.length > 0 ? (
          <div className="toolbar">
            <Field id="answer-template" label={t('desk.template')}>
              {(aria) => (
                <select {...aria} {...action.form.register('templateId')}>
                  <option value="">{t('desk.templateNone')}</option>
                  {templates.map((x) => (
                    <option key={x.id} value={x.id}>
                      {x.titleTh}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <button type="button" className="button-secondary" onClick={useTemplate} disabled={!templateId}>
              {t('desk.useTemplate')}
            </button>
          </div>
        ) : (
          <p className="hint">{t('desk.noTemplates')}</p>
        )}
        <Field id="answer-th" label={`${t('desk.answerTh')} ${t('common.required')}`} problem={action.problemAt('answerTh')}>
          {(aria) => <textarea {...aria} {...action.form.register('answerTh')} />}
        </Field>
        <Field id="answer-en" label={`${t('desk.answerEn')} ${t('common.optional')}`} problem={action.problemAt('answerEn')}>
          {(aria) => <textarea {...aria} {...action.form.register('answerEn')} />}
        </Field>
        <button type="submit" className="button-primary" disabled={action.sending}>
          {action.sending ? t('form.sending') : t('desk.sendAnswer')}
        </button>
      </form>
      <ActionOutcome success={action.sent ? t('desk.answered') : null} problems={action.problems} />
    </section>
  );
}

function TransferForm({
  c,
  slug,
  ownCode,
  units,
  onDone,
}: {
  c: StaffCaseFieldsFragment;
  slug: string;
  ownCode: string;
  units: StaffCaseQuery['units'];
  onDone(): void;
}) {
  const { t, pick } = useI18n();
  const action = useApiForm({ defaultValues: { toUnit: '', note: '' }, fields: { toUnit: 'toUnit', note: 'note' } });
  const submit = action.submit(async ({ toUnit, note }) => {
    const sent = sentOf(await execute(forUnit(StaffTransferDocument, slug), { id: c.id, toUnit, note: note.trim() || null }));
    if (sent === true) onDone();
    return sent;
  });
  const forbidden = action.problems.some((p) => p.code === 'FORBIDDEN');
  return (
    <section aria-labelledby="transfer-heading">
      <h3 id="transfer-heading">{t('desk.transfer')}</h3>
      <p className="hint">{t('desk.transferHint')}</p>
      <form onSubmit={submit} noValidate>
        <Field id="transfer-unit" label={t('desk.transferTo')} problem={action.problemAt('toUnit')}>
          {(aria) => (
            <select {...aria} {...action.form.register('toUnit')}>
              <option value="">{t('desk.chooseUnit')}</option>
              {(units.length ? units : OFFICE_UNITS)
                .filter((u) => u.code !== ownCode)
                .map((u) => (
                  <option key={u.code} value={u.code}>
                    {pick(u.nameTh, u.nameEn)}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <Field id="transfer-note" label={`${t('desk.transferNote')} ${t('common.optional')}`} problem={action.problemAt('note')}>
          {(aria) => <textarea {...aria} {...action.form.register('note')} />}
        </Field>
        <button type="submit" className="button-primary" disabled={action.sending}>
          {t('desk.transferSubmit')}
        </button>
      </form>
      <ActionOutcome
        success={action.sent ? t('desk.transferred') : null}
        problems={action.problems}
        extra={forbidden ? <p data-testid="transfer-forbidden">{t('desk.transferForbidden')}</p> : null}
      />
    </section>
  );
}

function OutcomeForm({ c, slug, unitCode }: { c: StaffCaseFieldsFragment; slug: string; unitCode: string }) {
  const { t } = useI18n();
  const ids = {
    topicTh: 'outcome-topic',
    participantsTh: 'outcome-participants',
    resultsTh: 'outcome-results',
    improvementTh: 'outcome-improvement',
  } as const;
  const action = useApiForm({
    defaultValues: { topicTh: '', participantsTh: '', resultsTh: '', improvementTh: '' },
    fields: {
      topicTh: 'topicTh',
      participantsTh: 'participantsTh',
      resultsTh: 'resultsTh',
      improvementTh: 'improvementTh',
      links: 'topicTh',
    },
  });
  const submit = action.submit(async (draft) =>
    sentOf(
      await execute(forUnit(StaffRecordOutcomeDocument, slug), { input: { ...draft, links: [{ kind: 'CASE', unitCode, id: c.id }] } }),
    ),
  );
  return (
    <section aria-labelledby="outcome-heading">
      <h3 id="outcome-heading">{t('desk.outcome')}</h3>
      <p className="hint">{t('desk.outcomeHint')}</p>
      <form onSubmit={submit} noValidate>
        {(Object.keys(ids) as (keyof typeof ids)[]).map((key) => (
          <Field key={key} id={ids[key]} label={`${t(`desk.outcome.${key}`)} ${t('common.required')}`} problem={action.problemAt(key)}>
            {(aria) => <textarea {...aria} {...action.form.register(key)} />}
          </Field>
        ))}
        <button type="submit" className="button-primary" disabled={action.sending}>
          {t('desk.outcomeSubmit')}
        </button>
      </form>
      <ActionOutcome success={action.sent ? t('desk.outcomeRecorded') : null} problems={action.problems} />
    </section>
  );
}

function StepButtons({ c, slug, onDone }: { c: StaffCaseFieldsFragment; slug: string; onDone(): void }) {
  const { t } = useI18n();
  const action = useAction();
  const step = async (which: 'acknowledge' | 'start') => {
    const done =
      which === 'acknowledge'
        ? await action.run(forUnit(StaffAcknowledgeDocument, slug), { id: c.id }, 'desk.acknowledged')
        : await action.run(forUnit(StaffStartDocument, slug), { id: c.id }, 'desk.started');
    if (done) onDone();
  };
  return (
    <section aria-labelledby="steps-heading">
      <h3 id="steps-heading">{t('desk.steps')}</h3>
      <div className="toolbar">
        <button
          type="button"
          className="button-primary"
          disabled={action.sending || c.status !== 'RECEIVED'}
          onClick={() => step('acknowledge')}
        >
          {t('desk.acknowledge')}
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={action.sending || c.status !== 'ACKNOWLEDGED'}
          onClick={() => step('start')}
        >
          {t('desk.start')}
        </button>
      </div>
      <ActionOutcome success={action.done ? t(action.done) : null} problems={action.problems} />
    </section>
  );
}

/** One case of the unit: its message, deadlines and history, and what staff do with it. */
export function DeskCasePage({ id }: { id: string }) {
  const { t } = useI18n();
  const unit = useDeskUnit();
  const slug = unit?.slug ?? 'financeAssets';
  const query = useQuery(forUnit(StaffCaseDocument, slug), { id }, !unit);
  const [transferred, setTransferred] = useState(false);
  // Answering closes the action forms, so the success is said here, above the case.
  const [answered, setAnswered] = useState(false);
  const [ended, setEnded] = useState<MessageKey | null>(null);
  if (!unit) return <p role="status">{t('desk.noUnit')}</p>;
  const c = query.data?.desk?.case;
  const open = c && ['RECEIVED', 'ACKNOWLEDGED', 'IN_PROGRESS'].includes(c.status);
  return (
    <>
      <p>
        <Link to="/desk">{t('desk.backToQueue')}</Link>
      </p>
      <h1>
        {t('desk.caseTitle')} <span className="case-code">{c?.code ?? id.slice(0, 8)}</span>
      </h1>
      <ProblemNotice problems={query.problems} onRetry={query.reload} />
      {query.loading && !c ? <Loading /> : null}
      {transferred ? (
        <div className="notice notice-success" role="status">
          <p>{t('desk.transferred')}</p>
        </div>
      ) : null}
      {answered && c?.status === 'ANSWERED' ? (
        <div className="notice notice-success" role="status">
          <p>{t('desk.answered')}</p>
        </div>
      ) : null}
      {ended ? (
        <div className="notice notice-success" role="status">
          <p>{t(ended)}</p>
        </div>
      ) : null}
      {!query.loading && query.data && !c && !transferred ? <p role="status">{t('desk.caseNotFound')}</p> : null}
      {c && !transferred ? (
        <>
          <CaseFacts c={c} />
          {c.code ? <CaseNotices code={c.code} /> : null}
          <h2>{t('desk.actions')}</h2>
          <div className="desk-actions">
            {open ? <StepButtons c={c} slug={slug} onDone={query.reload} /> : null}
            {open ? (
              <AnswerForm
                c={c}
                slug={slug}
                templates={query.data?.desk?.answerTemplates ?? []}
                onDone={() => (setAnswered(true), query.reload())}
              />
            ) : null}
            {open ? (
              <TransferForm c={c} slug={slug} ownCode={unit.code} units={query.data?.units ?? []} onDone={() => setTransferred(true)} />
            ) : null}
            <CaseEndActions c={c} slug={slug} onDone={(said) => (setEnded(said), query.reload())} />
            <OutcomeForm c={c} slug={slug} unitCode={unit.code} />
          </div>
        </>
      ) : null}
    </>
  );
}
