import { useRef, useState, type FormEvent } from 'react';
import { newIdempotencyKey } from '../api/client';
import type { Problem } from '../api/problems';
import { useI18n } from '../i18n/i18n';
import { ProblemNotice } from './ProblemNotice';
import { TextField } from './TextField';

const MAX_BODY = 5000;

export interface Contribution {
  body: string;
  authorName: string | null;
  organisation: string | null;
}

/**
 * A comment or a suggestion: the text, an optional name (and organisation). One idempotency key
 * per submission: a second click or a retry after a lost answer sends the same key, so the API
 * keeps one record; a new key only once the record is there.
 */
export function ContributionForm(props: {
  id: string;
  bodyLabel: string;
  sendLabel: string;
  sentText: string;
  withOrganisation?: boolean;
  send(contribution: Contribution, idempotencyKey: string): Promise<{ ok: boolean; problems: Problem[] }>;
}) {
  const { id, bodyLabel, sendLabel, sentText, withOrganisation, send } = props;
  const { t, pick } = useI18n();
  const [body, setBody] = useState('');
  const [authorName, setAuthorName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [bodyError, setBodyError] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState(false);
  const key = useRef(newIdempotencyKey());
  const inFlight = useRef(false);
  const bodyId = `${id}-body`;
  const bodyInput = useRef<HTMLTextAreaElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (inFlight.current) return;
    setSent(false);
    setProblems([]);
    if (!body.trim()) {
      setBodyError(t('take.err.body'));
      bodyInput.current?.focus();
      return;
    }
    if ([...body].length > MAX_BODY) {
      setBodyError(t('take.err.bodyLong', { max: MAX_BODY }));
      bodyInput.current?.focus();
      return;
    }
    setBodyError(null);
    inFlight.current = true;
    setSending(true);
    const answer = await send({ body, authorName: authorName.trim() || null, organisation: organisation.trim() || null }, key.current);
    inFlight.current = false;
    setSending(false);
    if (answer.ok) {
      key.current = newIdempotencyKey();
      setBody('');
      setSent(true);
      return;
    }
    const onBody = answer.problems.find((p) => p.field === 'body');
    setBodyError(onBody ? pick(onBody.messageTh, onBody.messageEn) : null);
    setProblems(answer.problems.filter((p) => p !== onBody));
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      {sent ? (
        <p className="notice" role="status">
          {sentText}
        </p>
      ) : null}
      <ProblemNotice problems={problems} />
      <div className="field">
        <label htmlFor={bodyId}>
          {bodyLabel} {t('common.required')}
        </label>
        <span id={`${bodyId}-hint`} className="hint">
          {t('take.bodyHint', { max: MAX_BODY })}
        </span>
        {bodyError ? (
          <span id={`${bodyId}-error`} className="error" role="alert">
            {bodyError}
          </span>
        ) : null}
        <textarea
          id={bodyId}
          ref={bodyInput}
          value={body}
          required
          aria-invalid={bodyError ? true : undefined}
          aria-describedby={[`${bodyId}-hint`, bodyError ? `${bodyId}-error` : ''].filter(Boolean).join(' ')}
          onChange={(e) => setBody(e.target.value)}
        />
      </div>
      <TextField
        id={`${id}-name`}
        label={`${t('take.name')} ${t('common.optional')}`}
        autoComplete="name"
        value={authorName}
        onChange={setAuthorName}
      />
      {withOrganisation ? (
        <TextField
          id={`${id}-organisation`}
          label={`${t('take.organisation')} ${t('common.optional')}`}
          autoComplete="organization"
          value={organisation}
          onChange={setOrganisation}
        />
      ) : null}
      <button type="submit" className="button-primary" aria-disabled={sending || undefined}>
        {sending ? t('form.sending') : sendLabel}
      </button>
    </form>
  );
}
