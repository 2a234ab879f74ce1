import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import { unwrap } from './errors';

/** The development outbox (e-mails and SMS), refreshed every few seconds. */
export function useOutbox() {
  return useQuery({
    queryKey: ['dev', 'outbox'],
    queryFn: () => unwrap(api.GET('/api/dev/outbox')),
    refetchInterval: 3000,
    staleTime: 0,
  });
}
