import { useState } from 'react';
import type { Problem } from '../api/problems';
import type { MessageKey } from '../i18n/dictionary';
import { useI18n } from '../i18n/i18n';
import { ActionOutcome, Field } from './FormParts';
import { formProblem, useApiForm } from './use-api-form';

export interface FieldSpec {
  /** The API's input field (what extensions.field names). */
  name: string;
  label: MessageKey;
  /** `number` is typed as text with a decimal keyboard; the API checks the value. */
  kind: 'text' | 'textarea' | 'datetime' | 'date' | 'number' | 'select';
  options?: readonly { value: string; label: string }[];
  required?: boolean;
  hint?: MessageKey;
  initial?: string;
}

export type FormValues = Record<string, string>;

const INPUT_TYPES: Partial<Record<FieldSpec['kind'], string>> = { datetime: 'datetime-local', date: 'date' };

/** A `datetime-local` value (the person's own clock) as the API's DateTime; empty stays empty. */
export const toDateTime = (value: string | undefined) => (value ? new Date(value).toISOString() : null);

/**
 * One form from a list of fields: a missing required value is caught here, everything else by the
 * API, whose problems are shown beside the field they name. Each submission has one idempotency
 * key: a second click or a retry after a lost answer sends the same key (the API keeps one
 * record), a new key only once the API has taken it.
 */
export function SpecForm(props: {
  id: string;
  title: MessageKey;
  /** The heading's level where the form sits inside a card or a list (2 by default). */
  headingLevel?: 2 | 3 | 4;
  fields: readonly FieldSpec[];
  submitLabel: MessageKey;
  onSubmit(values: FormValues, idempotencyKey: string): Promise<{ problems: Problem[]; done: MessageKey | null }>;
}) {
  const { t } = useI18n();
  const { id, title, headingLevel = 2, fields, submitLabel, onSubmit } = props;
  const Heading = `h${headingLevel}` as const;
  const initial = () => Object.fromEntries(fields.map((f) => [f.name, f.initial ?? '']));
  const [done, setDone] = useState<MessageKey | null>(null);
  const { form, sending, sent, problems, submit, problemAt } = useApiForm<FormValues>({
    defaultValues: initial(),
    fields: Object.fromEntries(fields.map((f) => [f.name, f.name])),
    // A required value left empty: said beside its field, in the form's order, before anything is sent.
    check: (values) =>
      fields.filter((f) => f.required && !values[f.name]?.trim()).map((f) => formProblem(f.name, 'desk.required', {}, 'TEXT_REQUIRED')),
  });
  const inputId = (name: string) => `${id}-${name}`;
  const send = submit(async (values, idempotencyKey) => {
    const result = await onSubmit(values, idempotencyKey);
    if (!result.done) return result.problems;
    setDone(result.done);
    form.reset(initial());
    return true;
  });
  const fieldOf = (f: FieldSpec) => form.register(f.name);

  return (
    <section aria-labelledby={`${id}-heading`} data-testid={id}>
      <Heading id={`${id}-heading`}>{t(title)}</Heading>
      <form onSubmit={send} noValidate>
        {fields.map((f) => (
          <Field
            key={f.name}
            id={inputId(f.name)}
            label={`${t(f.label)} ${f.required ? t('common.required') : t('common.optional')}`}
            hint={f.hint ? t(f.hint) : undefined}
            problem={problemAt(f.name)}
          >
            {(aria) => {
              if (f.kind === 'textarea') return <textarea {...aria} {...fieldOf(f)} />;
              if (f.kind === 'select')
                return (
                  <select {...aria} {...fieldOf(f)}>
                    {f.options!.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                );
              return (
                <input
                  {...aria}
                  {...fieldOf(f)}
                  type={INPUT_TYPES[f.kind] ?? 'text'}
                  inputMode={f.kind === 'number' ? 'decimal' : undefined}
                />
              );
            }}
          </Field>
        ))}
        <button type="submit" className="button-primary" disabled={sending}>
          {sending ? t('form.sending') : t(submitLabel)}
        </button>
      </form>
      <ActionOutcome success={sent && done ? t(done) : null} problems={problems} />
    </section>
  );
}
