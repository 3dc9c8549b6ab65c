import { useForm } from 'react-hook-form';
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
 * a value stands beside its field, any other above the next step. The values live in
 * react-hook-form; the problems are the lookup's (a query the page owns), so they come as a prop.
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
  const { register, handleSubmit } = useForm<Record<string, string>>({
    defaultValues: Object.fromEntries(fields.map((f) => [f.name, initial[f.name] ?? ''])),
  });
  const inputId = (name: string) => `${id}-${name}`;
  const { byInput, rest } = splitFieldProblems(problems, Object.fromEntries(fields.map((f) => [f.name, inputId(f.name)])));
  const submit = handleSubmit((values) => onSubmit(Object.fromEntries(fields.map((f) => [f.name, (values[f.name] ?? '').trim()]))));
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
              <input {...aria} type={f.secret ? 'password' : 'text'} autoComplete="off" spellCheck={false} {...register(f.name)} />
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
