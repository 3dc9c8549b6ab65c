import { useEffect, useRef, useState } from 'react';
import { Controller } from 'react-hook-form';
import { execute } from '../api/client';
import type { Problem } from '../api/problems';
import { useQuery } from '../api/use-query';
import { Loading, ProblemNotice } from '../components/ProblemNotice';
import { NotifyChoices } from '../components/NotifyChoices';
import { TextField } from '../components/TextField';
import { formProblem, useApiForm } from '../components/use-api-form';
import { useSession } from '../api/session';
import {
  FeedbackFormDocument,
  SubmitFeedbackDocument,
  type FeedbackCategory,
  type NotifyChannel,
  type SubmitFeedbackMutation,
} from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';

const CATEGORIES: readonly FeedbackCategory[] = ['COMPLAINT', 'SUGGESTION', 'QUESTION', 'OPINION', 'COMPLIMENT'];
const MAX_MESSAGE = 5000;

interface Draft {
  category: FeedbackCategory | null;
  unitCode: string;
  message: string;
  public: boolean;
  identity: 'anonymous' | 'identified';
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
  identity: 'anonymous',
  name: '',
  email: '',
  phone: '',
  accepted: false,
  minor: false,
  guardianConsent: false,
  notifyBy: ['EMAIL'],
};

/** Which value each field the API names concerns (the last part of e.g. "contact.email"). */
const FIELDS = {
  category: 'category',
  message: 'message',
  unitCode: 'unitCode',
  name: 'name',
  email: 'email',
  phone: 'phone',
  contact: 'email',
  acceptedNoticeVersion: 'accepted',
  minor: 'minor',
  guardianConsent: 'guardianConsent',
  notifyBy: 'notifyBy',
} as const satisfies Record<string, keyof Draft>;

/** Each value's input, in the form's order (the error summary links to them). */
const INPUT_OF: Partial<Record<keyof Draft, string>> = {
  category: 'category-COMPLAINT',
  unitCode: 'feedback-unit',
  message: 'feedback-message',
  name: 'contact-name',
  email: 'contact-email',
  phone: 'contact-phone',
  notifyBy: 'notify',
  accepted: 'privacy-accept',
  minor: 'contact-minor',
  guardianConsent: 'guardian-consent',
};

