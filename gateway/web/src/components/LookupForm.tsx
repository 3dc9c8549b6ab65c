import { useState, type FormEvent } from 'react';
import type { Problem } from '../api/problems';
import { useI18n } from '../i18n/i18n';
import { Field, splitFieldProblems } from './FormParts';
import { ProblemNotice } from './ProblemNotice';

export interface LookupField {
  /** The API's argument (what extensions.field names). */
  name: string;
  label: string;
  hint?: string;
  /** A PIN or key: not shown as typed, not remembered by the browser. */
  secret?: boolean;
}

/**
 * Finds something by what its sender was given (a code, a code and a PIN): the API's problem with
 * a value stands beside its field, any other above the next step.
 */
export function LookupForm(props: {
  id: string;
  fields: readonly LookupField[];
  initial?: Record<string, string>;
  submitLabel: string;
  problems: readonly Problem[];
  onRetry?(): void;
  onSubmit(values: Record<string, string>): void;
}) {
  const { id, fields, initial = {}, submitLabel, problems, onRetry, onSubmit } = props;
  const { t } = useI18n();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((f) => [f.name, initial[f.name] ?? ''])),
  );
  const inputId = (name: string) => `${id}-${name}`;
  const { byInput, rest } = splitFieldProblems(problems, Object.fromEntries(fields.map((f) => [f.name, inputId(f.name)])));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(Object.fromEntries(fields.map((f) => [f.name, values[f.name]!.trim()])));
  };
  return (
    <>
      <form onSubmit={submit} role="search" aria-label={submitLabel} noValidate>
        {fields.map((f) => (
          <Field
            key={f.name}
            id={inputId(f.name)}
            label={`${f.label} ${t('common.required')}`}
            hint={f.hint}
            problem={byInput[inputId(f.name)]}
          >
            {(aria) => (
              <input
                {...aria}
                type={f.secret ? 'password' : 'text'}
                autoComplete="off"
                spellCheck={false}
                value={values[f.name]}
                onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))}
              />
            )}
          </Field>
        ))}
        <button type="submit" className="button-primary">
          {submitLabel}
        </button>
      </form>
      <ProblemNotice problems={rest} onRetry={onRetry} />
    </>
  );
}
