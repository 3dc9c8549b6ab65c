import type { ReactNode } from 'react';
import type { Problem } from '../api/problems';
import { useI18n } from '../i18n/i18n';
import { ProblemNotice } from './ProblemNotice';

/**
 * The API names the input a problem concerns (extensions.field, e.g. "titleTh"); a form shows it
 * beside that input. `fields` maps the API's names to the form's input ids; the rest go above.
 */
export function splitFieldProblems(problems: readonly Problem[], fields: Record<string, string>) {
  const byInput: Record<string, Problem> = {};
  const rest: Problem[] = [];
  for (const problem of problems) {
    const input = problem.field ? fields[problem.field.split('.').pop()!] : undefined;
    if (input && !byInput[input]) byInput[input] = problem;
    else rest.push(problem);
  }
  return { byInput, rest };
}

/** A labelled input, textarea or select with the API's problem for it announced with the field. */
export function Field(props: {
  id: string;
  label: string;
  problem?: Problem;
  hint?: string;
  children: (aria: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
}) {
  const { pick } = useI18n();
  const { id, label, problem, hint, children } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = problem ? `${id}-error` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span id={hintId} className="hint">
          {hint}
        </span>
      ) : null}
      {problem ? (
        <span id={errorId} className="error" data-field-error={problem.field}>
          {pick(problem.messageTh, problem.messageEn)}
        </span>
      ) : null}
      {children({
        id,
        'aria-invalid': problem ? true : undefined,
        'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
      })}
    </div>
  );
}

/** What one action did: a success line (announced) or its problems with the next step. */
export function ActionOutcome({ success, problems, extra }: { success: string | null; problems: readonly Problem[]; extra?: ReactNode }) {
  return (
    <>
      {success ? (
        <div className="notice notice-success" role="status">
          <p>{success}</p>
        </div>
      ) : null}
      <ProblemNotice problems={problems} />
      {problems.length > 0 ? extra : null}
    </>
  );
}
