import type { UnitContext } from './context.js';

/**
 * A unit's own DataLoaders, built on first use in a request and dropped with it (keyed by
 * the request's kit loaders): batching and caching never outlive one request.
 */
export function perRequest<L extends object>(build: (ctx: UnitContext) => L): (ctx: UnitContext) => L {
  const built = new WeakMap<object, L>();
  return (ctx) => {
    let found = built.get(ctx.loaders);
    if (!found) {
      found = build(ctx);
      built.set(ctx.loaders, found);
    }
    return found;
  };
}

/** A batch's rows in the order of its keys (null where none), for a DataLoader by id. */
export function rowsById<T extends { id: string }>(ids: readonly string[], rows: readonly T[]): (T | null)[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** A batch's rows grouped under each key (empty where none), for a DataLoader of lists. */
export function rowsGroupedBy<T>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
  return keys.map((key) => groups.get(key) ?? []);
}
