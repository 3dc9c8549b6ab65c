import { useCallback, useEffect, useRef, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { execute } from './client';
import type { Problem } from './problems';

export interface QueryState<T> {
  data: T | null;
  problems: Problem[];
  loading: boolean;
  reload(): void;
}

/** Runs a query when the page opens and whenever its variables change (compared as JSON). */
export function useQuery<T, V>(document: TypedDocumentString<T, V>, variables?: V, skip = false): QueryState<T> {
  const [state, setState] = useState<{ data: T | null; problems: Problem[]; loading: boolean }>({
    data: null,
    problems: [],
    loading: !skip,
  });
  const [round, setRound] = useState(0);
  const key = JSON.stringify(variables ?? {});
  const latest = useRef(0);
  useEffect(() => {
    if (skip) return;
    const controller = new AbortController();
    const mine = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    execute(document, JSON.parse(key) as V, controller.signal)
      .then((result) => {
        if (mine === latest.current) setState({ ...result, loading: false });
      })
      .catch(() => {
        // Aborted: the page moved on.
      });
    return () => controller.abort();
  }, [document, key, round, skip]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { ...state, reload };
}
