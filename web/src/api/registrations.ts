import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { unwrap } from './errors';
import type { Registration, RegistrationInput } from './types';

const key = (id: string) => ['registration', id] as const;

/** Starts a registration; the answer says where the OTPs went. */
export function useCreateRegistration() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RegistrationInput) => unwrap(api.POST('/api/registrations', { body })),
    onSuccess: (registration) => client.setQueryData(key(registration.id), registration),
  });
}

/** A registration's current state. */
export function useRegistration(id: string) {
  return useQuery({
    queryKey: key(id),
    queryFn: () => unwrap(api.GET('/api/registrations/{id}', { params: { path: { id } } })),
    staleTime: 0,
  });
}

type Channel = 'email' | 'sms';

/** Verifies the OTP sent on one channel. */
export function useVerifyOtp(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { channel: Channel; code: string }) =>
      unwrap(api.POST('/api/registrations/{id}/verify', { params: { path: { id } }, body })),
    onSuccess: (registration: Registration) => client.setQueryData(key(id), registration),
  });
}

/** Sends a fresh OTP on one channel. */
export function useResendOtp(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (channel: Channel) =>
      unwrap(api.POST('/api/registrations/{id}/resend', { params: { path: { id } }, body: { channel } })),
    onSuccess: (registration: Registration) => client.setQueryData(key(id), registration),
  });
}
