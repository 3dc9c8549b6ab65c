import { useCallback, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import type { MessageKey } from '../i18n/dictionary';
import { execute } from './client';
import type { Problem } from './problems';

export interface ActionState {
  sending: boolean;
  problems: Problem[];
  /** The dictionary key of the last success (words in the person's language when shown). */
  done: MessageKey | null;
}

/** One mutation a person starts with a button: sending, its problems, or what it did. */
export function useAction() {
  const [state, setState] = useState<ActionState>({ sending: false, problems: [], done: null });
  const run = useCallback(async <T, V>(document: TypedDocumentString<T, V>, variables: V, done: MessageKey): Promise<T | null> => {
    setState({ sending: true, problems: [], done: null });
    const result = await execute(document, variables);
    const ok = result.data !== null && result.problems.length === 0;
    setState({ sending: false, problems: result.problems, done: ok ? done : null });
    return ok ? result.data : null;
  }, []);
  return { ...state, run };
}
