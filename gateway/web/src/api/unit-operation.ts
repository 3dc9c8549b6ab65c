import { TypedDocumentString } from '../gql/graphql';

/**
 * The one way to run an operation in a given unit. Each unit is its own subgraph with the kit's
 * fields under its own root field (`financeAssets { … }`, `supervision { … }`), so a unit operation
 * in api/operations/ is written once for Finance's root field under an alias (`desk: financeAssets`
 * on the desk, `unit: financeAssets` on the public pages), typed and checked against the schema
 * there, and `forUnit` puts the unit's own root field in its place; the answer keeps the alias.
 */
const WRITTEN_FOR = /\bfinanceAssets\b/g;
const cache = new Map<string, TypedDocumentString<unknown, unknown>>();

/** The operation for the unit whose root field is `slug`; cached so a page's query keeps one identity between renders. */
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
