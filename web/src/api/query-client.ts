import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './errors';

/** Shared query client: no retries on 4xx (they will not change), one retry on network trouble. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 1,
    },
  },
});
