import { useId, useRef } from 'react';
import { execute, newIdempotencyKey } from '../api/client';
import { forUnit } from '../api/unit-operation';
import { slugOfCode } from '../api/units';
import { ReportContributionDocument, type ContributionKind, type ReportReason } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { ProblemNotice } from './ProblemNotice';
import { formProblem, useApiForm } from './use-api-form';

const REASONS: readonly ReportReason[] = ['SPAM', 'ABUSIVE', 'PERSONAL_DATA', 'MISLEADING', 'OFF_TOPIC', 'OTHER'];
const MAX_NOTE = 2000;
const CLIENT_KEY = 'sesao28.report-client';

/**
 * The same key for every report this browser makes on one contribution: reporting it again (a
 * second click, another visit) is reporting it once (the API keeps the first report per key).
 */
function reportKey(kind: ContributionKind, id: string): string {
  let client: string | null = null;
  try {
    client = localStorage.getItem(CLIENT_KEY);
    if (!client) localStorage.setItem(CLIENT_KEY, (client = newIdempotencyKey()));
  } catch {
    // No storage (private mode): one key per page load still keeps a double click to one report.
  }
  return `${(client ?? newIdempotencyKey()).slice(0, 36)}:${kind}:${id}`;
}

/** What the unit shows in place of a contribution it hid, or the contribution's own text. */
export function ContributionText({ body, hiddenReason }: { body: string; hiddenReason?: string | null }) {
  const { t } = useI18n();
  if (hiddenReason) {
    return (
      <p className="prose moderation-hidden" data-testid="hidden-contribution">
        {t('moderation.hidden', { reason: hiddenReason })}
      </p>
    );
  }
  return <p className="prose">{body}</p>;
}

/** "Report" beside a public contribution: a small dialog with a reason and an optional note. */
export function ReportButton({ code, kind, id }: { code: string; kind: ContributionKind; id: string }) {
  const { t, label } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const uid = useId();
  const { form, sending, sent, problems, show, submit, errorAt } = useApiForm<{ reason: ReportReason | null; note: string }>({
    defaultValues: { reason: null, note: '' },
    fields: { reason: 'reason', note: 'note' },
    check: ({ reason, note }) =>
      !reason
        ? [formProblem('reason', 'report.err.reason')]
        : reason === 'OTHER' && !note.trim()
          ? [formProblem('note', 'report.err.note')]
          : [],
  });
  const ids = { title: `${uid}-title`, note: `${uid}-note`, error: `${uid}-error` };
  const reasonError = errorAt('reason');
  const noteError = errorAt('note');
  const reason = form.watch('reason');

  const open = () => {
    show([]);
    dialog.current?.showModal();
  };
  const close = () => {
    dialog.current?.close();
    opener.current?.focus();
  };
  // The same key for every report of this contribution from this browser (not one per submission).
  const send = submit(async ({ reason, note }) => {
    const answer = await execute(forUnit(ReportContributionDocument, slugOfCode(code)), {
      kind,
      id,
      reason: reason!,
      note: note.trim() || null,
      key: reportKey(kind, id),
    });
    return answer.data?.unit?.reportContribution ? true : answer.problems;
  });

  return (
    <>
      <button
        ref={opener}
        type="button"
        className="button-link report-button"
        aria-haspopup="dialog"

        onClick={open}
      >
        {t('report.button')}
      </button>
      <dialog ref={dialog} aria-labelledby={ids.title} className="report-dialog" onClose={() => opener.current?.focus()}>
        <h2 id={ids.title}>{t('report.title')}</h2>
        {sent ? (
          <>
            <p className="notice notice-success" role="status">
              {t('report.sent')}
            </p>
            <button type="button" className="button-secondary" onClick={close}>
              {t('report.close')}
            </button>
          </>
        ) : (
          <form onSubmit={send} noValidate aria-labelledby={ids.title}>
            <p>{t('report.lead')}</p>
            <fieldset aria-describedby={reasonError ? ids.error : undefined}>
              <legend>
                {t('report.reason')} {t('common.required')}
              </legend>
              {REASONS.map((value) => (
                <label key={value} className="choice">
                  <input type="radio" {...form.register('reason')} value={value} />
                  <span>{label('reportReason', value)}</span>
                </label>
              ))}
            </fieldset>
            {reasonError || noteError ? (
              <p id={ids.error} className="error" role="alert">
                {reasonError ?? noteError}
              </p>
            ) : null}
            <div className="field">
              <label htmlFor={ids.note}>
                {t('report.note')} {reason === 'OTHER' ? t('common.required') : t('common.optional')}
              </label>
              <span id={`${ids.note}-hint`} className="hint">
                {t('report.noteHint', { max: MAX_NOTE })}
              </span>
              <textarea
                id={ids.note}
                {...form.register('note')}
                maxLength={MAX_NOTE}
                aria-invalid={noteError ? true : undefined}
                aria-describedby={[`${ids.note}-hint`, noteError ? ids.error : ''].filter(Boolean).join(' ')}
              />
            </div>
            <ProblemNotice problems={problems} />
            <p className="dialog-actions">
              <button type="submit" className="button-primary" aria-disabled={sending || undefined}>
                {sending ? t('form.sending') : t('report.send')}
              </button>{' '}
              <button type="button" className="button-secondary" onClick={close}>
                {t('report.cancel')}
              </button>
            </p>
          </form>
        )}
      </dialog>
    </>
  );
}
