import { useId, useRef, useState, type FormEvent } from 'react';
import { newIdempotencyKey } from '../api/client';
import type { Problem } from '../api/problems';
import { executeInUnit } from '../api/unit-mutation';
import { ReportContributionDocument, type ContributionKind, type ReportReason } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { ProblemNotice } from './ProblemNotice';

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
  const key = useRef<string | null>(null);
  const uid = useId();
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<{ field: 'reason' | 'note'; text: string } | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState(false);
  const ids = { title: `${uid}-title`, reason: `${uid}-reason`, note: `${uid}-note`, error: `${uid}-error` };

  const open = () => {
    setError(null);
    setProblems([]);
    dialog.current?.showModal();
  };
  const close = () => {
    dialog.current?.close();
    opener.current?.focus();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    if (!reason) return setError({ field: 'reason', text: t('report.err.reason') });
    if (reason === 'OTHER' && !note.trim()) return setError({ field: 'note', text: t('report.err.note') });
    setError(null);
    setSending(true);
    key.current ??= reportKey(kind, id);
    const answer = await executeInUnit(ReportContributionDocument, code, {
      kind,
      id,
      reason,
      note: note.trim() || null,
      key: key.current,
    });
    setSending(false);
    setProblems(answer.problems);
    if (answer.result) setSent(true);
  };

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
          <form onSubmit={submit} noValidate aria-labelledby={ids.title}>
            <p>{t('report.lead')}</p>
            <fieldset aria-describedby={error?.field === 'reason' ? ids.error : undefined}>
              <legend>
                {t('report.reason')} {t('common.required')}
              </legend>
              {REASONS.map((value) => (
                <label key={value} className="choice">
                  <input type="radio" name={ids.reason} value={value} checked={reason === value} onChange={() => setReason(value)} />
                  <span>{label('reportReason', value)}</span>
                </label>
              ))}
            </fieldset>
            {error ? (
              <p id={ids.error} className="error" role="alert">
                {error.text}
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
                value={note}
                maxLength={MAX_NOTE}
                aria-invalid={error?.field === 'note' ? true : undefined}
                aria-describedby={[`${ids.note}-hint`, error?.field === 'note' ? ids.error : ''].filter(Boolean).join(' ')}
                onChange={(e) => setNote(e.target.value)}
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
