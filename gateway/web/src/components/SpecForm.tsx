import { useRef, useState } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import { newIdempotencyKey } from '../api/client';
import type { Problem } from '../api/problems';
import type { MessageKey } from '../i18n/dictionary';
import { useI18n } from '../i18n/i18n';
import { ActionOutcome, Field, splitFieldProblems } from './FormParts';

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
  const key = useRef(newIdempotencyKey());
  const inFlight = useRef(false);
  const initial = () => Object.fromEntries(fields.map((f) => [f.name, f.initial ?? '']));
  // The values and the required check live in react-hook-form; the API's problems beside the fields they name.
  const { register, handleSubmit, reset, setFocus } = useForm<FormValues>({ defaultValues: initial(), shouldFocusError: false });
  const [problems, setProblems] = useState<Problem[]>([]);
  const [done, setDone] = useState<MessageKey | null>(null);
  const [sending, setSending] = useState(false);
  const inputId = (name: string) => `${id}-${name}`;
  const { byInput, rest } = splitFieldProblems(problems, Object.fromEntries(fields.map((f) => [f.name, inputId(f.name)])));
  const byField = (field: string) => fields.find((f) => f.name === field.split('.').pop());

  const send = async (values: FormValues) => {
    if (inFlight.current) return;
    setDone(null);
    inFlight.current = true;
    setSending(true);
    const result = await onSubmit(values, key.current);
    inFlight.current = false;
    setSending(false);
    setProblems(result.problems);
    setDone(result.done);
    if (result.done) {
      key.current = newIdempotencyKey();
      reset(initial());
    } else {
      const first = result.problems.find((p) => p.field && byField(p.field));
      if (first) setFocus(byField(first.field!)!.name);
    }
  };
  // A required value left empty: said beside its field, in the form's order, before anything is sent.
  const missing = (errors: FieldErrors<FormValues>) => {
    setDone(null);
    const empty = fields.filter((f) => errors[f.name]);
    setProblems(
      empty.map((f): Problem => ({ code: 'TEXT_REQUIRED', field: f.name, messageTh: t('desk.required'), messageEn: t('desk.required') })),
    );
    if (empty[0]) setFocus(empty[0].name);
  };
  const fieldOf = (f: FieldSpec) => register(f.name, { validate: (value) => !f.required || !!value?.trim() });

  return (
    <section aria-labelledby={`${id}-heading`} data-testid={id}>
      <Heading id={`${id}-heading`}>{t(title)}</Heading>
      <form onSubmit={handleSubmit(send, missing)} noValidate>
        {fields.map((f) => (
          <Field
            key={f.name}
            id={inputId(f.name)}
            label={`${t(f.label)} ${f.required ? t('common.required') : t('common.optional')}`}
            hint={f.hint ? t(f.hint) : undefined}
            problem={byInput[inputId(f.name)]}
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
      <ActionOutcome success={done ? t(done) : null} problems={rest} />
    </section>
  );
}
