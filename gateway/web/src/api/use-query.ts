import { useQuery as useCachedQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { execute } from './client';
import type { Problem } from './problems';

export interface QueryState<T> {
  data: T | null;
  problems: Problem[];
  loading: boolean;
  reload(): void;
}

/**
 * Runs a query when the page opens and whenever its variables change, through the pages' cache
 * (api/query-client.ts): keyed by the operation and its variables (as JSON), so two parts of a page
 * asking the same thing send one request.
 */
export function useQuery<T, V>(document: TypedDocumentString<T, V>, variables?: V, skip = false): QueryState<T> {
  const key = JSON.stringify(variables ?? {});
  const query = useCachedQuery({
    queryKey: [document.toString(), key],
    queryFn: ({ signal }) => execute(document, JSON.parse(key) as V, signal),
    enabled: !skip,
  });
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  return {
    data: query.data?.data ?? null,
    problems: query.data?.problems ?? [],
    loading: !skip && (query.isPending || query.isFetching),
    reload,
  };
}
