import { isUuid } from '@sesao28/platform';
import { PlatformError } from './errors.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Keyset position: the sort timestamp and id of the last row a client saw. */
export interface Cursor {
  at: Date;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.at.toISOString(), cursor.id])).toString('base64url');
}

export function decodeCursor(raw: string): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2) {
      const [at, id] = parsed as unknown[];
      const date = new Date(String(at));
      if (typeof id === 'string' && isUuid(id) && !Number.isNaN(date.getTime())) return { at: date, id };
    }
  } catch {
    // fall through to the user-facing error
  }
  throw new PlatformError('INVALID_CURSOR', {}, 'after');
}

export interface PageRequest {
  first: number;
  after: Cursor | null;
}

export function pageRequest(first: number | null | undefined, after: string | null | undefined): PageRequest {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new PlatformError('PAGE_SIZE_OUT_OF_RANGE', { max: MAX_PAGE_SIZE }, 'first');
  }
  return { first: size, after: after ? decodeCursor(after) : null };
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Builds a connection from up to `first + 1` rows fetched in sort order. */
export function toConnection<T extends { id: string }>(rows: T[], first: number, sortKey: (row: T) => Date): Connection<T> {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor({ at: sortKey(node), id: node.id }), node }));
  return {
    edges,
    nodes,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
