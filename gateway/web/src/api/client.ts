import type { TypedDocumentString } from '../gql/graphql';
import { queryClient } from './query-client';
import { refreshSession } from './session';
import { networkProblem, problemsOf, type Problem } from './problems';

export interface ApiResult<T> {
  /** What the API answered; may be partial (a unit that is down is a null field beside the others). */
  data: T | null;
  problems: Problem[];
}

type Answer<T> = { data?: T | null; errors?: Parameters<typeof problemsOf>[0] };

const hashes = new Map<string, Promise<string | null>>();

/** The operation's SHA-256 (hex), for automatic persisted queries; null where the browser has no Web Crypto (plain HTTP). */
function hashOf(query: string): Promise<string | null> {
  let hash = hashes.get(query);
  if (!hash) {
    hash = crypto.subtle
      ? crypto.subtle
          .digest('SHA-256', new TextEncoder().encode(query))
          .then((digest) => Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join(''))
      : Promise.resolve(null);
    hashes.set(query, hash);
  }
  return hash;
}

const operationNameOf = (query: string) => /\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1];

const notPersisted = (answer: Answer<unknown>) => answer.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') ?? false;

/**
 * One request to the gateway's /graphql with a codegen'd operation, typed by it. Never throws:
 * HTTP errors, GraphQL errors and a lost connection all come back as problems.
 *
 * Automatic persisted queries: the first try sends only the operation's hash (a few bytes
 * instead of the whole text); the gateway asks for the text once, then knows it by its hash.
 */
export async function execute<T, V>(document: TypedDocumentString<T, V>, variables?: V, signal?: AbortSignal): Promise<ApiResult<T>> {
  const query = document.toString();
  const sha256Hash = await hashOf(query);
  const post = async (withText: boolean): Promise<Answer<T> | ApiResult<T>> => {
    const persisted = sha256Hash ? { extensions: { persistedQuery: { version: 1, sha256Hash } } } : {};
    let response: Response;
    try {
      response = await fetch('/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
        },
        body: JSON.stringify({
          operationName: operationNameOf(query),
          ...(withText ? { query } : {}),
          variables: variables ?? {},
          ...persisted,
        }),
        signal,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      return { data: null, problems: [networkProblem(String(error))] };
    }
    try {
      return (await response.json()) as Answer<T>;
    } catch {
      return { data: null, problems: [networkProblem(`HTTP ${response.status}`)] };
    }
  };
  let answer = await post(!sha256Hash);
  if ('problems' in answer) return answer;
  if (notPersisted(answer)) {
    answer = await post(true);
    if ('problems' in answer) return answer;
  }
  // The sign-in ran out (or was refused): the gateway drops the cookie when asked; try once more as who is left.
  if (answer.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
    await refreshSession();
    answer = await post(true);
    if ('problems' in answer) return answer;
  }
  // A write went through: every cached answer may now be out of date, so pages refresh what they show.
  if (/(^|\n)\s*mutation\b/.test(query) && answer.data) void queryClient.invalidateQueries();
  return { data: answer.data ?? null, problems: problemsOf(answer.errors) };
}

/** A fresh idempotency key for one submission; the same key is sent again on a retry. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
