import { execute } from '../api/client';
import type { Problem } from '../api/problems';
import { TypedDocumentString } from '../gql/graphql';

/** At most this many pages are followed, so a mistaken query cannot run forever. */
export const MAX_PAGES = 200;

interface PagedList {
  nodes?: unknown[];
  items?: unknown[];
  pageInfo?: { hasNextPage?: boolean; endCursor?: string | null };
}

/** The first connection in the result (an object with pageInfo), where later pages are added. */
function findConnection(data: unknown): PagedList | null {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return null;
  if ('pageInfo' in data) return data as PagedList;
  for (const inner of Object.values(data)) {
    const found = findConnection(inner);
    if (found) return found;
  }
  return null;
}

export interface RunProgress {
  pages: number;
  rows: number;
}

/**
 * Runs a pasted query as the signed-in person. When it declares `$after` and its result has a
 * connection with more pages, the next pages follow and their rows join the first page's list.
 */
export async function runQuery(
  query: string,
  onProgress: (p: RunProgress) => void,
  signal: AbortSignal,
): Promise<{ data: unknown; problems: Problem[] }> {
  const document = new TypedDocumentString<Record<string, unknown>, { after?: string }>(query);
  const first = await execute(document, {}, signal);
  const connection = findConnection(first.data);
  const key = connection?.nodes ? 'nodes' : 'items';
  const list = connection?.[key];
  let pageInfo = connection?.pageInfo;
  let pages = 1;
  onProgress({ pages, rows: list?.length ?? 0 });
  if (!list || !/\$after\b/.test(query)) return first;
  const problems = [...first.problems];
  while (pageInfo?.hasNextPage && pageInfo.endCursor && pages < MAX_PAGES) {
    const next = await execute(document, { after: pageInfo.endCursor }, signal);
    problems.push(...next.problems);
    const more = findConnection(next.data);
    list.push(...(more?.[key] ?? []));
    pageInfo = more?.pageInfo;
    pages += 1;
    onProgress({ pages, rows: list.length });
  }
  if (connection) connection.pageInfo = pageInfo;
  return { data: first.data, problems };
}
