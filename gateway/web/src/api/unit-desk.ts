import { TypedDocumentString } from '../gql/graphql';
import { useSession } from './session';
import { unitByCode, type DirectoryUnit } from './units';

/** The root field the desk's operations are written against (api/operations/desk.graphql). */
const WRITTEN_FOR = /\bfinanceAssets\b/g;
const cache = new Map<string, TypedDocumentString<unknown, unknown>>();

/**
 * A desk operation for another unit: the same fields under that unit's root field (each unit is
 * its own subgraph with the kit's fields, so only the root field's name differs). Cached so a
 * page's query keeps one identity between renders.
 */
export function forUnit<T, V>(document: TypedDocumentString<T, V>, slug: string): TypedDocumentString<T, V> {
  const text = document.toString();
  const key = `${slug}\n${text}`;
  let found = cache.get(key);
  if (!found) {
    found = new TypedDocumentString(text.replace(WRITTEN_FOR, slug)) as TypedDocumentString<unknown, unknown>;
    cache.set(key, found);
  }
  return found as TypedDocumentString<T, V>;
}

/** The unit of the signed-in staff member or head, or null for anyone else. */
export function useDeskUnit(): DirectoryUnit | null {
  const session = useSession();
  if (!session?.unitCode || !['UNIT_STAFF', 'UNIT_HEAD'].includes(session.role)) return null;
  return unitByCode(session.unitCode) ?? null;
}
