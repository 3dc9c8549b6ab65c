import { useEffect, useRef, useState, type FormEvent } from 'react';
import { execute, newIdempotencyKey } from '../api/client';
import type { Problem } from '../api/problems';
import { useQuery } from '../api/use-query';
import { Loading, ProblemNotice } from '../components/ProblemNotice';
import { NotifyChoices } from '../components/NotifyChoices';
import { TextField } from '../components/TextField';
import { useSession } from '../api/session';
import {
  FeedbackFormDocument,
  SubmitFeedbackDocument,
  type FeedbackCategory,
  type NotifyChannel,
  type SubmitFeedbackMutation,
} from '../gql/graphql';
import type { MessageKey } from '../i18n/dictionary';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';

const CATEGORIES: readonly FeedbackCategory[] = ['COMPLAINT', 'SUGGESTION', 'QUESTION', 'OPINION', 'COMPLIMENT'];
const MAX_MESSAGE = 5000;

/** Which input each field the API names belongs to (the last part of e.g. "contact.email"). */
const FIELD_INPUT: Record<string, string> = {
  category: 'category-COMPLAINT',
  message: 'feedback-message',
  unitCode: 'feedback-unit',
  name: 'contact-name',
  email: 'contact-email',
  phone: 'contact-phone',
  contact: 'contact-email',
  acceptedNoticeVersion: 'privacy-accept',
  minor: 'contact-minor',
  guardianConsent: 'guardian-consent',
  notifyBy: 'notify',
};

interface Draft {
  category: FeedbackCategory | null;
  unitCode: string;
  message: string;
  public: boolean;
  identified: boolean;
  name: string;
  email: string;
  phone: string;
  accepted: boolean;
  minor: boolean;
  guardianConsent: boolean;
  notifyBy: NotifyChannel[];
}

const EMPTY: Draft = {
  category: null,
  unitCode: '',
  message: '',
  public: false,
  identified: false,
  name: '',
  email: '',
  phone: '',
  accepted: false,
  minor: false,
  guardianConsent: false,
  notifyBy: ['EMAIL'],
};

type FieldErrors = Record<string, { key: MessageKey; values?: Record<string, number> } | string>;

/** What the form can tell before sending (the API checks all of it again). */
function checkDraft(draft: Draft): FieldErrors {
  const errors: FieldErrors = {};
  if (!draft.category) errors['category-COMPLAINT'] = { key: 'form.err.category' };
  if (!draft.message.trim()) errors['feedback-message'] = { key: 'form.err.message' };
  else if ([...draft.message].length > MAX_MESSAGE)
    errors['feedback-message'] = { key: 'form.err.messageLong', values: { max: MAX_MESSAGE } };
  if (draft.identified) {
    if (!draft.email.trim() && !draft.phone.trim()) errors['contact-email'] = { key: 'form.err.contact' };
    if (!draft.accepted) errors['privacy-accept'] = { key: 'form.err.accept' };
    if (draft.minor && !draft.guardianConsent) errors['guardian-consent'] = { key: 'form.err.guardian' };
    if (draft.notifyBy.includes('SMS') && !draft.phone.trim()) errors['notify'] = { key: 'notify.needsAddress' };
  }
  return errors;
}

function Receipt({ receipt, onAnother }: { receipt: SubmitFeedbackMutation['submitFeedback']; onAnother(): void }) {
  const { t, pick, format } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="notice" aria-labelledby="receipt-heading">
      <h2 id="receipt-heading" ref={heading} tabIndex={-1}>
        {t('receipt.title')}
      </h2>
      <p>
        {t('receipt.code')}:{' '}
        <output className="case-code" data-testid="case-code">
          {receipt.caseCode}
        </output>
      </p>
      <p>{t('receipt.keep')}</p>
      {receipt.privacyKey ? (
        <>
          <p>
            {t('receipt.privacyKey')}:{' '}
            <output className="case-code" data-testid="privacy-key">
              {receipt.privacyKey}
            </output>
          </p>
          <p>
            {t('receipt.privacyKeyKeep')} <Link to={`/my-data?code=${encodeURIComponent(receipt.caseCode)}`}>{t('nav.myData')}</Link>
          </p>
        </>
      ) : null}
      <dl className="facts">
        <dt>{t('receipt.unit')}</dt>
        <dd>{pick(receipt.unit.nameTh, receipt.unit.nameEn)}</dd>
        <dt>{t('receipt.received')}</dt>
        <dd>{format.dateTime(receipt.receivedAt)}</dd>
      </dl>
      <p>
        <Link to={`/follow?code=${encodeURIComponent(receipt.caseCode)}`}>{t('receipt.follow')}</Link>
      </p>
      <button type="button" className="button-secondary" onClick={onAnother}>
        {t('receipt.another')}
      </button>
    </section>
  );
}

