import type { TypedDocumentString } from '../gql/graphql';
import { currentSession } from './session';
import { networkProblem, problemsOf, type Problem } from './problems';

export interface ApiResult<T> {
  /** What the API answered; may be partial (a unit that is down is a null field beside the others). */
  data: T | null;
  problems: Problem[];
}

/**
 * One request to the gateway's /graphql with a codegen'd operation, typed by it. Never throws:
 * HTTP errors, GraphQL errors and a lost connection all come back as problems.
 */
export async function execute<T, V>(document: TypedDocumentString<T, V>, variables?: V, signal?: AbortSignal): Promise<ApiResult<T>> {
  const session = currentSession();
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(session ? { authorization: `Bearer ${session.token}` } : {}) },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    return { data: null, problems: [networkProblem(String(error))] };
  }
  let body: { data?: T | null; errors?: Parameters<typeof problemsOf>[0] };
  try {
    body = await response.json();
  } catch {
    return { data: null, problems: [networkProblem(`HTTP ${response.status}`)] };
  }
  return { data: body.data ?? null, problems: problemsOf(body.errors) };
}

/** A fresh idempotency key for one submission; the same key is sent again on a retry. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
