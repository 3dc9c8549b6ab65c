import { useState, type FormEvent } from 'react';
import type { Problem } from '../api/problems';
import type { MessageKey } from '../i18n/dictionary';
import { useI18n } from '../i18n/i18n';
import { ActionOutcome, Field, splitFieldProblems } from './FormParts';

export interface FieldSpec {
  /** The API's input field (what extensions.field names). */
  name: string;
  label: MessageKey;
  kind: 'text' | 'textarea' | 'datetime' | 'select';
  options?: readonly { value: string; label: string }[];
  required?: boolean;
  hint?: MessageKey;
  initial?: string;
}

export type FormValues = Record<string, string>;

/** A `datetime-local` value (the person's own clock) as the API's DateTime; empty stays empty. */
export const toDateTime = (value: string | undefined) => (value ? new Date(value).toISOString() : null);

/**
 * One publishing form from a list of fields: a missing required value is caught here, everything
 * else by the API, whose problems are shown beside the field they name.
 */
export function SpecForm(props: {
  id: string;
  title: MessageKey;
  fields: readonly FieldSpec[];
  submitLabel: MessageKey;
  onSubmit(values: FormValues): Promise<{ problems: Problem[]; done: MessageKey | null }>;
}) {
  const { t } = useI18n();
  const { id, title, fields, submitLabel, onSubmit } = props;
  const initial = () => Object.fromEntries(fields.map((f) => [f.name, f.initial ?? '']));
  const [values, setValues] = useState<FormValues>(initial);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [done, setDone] = useState<MessageKey | null>(null);
  const [sending, setSending] = useState(false);
  const inputId = (name: string) => `${id}-${name}`;
  const { byInput, rest } = splitFieldProblems(problems, Object.fromEntries(fields.map((f) => [f.name, inputId(f.name)])));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const missing = fields
      .filter((f) => f.required && !values[f.name]?.trim())
      .map((f): Problem => ({ code: 'TEXT_REQUIRED', field: f.name, messageTh: t('desk.required'), messageEn: t('desk.required') }));
    if (missing.length > 0) {
      setProblems(missing);
      document.getElementById(inputId(missing[0]!.field!))?.focus();
      return;
    }
    setSending(true);
    const result = await onSubmit(values);
    setSending(false);
    setProblems(result.problems);
    setDone(result.done);
    if (result.done) setValues(initial());
    else {
      const first = result.problems.find((p) => p.field && byField(p.field));
      if (first) document.getElementById(inputId(byField(first.field!)!.name))?.focus();
    }
  };
  const byField = (field: string) => fields.find((f) => f.name === field.split('.').pop());

  return (
    <section aria-labelledby={`${id}-heading`} data-testid={id}>
      <h2 id={`${id}-heading`}>{t(title)}</h2>
      <form onSubmit={submit} noValidate>
        {fields.map((f) => (
          <Field
            key={f.name}
            id={inputId(f.name)}
            label={`${t(f.label)} ${f.required ? t('common.required') : t('common.optional')}`}
            hint={f.hint ? t(f.hint) : undefined}
            problem={byInput[inputId(f.name)]}
          >
            {(aria) => {
              const change = (value: string) => setValues((v) => ({ ...v, [f.name]: value }));
              if (f.kind === 'textarea') return <textarea {...aria} value={values[f.name]} onChange={(e) => change(e.target.value)} />;
              if (f.kind === 'select')
                return (
                  <select {...aria} value={values[f.name]} onChange={(e) => change(e.target.value)}>
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
                  type={f.kind === 'datetime' ? 'datetime-local' : 'text'}
                  value={values[f.name]}
                  onChange={(e) => change(e.target.value)}
                />
              );
            }}
          </Field>
        ))}
        <button type="submit" className="button-primary" disabled={sending}>
          {sending ? t('form.sending') : t(submitLabel)}
        </button>
      </form>
      <ActionOutcome success={done ? t(done) : null} problems={rest} />
    </section>
  );
}