/** The office's one front door: feedback or a complaint, anonymous or with contact details. */
export function FeedbackPage() {
  const { t, pick, label } = useI18n();
  const setup = useQuery(FeedbackFormDocument);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problems, setProblems] = useState<Problem[]>([]);
  const [sending, setSending] = useState(false);
  const [receipt, setReceipt] = useState<SubmitFeedbackMutation['submitFeedback'] | null>(null);
  // One key per submission: a retry after a lost answer sends the same key and gets the same case.
  const idempotencyKey = useRef(newIdempotencyKey());
  const summary = useRef<HTMLDivElement>(null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const notice = setup.data?.privacyNotice;
  const viaLine = useSession()?.viaLine ?? false;

  const errorText = (id: string) => {
    const error = errors[id];
    return error === undefined ? undefined : typeof error === 'string' ? error : t(error.key, error.values);
  };
  const described = (id: string, hint?: string) => [hint, errors[id] ? `${id}-error` : undefined].filter(Boolean).join(' ') || undefined;
  const ErrorLine = ({ id }: { id: string }) =>
    errors[id] ? (
      <span id={`${id}-error`} className="error">
        {errorText(id)}
      </span>
    ) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkDraft(draft);
    setErrors(found);
    setProblems([]);
    if (Object.keys(found).length > 0) {
      setTimeout(() => summary.current?.focus());
      return;
    }
    setSending(true);
    const result = await execute(SubmitFeedbackDocument, {
      key: idempotencyKey.current,
      input: {
        category: draft.category!,
        message: draft.message,
        channel: 'WEB',
        unitCode: draft.unitCode || null,
        public: draft.public,
        contact: draft.identified
          ? {
              name: draft.name.trim() || null,
              email: draft.email.trim() || null,
              phone: draft.phone.trim() || null,
              acceptedNoticeVersion: notice?.version ?? '',
              minor: draft.minor,
              guardianConsent: draft.minor && draft.guardianConsent,
              // E-mail stays ticked by default: it counts once an address is given.
              notifyBy: draft.notifyBy.filter((c) => (c === 'EMAIL' ? Boolean(draft.email.trim()) : c !== 'LINE' || viaLine)),
            }
          : null,
      },
    });
    setSending(false);
    if (result.data?.submitFeedback) {
      setReceipt(result.data.submitFeedback);
      return;
    }
    setProblems(result.problems);
    const fieldErrors: FieldErrors = {};
    for (const problem of result.problems) {
      const input = problem.field ? FIELD_INPUT[problem.field.split('.').pop()!] : undefined;
      if (input) fieldErrors[input] = pick(problem.messageTh, problem.messageEn);
    }
    setErrors(fieldErrors);
  };

  const another = () => {
    idempotencyKey.current = newIdempotencyKey();
    setDraft(EMPTY);
    setReceipt(null);
  };

  const errorIds = Object.keys(errors);
  return (
    <>
      <h1>{t('form.title')}</h1>
      {receipt ? (
        <Receipt receipt={receipt} onAnother={another} />
      ) : (
        <>
          <p className="lead">{t('form.lead')}</p>
          <ProblemNotice problems={setup.problems} onRetry={setup.reload} />
          {setup.loading ? <Loading /> : null}
          {errorIds.length > 0 ? (
            <div className="error-summary" ref={summary} tabIndex={-1} role="alert" aria-labelledby="error-summary-heading">
              <h2 id="error-summary-heading">{t('form.fix', { n: errorIds.length })}</h2>
              <ul>
                {errorIds.map((id) => (
                  <li key={id}>
                    <a href={`#${id}`}>{errorText(id)}</a>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <ProblemNotice problems={problems.filter((p) => !(p.field && FIELD_INPUT[p.field.split('.').pop()!]))} />
          <form onSubmit={submit} noValidate>
            <fieldset aria-describedby={described('category-COMPLAINT')}>
              <legend>
                {t('category.legend')} {t('common.required')}
              </legend>
              <ErrorLine id="category-COMPLAINT" />
              <div className="choices-inline">
                {CATEGORIES.map((category) => (
                  <label key={category} className="choice">
                    <input
                      type="radio"
                      name="category"
                      id={`category-${category}`}
                      value={category}
                      checked={draft.category === category}
                      onChange={() => set('category', category)}
                    />
                    <span>{label('category', category)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <div className="field">
              <label htmlFor="feedback-unit">
                {t('form.unit')} {t('common.optional')}
              </label>
              <select id="feedback-unit" value={draft.unitCode} onChange={(e) => set('unitCode', e.target.value)}>
                <option value="">{t('form.unitUnknown')}</option>
                {setup.data?.units.map((unit) => (
                  <option key={unit.code} value={unit.code}>
                    {pick(unit.nameTh, unit.nameEn)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="feedback-message">
                {t('form.message')} {t('common.required')}
              </label>
              <span id="feedback-message-hint" className="hint">
                {t('form.messageHint', { max: MAX_MESSAGE })}
              </span>
              <ErrorLine id="feedback-message" />
              <textarea
                id="feedback-message"
                value={draft.message}
                required
                aria-invalid={errors['feedback-message'] ? true : undefined}
                aria-describedby={described('feedback-message', 'feedback-message-hint feedback-message-count')}
                onChange={(e) => set('message', e.target.value)}
              />
              <span id="feedback-message-count" className="hint">
                {t('form.count', { n: [...draft.message].length, max: MAX_MESSAGE })}
              </span>
            </div>
            <div className="field">
              <label className="choice">
                <input type="checkbox" id="feedback-public" checked={draft.public} onChange={(e) => set('public', e.target.checked)} />
                <span>{t('form.public')}</span>
              </label>
            </div>
            <fieldset>
              <legend>{t('form.identity')}</legend>
              <label className="choice">
                <input
                  type="radio"
                  name="identity"
                  id="identity-anonymous"
                  checked={!draft.identified}
                  onChange={() => set('identified', false)}
                />
                <span>{t('form.anonymous')}</span>
              </label>
              <label className="choice">
                <input
                  type="radio"
                  name="identity"
                  id="identity-identified"
                  checked={draft.identified}
                  onChange={() => set('identified', true)}
                />
                <span>{t('form.identified')}</span>
              </label>
              {draft.identified ? (
                <div className="contact">
                  <p id="contact-hint" className="hint">
                    {t('form.contactHint')}
                  </p>
                  <TextField
                    id="contact-name"
                    label={`${t('form.name')} ${t('common.optional')}`}
                    autoComplete="name"
                    value={draft.name}
                    error={errorText('contact-name')}
                    onChange={(v) => set('name', v)}
                  />
                  <TextField
                    id="contact-email"
                    type="email"
                    label={t('form.email')}
                    autoComplete="email"
                    value={draft.email}
                    error={errorText('contact-email')}
                    hintIds="contact-hint"
                    onChange={(v) => set('email', v)}
                  />
                  <TextField
                    id="contact-phone"
                    type="tel"
                    label={t('form.phone')}
                    autoComplete="tel"
                    value={draft.phone}
                    error={errorText('contact-phone')}
                    hintIds="contact-hint"
                    onChange={(v) => set('phone', v)}
                  />
                  <NotifyChoices
                    idPrefix="notify"
                    offered={viaLine ? ['EMAIL', 'SMS', 'LINE'] : ['EMAIL', 'SMS']}
                    chosen={draft.notifyBy}
                    error={errorText('notify')}
                    onChange={(next) => set('notifyBy', next)}
                  />
                  {notice ? (
                    <section aria-labelledby="privacy-heading">
                      <h2 id="privacy-heading" className="h3-size">
                        {t('form.privacy', { version: notice.version })}
                      </h2>
                      <div className="privacy" tabIndex={0} role="region" aria-labelledby="privacy-heading">
                        {pick(notice.textTh, notice.textEn)}
                      </div>
                      <p className="hint">{t('form.privacyKept', { days: notice.retentionDays, minorDays: notice.minorRetentionDays })}</p>
                    </section>
                  ) : null}
                  <ErrorLine id="privacy-accept" />
                  <label className="choice">
                    <input
                      type="checkbox"
                      id="privacy-accept"
                      checked={draft.accepted}
                      aria-invalid={errors['privacy-accept'] ? true : undefined}
                      aria-describedby={described('privacy-accept')}
                      onChange={(e) => set('accepted', e.target.checked)}
                    />
                    <span>{t('form.accept')}</span>
                  </label>
                  <label className="choice">
                    <input type="checkbox" id="contact-minor" checked={draft.minor} onChange={(e) => set('minor', e.target.checked)} />
                    <span>{t('form.minor')}</span>
                  </label>
                  {draft.minor ? (
                    <>
                      <ErrorLine id="guardian-consent" />
                      <label className="choice">
                        <input
                          type="checkbox"
                          id="guardian-consent"
                          checked={draft.guardianConsent}
                          aria-invalid={errors['guardian-consent'] ? true : undefined}
                          aria-describedby={described('guardian-consent')}
                          onChange={(e) => set('guardianConsent', e.target.checked)}
                        />
                        <span>{t('form.guardian')}</span>
                      </label>
                    </>
                  ) : null}
                </div>
              ) : null}
            </fieldset>
            <button type="submit" className="button-primary" disabled={sending || !setup.data}>
              {sending ? t('form.sending') : t('form.send')}
            </button>
          </form>
        </>
      )}
    </>
  );
}
