import { execute } from '../../api/client';
import type { Problem } from '../../api/problems';
import type { TypedDocumentString } from '../../gql/graphql';
import { en, th, type MessageKey } from '../../i18n/dictionary';

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

/** A value the form checks before sending, as a problem beside its field, in both languages. */
export const fieldProblem = (field: string, message: MessageKey): Problem => ({
  code: 'BAD_USER_INPUT',
  field,
  messageTh: th[message],
  messageEn: en[message],
});

/** Empty text as null (optional inputs). */
export const orNull = (value: string | undefined) => value?.trim() || null;

/** Today in Bangkok as YYYY-MM-DD. */
export const todayInBangkok = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
