import { keepPreviousData, QueryClient } from '@tanstack/react-query';

/**
 * The pages' one cache of API answers (TanStack Query). A page opened again shows what it had and
 * refreshes it; every successful mutation marks all answers stale (client.ts), so no page shows
 * what a write has changed. Errors come back as problems, not thrown, so nothing is retried blindly.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: false,
      refetchOnWindowFocus: false,
      // New variables (the next page, another filter): the last answer stays on screen until the new one comes.
      placeholderData: keepPreviousData,
    },
  },
});