/** What the form can tell before sending (the API checks all of it again). */
function checkDraft(draft: Draft): Problem[] {
  const found: Problem[] = [];
  if (!draft.category) found.push(formProblem('category', 'form.err.category'));
  if (!draft.message.trim()) found.push(formProblem('message', 'form.err.message'));
  else if ([...draft.message].length > MAX_MESSAGE) found.push(formProblem('message', 'form.err.messageLong', { max: MAX_MESSAGE }));
  if (draft.identity === 'identified') {
    if (!draft.email.trim() && !draft.phone.trim()) found.push(formProblem('contact', 'form.err.contact'));
    if (!draft.accepted) found.push(formProblem('acceptedNoticeVersion', 'form.err.accept'));
    if (draft.minor && !draft.guardianConsent) found.push(formProblem('guardianConsent', 'form.err.guardian'));
    if (draft.notifyBy.includes('SMS') && !draft.phone.trim()) found.push(formProblem('notifyBy', 'notify.needsAddress'));
  }
  return found;
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
  const [receipt, setReceipt] = useState<SubmitFeedbackMutation['submitFeedback'] | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const notice = setup.data?.privacyNotice;
  const viaLine = useSession()?.viaLine ?? false;
  const { form, sending, problems, submit, errorAt } = useApiForm<Draft>({
    defaultValues: EMPTY,
    fields: FIELDS,
    check: checkDraft,
    // The summary takes the focus: it says how many things to fix and links to each.
    focus: () => setTimeout(() => summary.current?.focus()),
  });
  const { register, watch, control } = form;
  const identified = watch('identity') === 'identified';
  const minor = watch('minor');
  const message = watch('message');

  const errorOf = (name: keyof Draft) => (errorAt(name) ? `${INPUT_OF[name]}-error` : undefined);
  const described = (name: keyof Draft, hint?: string) => [hint, errorOf(name)].filter(Boolean).join(' ') || undefined;
  const ErrorLine = ({ name }: { name: keyof Draft }) =>
    errorAt(name) ? (
      <span id={errorOf(name)} className="error">
        {errorAt(name)}
      </span>
    ) : null;

  const send = submit(async (draft, idempotencyKey) => {
    const result = await execute(SubmitFeedbackDocument, {
      key: idempotencyKey,
      input: {
        category: draft.category!,
        message: draft.message,
        channel: 'WEB',
        unitCode: draft.unitCode || null,
        public: draft.public,
        contact:
          draft.identity === 'identified'
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
    if (!result.data?.submitFeedback) return result.problems;
    setReceipt(result.data.submitFeedback);
    return true;
  });

  const another = () => {
    form.reset(EMPTY);
    setReceipt(null);
  };

  const withErrors = (Object.keys(INPUT_OF) as (keyof Draft)[]).filter((name) => errorAt(name));
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
          {withErrors.length > 0 ? (
            <div className="error-summary" ref={summary} tabIndex={-1} role="alert" aria-labelledby="error-summary-heading">
              <h2 id="error-summary-heading">{t('form.fix', { n: withErrors.length })}</h2>
              <ul>
                {withErrors.map((name) => (
                  <li key={name}>
                    <a href={`#${INPUT_OF[name]}`}>{errorAt(name)}</a>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <ProblemNotice problems={problems} />
          <form onSubmit={send} noValidate>
            <fieldset aria-describedby={described('category')}>
              <legend>
                {t('category.legend')} {t('common.required')}
              </legend>
              <ErrorLine name="category" />
              <div className="choices-inline">
                {CATEGORIES.map((category) => (
                  <label key={category} className="choice">
                    <input type="radio" {...register('category')} id={`category-${category}`} value={category} />
                    <span>{label('category', category)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <div className="field">
              <label htmlFor="feedback-unit">
                {t('form.unit')} {t('common.optional')}
              </label>
              <select id="feedback-unit" {...register('unitCode')}>
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
              <ErrorLine name="message" />
              <textarea
                id="feedback-message"
                {...register('message')}
                required
                aria-invalid={errorAt('message') ? true : undefined}
                aria-describedby={described('message', 'feedback-message-hint feedback-message-count')}
              />
              <span id="feedback-message-count" className="hint">
                {t('form.count', { n: [...message].length, max: MAX_MESSAGE })}
              </span>
            </div>
            <div className="field">
              <label className="choice">
                <input type="checkbox" id="feedback-public" {...register('public')} />
                <span>{t('form.public')}</span>
              </label>
            </div>
            <fieldset>
              <legend>{t('form.identity')}</legend>
              <label className="choice">
                <input type="radio" {...register('identity')} id="identity-anonymous" value="anonymous" />
                <span>{t('form.anonymous')}</span>
              </label>
              <label className="choice">
                <input type="radio" {...register('identity')} id="identity-identified" value="identified" />
                <span>{t('form.identified')}</span>
              </label>
              {identified ? (
                <div className="contact">
                  <p id="contact-hint" className="hint">
                    {t('form.contactHint')}
                  </p>
                  <TextField
                    id="contact-name"
                    label={`${t('form.name')} ${t('common.optional')}`}
                    autoComplete="name"
                    input={register('name')}
                    error={errorAt('name')}
                  />
                  <TextField
                    id="contact-email"
                    type="email"
                    label={t('form.email')}
                    autoComplete="email"
                    input={register('email')}
                    error={errorAt('email')}
                    hintIds="contact-hint"
                  />
                  <TextField
                    id="contact-phone"
                    type="tel"
                    label={t('form.phone')}
                    autoComplete="tel"
                    input={register('phone')}
                    error={errorAt('phone')}
                    hintIds="contact-hint"
                  />
                  <Controller
                    control={control}
                    name="notifyBy"
                    render={({ field }) => (
                      <NotifyChoices
                        idPrefix="notify"
                        offered={viaLine ? ['EMAIL', 'SMS', 'LINE'] : ['EMAIL', 'SMS']}
                        chosen={field.value}
                        error={errorAt('notifyBy')}
                        onChange={field.onChange}
                      />
                    )}
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
                  <ErrorLine name="accepted" />
                  <label className="choice">
                    <input
                      type="checkbox"
                      id="privacy-accept"
                      {...register('accepted')}
                      aria-invalid={errorAt('accepted') ? true : undefined}
                      aria-describedby={described('accepted')}
                    />
                    <span>{t('form.accept')}</span>
                  </label>
                  <label className="choice">
                    <input type="checkbox" id="contact-minor" {...register('minor')} />
                    <span>{t('form.minor')}</span>
                  </label>
                  {minor ? (
                    <>
                      <ErrorLine name="guardianConsent" />
                      <label className="choice">
                        <input
                          type="checkbox"
                          id="guardian-consent"
                          {...register('guardianConsent')}
                          aria-invalid={errorAt('guardianConsent') ? true : undefined}
                          aria-describedby={described('guardianConsent')}
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
