import { useState } from 'react';

/**
 * "Show more" over a cursor-paged list: the cursor to ask for and the rows already shown. Starts
 * again from the first page whenever `resetKey` (the filters, as a string) changes.
 */
export function usePaged<N>(resetKey: string) {
  const [state, setState] = useState<{ key: string; after: string | null; earlier: readonly N[] }>({
    key: resetKey,
    after: null,
    earlier: [],
  });
  const current = state.key === resetKey ? state : { key: resetKey, after: null, earlier: [] as readonly N[] };
  return {
    after: current.after,
    /** The rows shown so far, this page's last. */
    shown: (nodes: readonly N[]) => [...current.earlier, ...nodes],
    /** Asks for the page after this one, keeping this one's rows. */
    more: (nodes: readonly N[], endCursor: string | null | undefined) =>
      setState({ key: resetKey, after: endCursor ?? null, earlier: [...current.earlier, ...nodes] }),
  };
}
