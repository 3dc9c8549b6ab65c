import type { Problem } from '../api/problems';
import { useI18n } from '../i18n/i18n';
import { ProblemNotice } from './ProblemNotice';
import { TextField } from './TextField';
import { formProblem, useApiForm } from './use-api-form';

const MAX_BODY = 5000;

interface Values {
  body: string;
  authorName: string;
  organisation: string;
}

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
  const { t } = useI18n();
  const bodyId = `${id}-body`;
  const { form, sending, sent, problems, submit, errorAt } = useApiForm<Values>({
    defaultValues: { body: '', authorName: '', organisation: '' },
    fields: { body: 'body' },
    check: ({ body }) =>
      !body.trim()
        ? [formProblem('body', 'take.err.body')]
        : [...body].length > MAX_BODY
          ? [formProblem('body', 'take.err.bodyLong', { max: MAX_BODY })]
          : [],
  });
  const bodyError = errorAt('body');
  const onSubmit = submit(async (values, idempotencyKey) => {
    const answer = await send(
      { body: values.body, authorName: values.authorName.trim() || null, organisation: values.organisation.trim() || null },
      idempotencyKey,
    );
    if (!answer.ok) return answer.problems;
    form.resetField('body');
    return true;
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
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
          {...form.register('body')}
          required
          aria-invalid={bodyError ? true : undefined}
          aria-describedby={[`${bodyId}-hint`, bodyError ? `${bodyId}-error` : ''].filter(Boolean).join(' ')}
        />
      </div>
      <TextField
        id={`${id}-name`}
        label={`${t('take.name')} ${t('common.optional')}`}
        autoComplete="name"
        input={form.register('authorName')}
      />
      {withOrganisation ? (
        <TextField
          id={`${id}-organisation`}
          label={`${t('take.organisation')} ${t('common.optional')}`}
          autoComplete="organization"
          input={form.register('organisation')}
        />
      ) : null}
      <button type="submit" className="button-primary" aria-disabled={sending || undefined}>
        {sending ? t('form.sending') : sendLabel}
      </button>
    </form>
  );
}
