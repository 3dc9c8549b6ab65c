import DataLoader from 'dataloader';
import type { PageRequest } from './pagination.js';

/** DataLoaders of one SQL statement per batch, the same for every feature's rows. */
export const byIdLoader = <T extends { id: string }>(fetch: (ids: readonly string[]) => Promise<T[]>) =>
  new DataLoader<string, T | null>(async (ids) => {
    const byId = new Map((await fetch(ids)).map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });

export const groupedLoader = <T>(fetch: (ids: readonly string[]) => Promise<Map<string, T>>, none: () => T) =>
  new DataLoader<string, T>(async (ids) => {
    const found = await fetch(ids);
    return ids.map((id) => found.get(id) ?? none());
  });

/** One loader per distinct page request, so every list asking the same page shares one statement. */
export function pagedLoader<T>(fetch: (ids: readonly string[], page: PageRequest) => Promise<Map<string, T[]>>) {
  const loaders = new Map<string, DataLoader<string, T[]>>();
  return (page: PageRequest) => {
    const key = `${page.first}|${page.after?.at.toISOString() ?? ''}|${page.after?.id ?? ''}`;
    let loader = loaders.get(key);
    if (!loader) {
      loader = groupedLoader(
        (ids) => fetch(ids, page),
        () => [],
      );
      loaders.set(key, loader);
    }
    return loader;
  };
}
