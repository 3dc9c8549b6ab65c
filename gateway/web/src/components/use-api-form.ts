import { useRef, useState, type FormEvent } from 'react';
import { get, useForm, type FieldError, type FieldValues, type Path, type UseFormProps } from 'react-hook-form';
import { newIdempotencyKey, type ApiResult } from '../api/client';
import type { Problem } from '../api/problems';
import type { MessageKey } from '../i18n/dictionary';
import { bothLanguages, useI18n } from '../i18n/i18n';

/** A problem the form finds itself before sending, worded like the API's (field = the API's name). */
export function formProblem(field: string, key: MessageKey, values?: Record<string, number | string>, code = 'BAD_USER_INPUT'): Problem {
  const words = bothLanguages(key, values);
  return { code, field, messageTh: words.th, messageEn: words.en };
}

/** The field the API names (the last part of e.g. "contact.email"). */
const lastPart = (field: string) => field.split('.').pop()!;

/** A problem as react-hook-form keeps a field's error: both languages and the API's own field name. */
const asFieldError = (problem: Problem) => ({
  type: problem.code,
  message: problem.messageTh,
  types: { th: problem.messageTh, en: problem.messageEn, field: problem.field },
});

const asProblem = (error: FieldError | undefined): Problem | undefined =>
  error?.types
    ? { code: error.type, messageTh: String(error.types.th), messageEn: String(error.types.en), field: String(error.types.field) }
    : undefined;

/** What a submission did: done (a new idempotency key for the next one), or its problems. */
export type Sent = true | readonly Problem[];

/** An API answer as what the submission did: done when it has data and no problems. */
export const sentOf = (result: ApiResult<unknown>): Sent => (result.data !== null && result.problems.length === 0 ? true : result.problems);

/**
 * A form on react-hook-form that sends to the API. Its values live in react-hook-form; each problem
 * naming a field (the API's extensions.field, or one `check` finds first) is that field's error
 * through setError, shown beside it, and the first one's field gets the focus; the rest are
 * `problems`, shown above. One submission at a time, each with one idempotency key: a second click
 * or a retry after a lost answer sends the same key (the API keeps one record), a new key only once
 * the API has taken it.
 */
export function useApiForm<V extends FieldValues>(
  options: UseFormProps<V> & {
    /** The API's field names (last part) → the form's value each concerns. */
    fields: Readonly<Record<string, Path<V>>>;
    /** The form's value a field within a list concerns (the API's `questions[0].options` → `questions.0.options`), before `fields`. */
    listField?(field: string): Path<V> | undefined;
    /** What the form can tell before sending (the API checks it all again). */
    check?(values: V): Problem[];
    /** Where the focus goes when fields have problems (default: the first such field). */
    focus?(first: Path<V>): void;
  },
) {
  const { fields, listField, check, focus, ...formOptions } = options;
  const { pick } = useI18n();
  // Errors stay until the next submission, as the API said them; react-hook-form only keeps them.
  const form = useForm<V>({ mode: 'onSubmit', reValidateMode: 'onSubmit', shouldFocusError: false, ...formOptions });
  const key = useRef(newIdempotencyKey());
  const inFlight = useRef(false);
  const [sending, setSending] = useState(false);
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  /** The last submission went through (until the next one starts). */
  const [sent, setSent] = useState(false);
  const { errors } = form.formState; // read on every render: react-hook-form re-renders when they change

  /** Each problem beside its field (the first per field), the rest above; the focus to the first field. */
  const show = (all: readonly Problem[]) => {
    form.clearErrors();
    const placed: Path<V>[] = [];
    const rest: Problem[] = [];
    for (const problem of all) {
      const name = problem.field ? (listField?.(problem.field) ?? fields[lastPart(problem.field)]) : undefined;
      if (name && !placed.includes(name)) {
        form.setError(name, asFieldError(problem));
        placed.push(name);
      } else rest.push(problem);
    }
    setProblems(rest);
    if (placed[0]) (focus ?? form.setFocus)(placed[0]);
  };

  /** The form's onSubmit: the form's own checks, then `send` with this submission's key. */
  const submit = (send: (values: V, idempotencyKey: string) => Promise<Sent>) => (event?: FormEvent) => {
    event?.preventDefault();
    if (inFlight.current) return;
    setSent(false);
    const values = form.getValues();
    const found = check?.(values) ?? [];
    show(found);
    if (found.length > 0) return;
    inFlight.current = true;
    setSending(true);
    void send(values, key.current).then((answer) => {
      inFlight.current = false;
      setSending(false);
      if (answer === true) key.current = newIdempotencyKey();
      else show(answer);
      setSent(answer === true);
    });
  };

  /** The problem beside one field, for `Field` (or undefined). */
  const problemAt = (name: Path<V>): Problem | undefined => asProblem(get(errors, name) as FieldError | undefined);

  /** The words of the problem beside one field, in the person's language (or undefined). */
  const errorAt = (name: Path<V>): string | undefined => {
    const problem = problemAt(name);
    return problem ? pick(problem.messageTh, problem.messageEn) : undefined;
  };

  return { form, sending, sent, problems, show, submit, problemAt, errorAt };
}
