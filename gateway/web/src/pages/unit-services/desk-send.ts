import { execute } from '../../api/client';
import type { Problem } from '../../api/problems';
import type { TypedDocumentString } from '../../gql/graphql';
import { formProblem } from '../../components/use-api-form';
import type { MessageKey } from '../../i18n/dictionary';

/** Runs one of a unit's own mutations for a form: its problems, or the words of what it did (then `after`). */
export async function sendForm<T, V>(
  document: TypedDocumentString<T, V>,
  variables: V,
  done: MessageKey,
  after?: (data: T) => void,
): Promise<{ problems: Problem[]; done: MessageKey | null }> {
  const result = await execute(document, variables);
  const ok = result.data !== null && result.problems.length === 0;
  if (ok) after?.(result.data!);
  return { problems: result.problems, done: ok ? done : null };
}

/** Empty text as null (optional inputs). */
export const orNull = (value: string | undefined) => value?.trim() || null;

/** Today in Bangkok as YYYY-MM-DD. */
export const todayInBangkok = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/** A number as typed (Thai keyboards give "1,234.50" too); null when it is not one. */
export const numberOf = (value: string | undefined) => {
  const n = Number((value ?? '').replace(/[,\s]/g, ''));
  return value?.trim() && Number.isFinite(n) ? n : null;
};

/**
 * Lines typed as "a | b | c", each split into exactly `parts` non-empty parts; null when a line
 * is not (empty lines are skipped).
 */
export function splitLines(text: string | undefined, parts: number): string[][] | null {
  const rows = (text ?? '')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => line.split('|').map((part) => part.trim()));
  return rows.every((row) => row.length === parts && row.every(Boolean)) ? rows : null;
}

/** The API's problems with one item of a list input (`priorities[1].budgetBaht`, `items.0.unitCode`) stand beside the list's field. */
export const besideList = (problems: Problem[], list: string): Problem[] =>
  problems.map((p) => (p.field?.startsWith(`${list}[`) || p.field?.startsWith(`${list}.`) || p.field === list ? { ...p, field: list } : p));

/** A whole number as typed, or null. */
export const wholeNumberOf = (value: string | undefined) => {
  const n = numberOf(value);
  return n !== null && Number.isInteger(n) ? n : null;
};

/** A form's answer before anything is sent: this problem beside its field. */
export const refuse = (field: string, message: MessageKey) => Promise.resolve({ problems: [formProblem(field, message)], done: null });

/** One item a line, each trimmed, empty lines left out. */
export const listOf = (text: string | undefined) =>
  (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
